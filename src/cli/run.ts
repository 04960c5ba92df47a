import { evaluateScenario } from '../engine/evaluate';
import type { MonteCarloOptions } from '../engine/monteCarlo';
import type { ParsedFile } from '../engine/parse';
import { parseArgs, type OutputFormat } from './args';
import { renderCsv } from './csv';
import { readScenarioFile } from './readInput';
import { buildReport, renderJson } from './report';
import { EXIT, USAGE, type ExitStatus } from './usage';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface RenderOptions {
  format: OutputFormat;
  trials?: number;
  seed?: number;
}

export type Evaluate = typeof evaluateScenario;

/** Evaluates every scenario of a validated file and renders the report: the whole command minus I/O. */
export function simulateParsed(data: ParsedFile, options: RenderOptions, evaluate: Evaluate = evaluateScenario): string {
  const mc: MonteCarloOptions = {};
  if (options.trials !== undefined) mc.trials = options.trials;
  if (options.seed !== undefined) mc.seed = options.seed;
  const report = buildReport(data.scenarios.map((s) => evaluate(s, mc)));
  return options.format === 'csv' ? renderCsv(report, data.scenarios) : renderJson(report);
}

const lines = (messages: readonly string[]): string => messages.map((m) => `${m}\n`).join('');

async function run(argv: readonly string[], out: Output, evaluate: Evaluate): Promise<ExitStatus> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    out.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.kind === 'usage') {
    out.stderr(USAGE);
    return EXIT.unreadable;
  }
  if (args.kind === 'invalid') {
    out.stderr(lines([args.message]));
    return EXIT.invalid;
  }
  const input = await readScenarioFile(args.options.file);
  if (!input.ok) {
    out.stderr(lines(input.lines));
    return input.status;
  }
  // Render everything before printing, so a failure never leaves half a report on stdout.
  out.stdout(simulateParsed(input.data, args.options, evaluate));
  return EXIT.ok;
}

/**
 * The `simulate` command (SPEC §7). Returns the exit status instead of exiting, so tests can call
 * it in-process. User errors return 1 or 2 with a message; anything thrown is a bug, reported as
 * one line (no stack trace) with status 70.
 */
export async function runSimulate(argv: readonly string[], out: Output, evaluate: Evaluate = evaluateScenario): Promise<ExitStatus> {
  try {
    return await run(argv, out, evaluate);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    out.stderr(`simulate: internal error: ${message.split('\n')[0] ?? ''}\n`);
    return EXIT.internal;
  }
}
