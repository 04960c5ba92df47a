import { CSV_NOTICE_CODES, CSV_NOTICE_TEXT, CSV_RULE_CODES, CSV_RULE_TEXT, type CsvNoticeCode, type CsvRuleCode } from '../../engine/roster/csvRules';

/**
 * Words of the two CSV imports (docs/MODEL.md §9): where a refused row is, the CSV-only rules and
 * the notices. English is the engine's own text (what `import` and `calibrate` print); Dutch must
 * name every code. Refusals that are scenario rules take their words from validation.ts.
 */
export type CsvRuleKey = `csv.rule.${CsvRuleCode}`;
export type CsvNoticeKey = `csv.notice.${CsvNoticeCode}`;

const OTHER_EN = {
  'csv.where.file': 'file',
  'csv.where.row': 'row {row}',
  'csv.where.rowColumn': 'row {row}, column {column}',
  'csv.count.impressions': 'impressions',
  'csv.count.clicks': 'clicks',
  'csv.count.orders': 'orders',
  'csv.count.leads': 'leads',
  'csv.count.followersPosts': 'followers × posts',
};
export type CsvKey = keyof typeof OTHER_EN | CsvRuleKey | CsvNoticeKey;

const RULES_EN = Object.fromEntries(CSV_RULE_CODES.map((code) => [`csv.rule.${code}`, CSV_RULE_TEXT[code]])) as Record<CsvRuleKey, string>;
const NOTICES_EN = Object.fromEntries(CSV_NOTICE_CODES.map((code) => [`csv.notice.${code}`, CSV_NOTICE_TEXT[code]])) as Record<CsvNoticeKey, string>;

export const csvMessages = {
  en: { ...OTHER_EN, ...RULES_EN, ...NOTICES_EN },
};
