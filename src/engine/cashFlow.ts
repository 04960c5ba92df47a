import type { Scenario } from './schema';
import type { CashFlowResult } from './types';

/** Weekly cash flow of the point projection and the payback week (SPEC §6). */
export function projectCashFlow(_scenario: Scenario): CashFlowResult {
  throw new Error('projectCashFlow: not implemented yet');
}
