import { EXIT, type ExitStatus } from './usage';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type Command = (argv: readonly string[], out: Output) => Promise<ExitStatus>;

/**
 * Runs a command so that anything it throws, which is a bug and never a user error, is one line on
 * standard error (no stack trace) with status 70.
 */
export async function guarded(name: string, out: Output, run: () => Promise<ExitStatus>): Promise<ExitStatus> {
  try {
    return await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    out.stderr(`${name}: internal error: ${message.split('\n')[0] ?? ''}\n`);
    return EXIT.internal;
  }
}

/** One line per message, each ending in a newline. */
export const lines = (messages: readonly string[]): string => messages.map((m) => `${m}\n`).join('');

/** Prints the reasons on standard error and gives the status to exit with. */
export function refuse(out: Output, messages: readonly string[], status: ExitStatus): ExitStatus {
  out.stderr(lines(messages));
  return status;
}

/** What parsed arguments can say before a command runs: help, usage, or an invalid option. */
export type EarlyArgs = { kind: 'help' } | { kind: 'usage' } | { kind: 'invalid'; message: string };

/** The answer to `--help` (usage on stdout, 0), no file (usage on stderr, 2) or an invalid option (1). */
export function answerEarly(args: EarlyArgs, usage: string, out: Output): ExitStatus {
  if (args.kind === 'help') {
    out.stdout(usage);
    return EXIT.ok;
  }
  if (args.kind === 'usage') {
    out.stderr(usage);
    return EXIT.unreadable;
  }
  return refuse(out, [args.message], EXIT.invalid);
}

/** A command's process: its arguments in, its streams out, its status as the exit code. */
export async function main(command: Command): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe; that is not an error worth reporting.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
  process.exitCode = await command(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
