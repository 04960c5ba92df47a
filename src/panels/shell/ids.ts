/** DOM ids shared by the workspace tabs and the panel they control. */
export const SCENARIO_PANEL_ID = 'scenario-panel';
export const tabIdFor = (key: string) => `scenario-tab-${key}`;
