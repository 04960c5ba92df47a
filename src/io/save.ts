import type { Scenario } from '../engine/schema';
import { saveFile } from './export/saveFile';
import { scenarioFileName, workspaceFileName } from './fileNames';
import { entriesToWorkspaceJson, scenarioToJson } from './serialize';

const JSON_TYPE = 'application/json;charset=utf-8';

/** Downloads one scenario as `<slug of its name>.json`. */
export function saveScenarioFile(scenario: Scenario): void {
  saveFile(scenarioToJson(scenario), scenarioFileName(scenario.name), JSON_TYPE);
}

/** Downloads the whole workspace, with its baseline, as `<slug of the baseline>.workspace.json`. */
export function saveWorkspaceFile(entries: readonly { key: string; scenario: Scenario }[], baselineKey: string): void {
  const baseline = entries.find((e) => e.key === baselineKey) ?? entries[0];
  saveFile(entriesToWorkspaceJson(entries, baselineKey), workspaceFileName(baseline?.scenario.name ?? ''), JSON_TYPE);
}
