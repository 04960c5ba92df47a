import { LIMITS } from '../engine/limits';

/** Exit statuses of `simulate`, chosen to match the usage text below. */
export const EXIT = {
  ok: 0,
  /** the file is not a valid scenario or workspace, or a flag is invalid */
  invalid: 1,
  /** no file given, or the file is missing or unreadable */
  unreadable: 2,
  /** a bug in the engine or the command itself (EX_SOFTWARE in BSD's sysexits.h) */
  internal: 70,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export const USAGE = `Usage: npm run -s simulate -- <file.json> [--trials N] [--seed S] [--format json|csv]

Evaluates a scenario or workspace file (docs/MODEL.md §3) and prints the point projection,
the Monte Carlo summary and the weekly cash flow of every scenario to standard output.

Options:
  --trials N              Monte Carlo trials, a whole number from ${LIMITS.trials.min} to ${LIMITS.trials.max}
                          (default: the file's simulation.trials)
  --seed S                random seed, a whole number from ${LIMITS.seed.min} to ${LIMITS.seed.max}
                          (default: the file's simulation.seed)
  --format json|csv       json (default): the full report, pretty-printed;
                          csv: one row per scenario and line item with the point metrics
  -h, --help              show this text

Exit status:
  0   success
  1   the file is invalid (every problem is printed to standard error, one per line),
      or an option is invalid
  2   no file was given, or the file is missing, a directory or unreadable
  70  internal error (a bug: please report the one-line message)
`;
