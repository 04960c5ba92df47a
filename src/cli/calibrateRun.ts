import { calibrate } from '../engine/roster/calibration';
import { englishNotice } from '../engine/roster/csvRules';
import { resultColumnsOf } from '../io/csv/result';
import { parseCalibrateArgs } from './csvArgs';
import { readCsvFile, readOneScenario, refusedLines } from './csvInput';
import { CALIBRATE_USAGE } from './csvUsage';
import { answerEarly, guarded, lines, refuse, type Output } from './guard';
import { EXIT, type ExitStatus } from './usage';

async function run(argv: readonly string[], out: Output): Promise<ExitStatus> {
  const args = parseCalibrateArgs(argv);
  if (args.kind !== 'run') return answerEarly(args, CALIBRATE_USAGE, out);

  const csv = await readCsvFile(args.options.file, 'results');
  if (!csv.ok) return refuse(out, csv.lines, csv.status);
  const target = await readOneScenario(args.options.scenario, '--scenario');
  if (!target.ok) return refuse(out, target.lines, target.status);

  const calibration = calibrate(target.scenario, csv.read.rows, resultColumnsOf(csv.read));
  const rejected = refusedLines(csv.read);
  out.stderr(lines([...rejected, ...[...csv.read.notices, ...calibration.notices].map((n) => `note: ${englishNotice(n)}`)]));
  // The documented shape (docs/MODEL.md §9): which line items a group would change is the app's business.
  const groups = calibration.groups.map(({ tier, platform, creators, rates }) => ({ tier, platform, creators, rates }));
  out.stdout(`${JSON.stringify({ groups, rejected }, null, 2)}\n`);
  return EXIT.ok;
}

/** `npm run calibrate` (docs/MODEL.md §9): past results against a scenario's ranges, before and after. */
export function runCalibrate(argv: readonly string[], out: Output): Promise<ExitStatus> {
  return guarded('calibrate', out, () => run(argv, out));
}
