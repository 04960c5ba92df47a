import { allocate } from '../engine/allocation/task';
import type { AllocationOutcome, AllocationResult } from '../engine/allocation/types';
import type { AllocationOverrides } from '../engine/allocation/settings';
import type { Scenario } from '../engine/schema';
import { parseAllocateArgs } from './allocateArgs';
import { allocationReport } from './allocateReport';
import { ALLOCATE_USAGE } from './allocateUsage';
import { readScenarioFile } from './readInput';
import { answerEarly, guarded, refuse, type Output } from './guard';
import { overflowLines } from './run';
import { EXIT, type ExitStatus } from './usage';

export type Allocate = (scenario: Scenario, overrides: AllocationOverrides) => AllocationOutcome;

async function run(argv: readonly string[], out: Output, allocator: Allocate): Promise<ExitStatus> {
  const args = parseAllocateArgs(argv);
  if (args.kind !== 'run') return answerEarly(args, ALLOCATE_USAGE, out);
  const { file, overrides, scenario: index } = args.options;
  const input = await readScenarioFile(file);
  if (!input.ok) return refuse(out, input.lines, input.status);
  const { scenarios, baselineIndex, kind } = input.data;
  const chosen = index ?? baselineIndex;
  const scenario = scenarios[chosen];
  if (!scenario) {
    const range = kind === 'workspace' ? `0 to ${scenarios.length - 1}` : '0 (the file holds one scenario)';
    return refuse(out, [`--scenario: must be ${range} (got ${chosen})`], EXIT.invalid);
  }
  const outcome = allocator(scenario, overrides);
  if (!outcome.ok) return refuse(out, [`${file}: the scenario "${scenario.name}" has no budget to allocate: add "budget" to it or give --budget B`], EXIT.invalid);
  const result: AllocationResult = outcome.result;
  const overflow = overflowLines([result.result], false);
  if (overflow.length > 0) return refuse(out, overflow, EXIT.invalid);
  out.stdout(`${JSON.stringify(allocationReport(result), null, 2)}\n`);
  return EXIT.ok;
}

/**
 * The `allocate` command (docs/MODEL.md §8): statuses as `simulate`, and 1 with a clear message when
 * the scenario has no budget. Returns the exit status so tests can call it in-process.
 */
export function runAllocate(argv: readonly string[], out: Output, allocator: Allocate = allocate): Promise<ExitStatus> {
  return guarded('allocate', out, () => run(argv, out, allocator));
}
