import type { Scenario } from './schema';
import type { PointResult } from './types';

/** The point projection ("typical case", SPEC §4): every input at its median. */
export function projectPoint(_scenario: Scenario): PointResult {
  throw new Error('projectPoint: not implemented yet');
}
