import { parseScenarioValue, type ParsedFile } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import type { Lang } from '../i18n/format';
import { localizeExampleFile } from '../io/localizeExample';
import STARTER from '../../scenarios/hybrid-micro-tiktok.json';
import FIRST_VISIT from '../../scenarios/same-budget-three-ways.workspace.json';

export interface DefaultWorkspace {
  scenarios: Scenario[];
  baselineIndex: number;
  /** the scenario on screen first */
  selectedIndex: number;
}

/** "Same budget: hybrid": the plan worth discussing, while its baseline (fixed fees) shows what it beats. */
const SELECTED_INDEX = 2;
/** The first-visit workspace's id among the examples (scenarios/<id>.json), which keys its translations. */
const FIRST_VISIT_ID = 'same-budget-three-ways.workspace';

// Examples go through the same validation as any file, which fills the defaults. The store tests
// check both examples; failing here means one was edited into an invalid file.
function parseExample(value: unknown, file: string): ParsedFile {
  const parsed = parseScenarioValue(structuredClone(value));
  if (!parsed.ok) throw new Error(`The example scenarios/${file} is invalid`);
  return parsed.data;
}

/**
 * What a first visit opens: three ways to spend the same €7,000 budget (fixed fees as the baseline,
 * commission only, hybrid), so the first screen shows a plan that pays, its budget used and the
 * chance of going over it, and Compare works at once.
 */
export function defaultWorkspace(lang: Lang = 'en'): DefaultWorkspace {
  const parsed = parseExample(FIRST_VISIT, 'same-budget-three-ways.workspace.json');
  const { scenarios, baselineIndex } = localizeExampleFile(FIRST_VISIT_ID, parsed, lang);
  return { scenarios, baselineIndex, selectedIndex: Math.min(SELECTED_INDEX, scenarios.length - 1) };
}

/**
 * A fresh copy of the example from the file-format specification (tests and the worker use it);
 * given a name, without the example's story. "New scenario" adds engine/starter.ts's blank one.
 */
export function defaultScenario(name?: string): Scenario {
  const scenario = parseExample(STARTER, 'hybrid-micro-tiktok.json').scenarios[0] as Scenario;
  if (name === undefined) return scenario;
  const { description: _description, meta: _meta, ...rest } = scenario;
  return { ...rest, name };
}
