/** The shared grammar of the commands' arguments: files, `--flag value` or `--flag=value`, and switches. */

export interface SplitArgs {
  kind: 'split';
  files: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export type Split = SplitArgs | { kind: 'help' } | { kind: 'invalid'; message: string };

/**
 * Splits argv into files, flag values and switches, refusing unknown flags, a flag without its
 * value or given twice, and a value given to a switch. `--` ends the options, so a file may start
 * with a dash. Whether the values mean anything is the caller's business.
 */
export function splitArgs(argv: readonly string[], valueFlags: readonly string[], switchFlags: readonly string[] = []): Split {
  const split: SplitArgs = { kind: 'split', files: [], values: new Map(), switches: new Set() };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || !arg.startsWith('-')) {
      split.files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (switchFlags.includes(flag)) {
      if (eq !== -1) return { kind: 'invalid', message: `${flag}: takes no value` };
      split.switches.add(flag);
      continue;
    }
    if (!valueFlags.includes(flag)) return { kind: 'invalid', message: `${flag}: is not a known option (see --help)` };
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) return { kind: 'invalid', message: `${flag}: needs a value` };
    if (split.values.has(flag)) return { kind: 'invalid', message: `${flag}: is given more than once` };
    split.values.set(flag, value);
  }
  return split;
}

/** The one file a command reads, or why there is none: no file is a usage error, two are invalid. */
export function oneFile(files: readonly string[], noun: string): { kind: 'file'; file: string } | { kind: 'usage' } | { kind: 'invalid'; message: string } {
  if (files.length > 1) return { kind: 'invalid', message: `expected one ${noun}, got ${files.length}: ${files.join(', ')}` };
  const file = files[0];
  return file === undefined || file === '' ? { kind: 'usage' } : { kind: 'file', file };
}
