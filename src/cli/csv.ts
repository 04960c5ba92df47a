import { toCsv, type CsvCell } from '../io/csv/toCsv';
import { LINE_ITEM_KEYS, type Report } from './report';

const METRIC_KEYS = LINE_ITEM_KEYS.filter((k) => k !== 'id' && k !== 'label');

/** Scenario and line item first so a spreadsheet can sort and filter on them; then every point metric. */
export const CSV_COLUMNS = ['scenario', 'currency', 'lineItemId', 'label', ...METRIC_KEYS] as const;

export interface CsvScenario {
  currency: string;
}

/**
 * One row per scenario and line item with the point metrics (docs/MODEL.md §7). Undefined metrics are
 * empty cells, which spreadsheets treat as blank rather than as the text "null". Text cells that
 * start like a formula (=, +, -, @) are escaped so opening the file cannot run anything.
 */
export function renderCsv(report: Report, scenarios: readonly CsvScenario[]): string {
  const rows: CsvCell[][] = [];
  report.scenarios.forEach((scenario, i) => {
    const currency = scenarios[i]?.currency ?? '';
    for (const item of scenario.point.lineItems) {
      rows.push([scenario.name, currency, item.id, item.label, ...METRIC_KEYS.map((k) => item[k])]);
    }
  });
  return `${toCsv(CSV_COLUMNS, rows)}\n`;
}
