import type { LineItem, Scenario } from '../../src/engine/schema';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

/** A one-line-item scenario with round numbers, for hand calculations; override what a test varies. */
export function handScenario(item: Partial<LineItem> = {}, rest: Partial<Scenario> = {}): Scenario {
  return buildScenario({ name: 'Hand', lineItems: [lineItemInput(item)], ...rest });
}
