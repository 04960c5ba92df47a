import { CURRENT_VERSION, SCENARIO_FORMAT, WORKSPACE_FORMAT, type Scenario } from '../engine/schema';

/** A scenario with its envelope, format and version first, so a person opening the file sees what it is. */
export function scenarioDocument(scenario: Scenario): Scenario {
  return { ...scenario, format: SCENARIO_FORMAT, version: CURRENT_VERSION };
}

export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(scenarioDocument(scenario), null, 2)}\n`;
}

/** Several scenarios as a workspace file (docs/MODEL.md §3); the baseline is kept as an index. */
export function workspaceToJson(scenarios: readonly Scenario[], baselineIndex: number): string {
  const index = Number.isInteger(baselineIndex) && baselineIndex >= 0 && baselineIndex < scenarios.length ? baselineIndex : 0;
  const file = {
    format: WORKSPACE_FORMAT,
    version: CURRENT_VERSION,
    baselineIndex: index,
    scenarios: scenarios.map(scenarioDocument),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The workspace file of store entries, with the baseline given by key. */
export function entriesToWorkspaceJson(entries: readonly { key: string; scenario: Scenario }[], baselineKey: string): string {
  return workspaceToJson(
    entries.map((e) => e.scenario),
    entries.findIndex((e) => e.key === baselineKey),
  );
}
