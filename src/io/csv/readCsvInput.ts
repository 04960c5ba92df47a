import { csvProblem } from '../../engine/roster/csvRules';
import type { ResultRow, RosterRow } from '../../engine/roster/types';
import type { CsvKind } from './columns';
import { readCsv } from './readCsv';
import { failed, refusedBySize, type CsvRead } from './result';

/**
 * A CSV file's text or bytes, read. Bytes must be UTF-8 (docs/MODEL.md §9); a spreadsheet's older
 * "CSV" export in a Windows code page is refused with the advice to save as "CSV UTF-8", since
 * guessing the code page would turn names such as "Zoë" into mojibake without a word.
 */
export function readCsvInput(input: string | ArrayBuffer, kind: CsvKind): CsvRead {
  if (typeof input === 'string') return readCsv(input, kind);
  const bySize = refusedBySize<RosterRow | ResultRow>(kind, input.byteLength);
  if (bySize) return bySize;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return failed(kind, 'comma', [csvProblem(null, null, 'csvNotUtf8')]);
  }
  return readCsv(text, kind);
}
