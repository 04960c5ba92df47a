import { applyRoster } from '../engine/roster/applyRoster';
import { englishNotice, formatCsvProblem } from '../engine/roster/csvRules';
import { emptyScenario } from '../engine/starter';
import type { Scenario } from '../engine/schema';
import { scenarioToJson } from '../io/serialize';
import { parseImportArgs } from './csvArgs';
import { readCsvFile, readOneScenario, refusedLines } from './csvInput';
import { IMPORT_USAGE } from './csvUsage';
import { answerEarly, guarded, lines, refuse, type Output } from './guard';
import { EXIT, type ExitStatus } from './usage';

async function run(argv: readonly string[], out: Output): Promise<ExitStatus> {
  const args = parseImportArgs(argv);
  if (args.kind !== 'run') return answerEarly(args, IMPORT_USAGE, out);
  const { file, into, grouped } = args.options;

  const csv = await readCsvFile(file, 'roster');
  if (!csv.ok) return refuse(out, csv.lines, csv.status);
  let scenario: Scenario = emptyScenario(`Creators from ${csv.name}`);
  if (into !== undefined) {
    const target = await readOneScenario(into, '--into');
    if (!target.ok) return refuse(out, target.lines, target.status);
    scenario = target.scenario;
  }
  const imported = applyRoster(scenario, csv.read.rows, { grouped, file: csv.name });
  const refused = refusedLines(csv.read);
  if (!imported.ok) return refuse(out, [...refused, formatCsvProblem(imported.error)], EXIT.invalid);
  out.stderr(lines([...refused, ...[...csv.read.notices, ...imported.notices].map((n) => `note: ${englishNotice(n)}`)]));
  out.stdout(scenarioToJson(imported.scenario));
  return EXIT.ok;
}

/** `npm run import` (docs/MODEL.md §9): a creator list into a scenario, printed as a scenario file. */
export function runImport(argv: readonly string[], out: Output): Promise<ExitStatus> {
  return guarded('import', out, () => run(argv, out));
}
