import { MAX_REPORT_DETAIL_CHARS, REPORT_FIELDS, type ReportDetails } from '../store/reportSlice';

/** How the receiver of a workspace link sees it: the same comparison, the same scenario selected, the same report. */
export interface SharedView {
  /** indices of the compared scenarios besides the baseline; null for the default choice */
  compared: readonly number[] | null;
  /** index of the selected scenario */
  selected: number;
  /** the report's title, author and company, when set */
  report?: ReportDetails | undefined;
}


/** The view as `&key=value` pairs after the compressed workspace (which holds no `&`). */
export function sharedViewParams(view: SharedView): string {
  const pairs: string[] = [];
  if (view.compared !== null) pairs.push(`compare=${view.compared.join('.')}`);
  pairs.push(`selected=${view.selected}`);
  for (const field of REPORT_FIELDS) {
    const value = view.report?.[field];
    if (value) pairs.push(`${field}=${encodeURIComponent(value)}`);
  }
  return pairs.map((p) => `&${p}`).join('');
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, MAX_REPORT_DETAIL_CHARS);
  } catch {
    return '';
  }
}

/** Reads the view back; anything malformed or out of range falls back to the default rather than failing the link. */
export function readSharedView(params: readonly string[], scenarioCount: number): SharedView {
  const map = new Map(params.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const));
  const index = (text: string) => (/^\d{1,5}$/.test(text) && Number(text) < scenarioCount ? Number(text) : null);
  const compareText = map.get('compare');
  const compared = compareText === undefined ? null : compareText.split('.').map(index).filter((i): i is number => i !== null);
  const selected = index(map.get('selected') ?? '') ?? 0;
  const report: ReportDetails = { title: '', author: '', company: '' };
  for (const field of REPORT_FIELDS) report[field] = decoded(map.get(field) ?? '');
  const hasReport = REPORT_FIELDS.some((f) => report[f] !== '');
  return { compared, selected, ...(hasReport && { report }) };
}
