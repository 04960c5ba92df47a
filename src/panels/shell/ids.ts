/** DOM ids shared by the workspace tabs and the panel they control. */
export const SCENARIO_PANEL_ID = 'scenario-panel';
/** The selected scenario's results on the planner: where "Skip to results" lands. */
export const RESULTS_ID = 'results';
export const tabIdFor = (key: string) => `scenario-tab-${key}`;
