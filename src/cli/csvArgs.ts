/** Command-line arguments of `import` and `calibrate` (docs/MODEL.md §9), parsed without side effects. */

export interface ImportOptions {
  file: string;
  into?: string;
  grouped: boolean;
}

export interface CalibrateOptions {
  file: string;
  scenario: string;
}

export type CsvArgs<O> =
  | { kind: 'run'; options: O }
  | { kind: 'help' }
  /** no file was given: the caller prints the usage text */
  | { kind: 'usage' }
  | { kind: 'invalid'; message: string };

type Parsed = { files: string[]; values: Map<string, string>; switches: Set<string> };

/** One file, `--flag value` or `--flag=value` options, and switches without a value. */
function parse(argv: readonly string[], valueFlags: readonly string[], switchFlags: readonly string[]): Parsed | CsvArgs<never> {
  const parsed: Parsed = { files: [], values: new Map(), switches: new Set() };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || !arg.startsWith('-')) {
      parsed.files.push(arg);
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
      parsed.switches.add(flag);
      continue;
    }
    if (!valueFlags.includes(flag)) return { kind: 'invalid', message: `${flag}: is not a known option (see --help)` };
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { kind: 'invalid', message: `${flag}: needs a value` };
    if (parsed.values.has(flag)) return { kind: 'invalid', message: `${flag}: is given more than once` };
    parsed.values.set(flag, value);
  }
  if (parsed.files.length > 1) return { kind: 'invalid', message: `expected one CSV file, got ${parsed.files.length}: ${parsed.files.join(', ')}` };
  if ((parsed.files[0] ?? '') === '') return { kind: 'usage' };
  return parsed;
}

const isParsed = (p: Parsed | CsvArgs<never>): p is Parsed => 'files' in p;

export function parseImportArgs(argv: readonly string[]): CsvArgs<ImportOptions> {
  const p = parse(argv, ['--into'], ['--grouped']);
  if (!isParsed(p)) return p;
  const into = p.values.get('--into');
  return { kind: 'run', options: { file: p.files[0] ?? '', grouped: p.switches.has('--grouped'), ...(into === undefined ? {} : { into }) } };
}

export function parseCalibrateArgs(argv: readonly string[]): CsvArgs<CalibrateOptions> {
  const p = parse(argv, ['--scenario'], []);
  if (!isParsed(p)) return p;
  const scenario = p.values.get('--scenario');
  if (scenario === undefined) return { kind: 'usage' };
  return { kind: 'run', options: { file: p.files[0] ?? '', scenario } };
}
