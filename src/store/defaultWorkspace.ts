import { parseScenarioValue } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import STARTER from '../../scenarios/hybrid-micro-tiktok.json';

/**
 * A fresh copy of the example from the file-format specification: what a first visit starts
 * from. Given a name, it is a new scenario built on the example, without the example's story.
 * It goes through the same validation as any file, which fills the defaults.
 */
export function defaultScenario(name?: string): Scenario {
  const parsed = parseScenarioValue(structuredClone(STARTER));
  const scenario = parsed.ok ? parsed.data.scenarios[0] : undefined;
  // The store tests check the example; failing here means it was edited into an invalid file.
  if (!scenario) throw new Error('The starter example scenarios/hybrid-micro-tiktok.json is invalid');
  if (name === undefined) return scenario;
  const { description: _description, meta: _meta, ...rest } = scenario;
  return { ...rest, name };
}
