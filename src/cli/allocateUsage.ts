import { LIMITS } from '../engine/limits';
import { ALLOCATION_OBJECTIVES } from '../engine/vocabulary';

export const ALLOCATE_USAGE = `Usage: npm run -s allocate -- <file.json> [--budget B] [--objective O] [--budget-rule typical|p95]
       [--max-loss-probability P] [--max-cpa X] [--min-reach R] [--trials N] [--seed S] [--scenario I]

Splits the scenario's budget over its line items (docs/MODEL.md §8): chooses every line item's
creators within minCreators and maxCreators, and prints the allocation, what limits it, the marginal
value of one creator more or fewer, the simulate report of the allocated scenario and the frontier
of 20 budgets (10% to 200%) as JSON. Flags override the file's budget and "allocation" settings.

Options:
  --budget B                  the most the campaign may cost, payouts plus overheads (required
                              when the file has no budget)
  --objective O               ${ALLOCATION_OBJECTIVES.join(' | ')} (default expectedProfit)
  --budget-rule R             typical: the typical-case cost fits the budget (default);
                              p95: the 95th percentile of the Monte Carlo cost does
  --max-loss-probability P    the chance of a loss may not exceed P (0 to 1)
  --max-cpa X                 mean cost / mean conversions may not exceed X (above 0)
  --min-reach R               mean reach after overlap must reach R
  --trials N                  Monte Carlo trials, ${LIMITS.trials.min} to ${LIMITS.trials.max} (default: the file's)
  --seed S                    random seed, ${LIMITS.seed.min} to ${LIMITS.seed.max} (default: the file's)
  --scenario I                for a workspace: the scenario at index I (default: its baseline)
  -h, --help                  show this text

Exit status:
  0   success (also when the allocation is infeasible: its status says so)
  1   the file is invalid, an option is invalid, or the scenario has no budget
  2   no file was given, or the file is missing, a directory or unreadable
  70  internal error (a bug: please report the one-line message)
`;
