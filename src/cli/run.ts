import { evaluateScenario, type Evaluation } from '../engine/evaluate';
import { nonFiniteFigures } from '../engine/finite';
import type { MonteCarloOptions } from '../engine/monteCarlo';
import type { ParsedFile } from '../engine/parse';
import { parseArgs, type OutputFormat } from './args';
import { renderCsv } from './csv';
import { readScenarioFile } from './readInput';
import { buildReport, renderJson } from './report';
import { answerEarly, guarded, lines, type Output } from './guard';
import { EXIT, USAGE, type ExitStatus } from './usage';

export type { Output } from './guard';

export interface RenderOptions {
  format: OutputFormat;
  trials?: number;
  seed?: number;
}

export type Evaluate = typeof evaluateScenario;

/** Evaluates every scenario of a validated file. */
export function evaluateParsed(data: ParsedFile, options: RenderOptions, evaluate: Evaluate = evaluateScenario): Evaluation[] {
  const mc: MonteCarloOptions = {};
  if (options.trials !== undefined) mc.trials = options.trials;
  if (options.seed !== undefined) mc.seed = options.seed;
  return data.scenarios.map((s) => evaluate(s, mc));
}

function render(evaluations: readonly Evaluation[], data: ParsedFile, options: RenderOptions): string {
  const report = buildReport(evaluations);
  return options.format === 'csv' ? renderCsv(report, data.scenarios) : renderJson(report);
}

/** Evaluates every scenario of a validated file and renders the report: the whole command minus I/O. */
export function simulateParsed(data: ParsedFile, options: RenderOptions, evaluate: Evaluate = evaluateScenario): string {
  return render(evaluateParsed(data, options, evaluate), data, options);
}

/** One line per figure too large to compute, so that an overflow is an error, never a report of nulls. */
export function overflowLines(evaluations: readonly Evaluation[], multiple: boolean): string[] {
  return evaluations.flatMap((e, i) =>
    nonFiniteFigures(e).map((path) => `${multiple ? `scenarios[${i}] (${e.name}): ` : ''}${path}: is too large to compute (not a finite number)`),
  );
}

async function run(argv: readonly string[], out: Output, evaluate: Evaluate): Promise<ExitStatus> {
  const args = parseArgs(argv);
  if (args.kind !== 'run') return answerEarly(args, USAGE, out);
  const input = await readScenarioFile(args.options.file);
  if (!input.ok) {
    out.stderr(lines(input.lines));
    return input.status;
  }
  const evaluations = evaluateParsed(input.data, args.options, evaluate);
  const overflow = overflowLines(evaluations, input.data.scenarios.length > 1);
  if (overflow.length > 0) {
    out.stderr(lines(overflow));
    return EXIT.invalid;
  }
  // Render everything before printing, so a failure never leaves half a report on stdout.
  out.stdout(render(evaluations, input.data, args.options));
  return EXIT.ok;
}

/**
 * The `simulate` command (docs/MODEL.md §7). Returns the exit status instead of exiting, so tests can call
 * it in-process. User errors return 1 or 2 with a message; anything thrown is a bug, reported as
 * one line (no stack trace) with status 70.
 */
export function runSimulate(argv: readonly string[], out: Output, evaluate: Evaluate = evaluateScenario): Promise<ExitStatus> {
  return guarded('simulate', out, () => run(argv, out, evaluate));
}
