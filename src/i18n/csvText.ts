import { CSV_RULE_TEXT, type CsvNotice, type CsvProblem } from '../engine/roster/csvRules';
import { describeValue } from '../engine/validationError';
import { fillTemplate, type RuleParam, type RuleParams } from '../engine/validationRules';
import type { Lang } from './format';
import type { Translate } from './i18n';
import type { MessageKey } from './messages';
import { ruleParam } from './validationText';

/**
 * The CSV imports' refusals and notices (docs/MODEL.md §9) in the planner's language. English
 * reads exactly as `import` and `calibrate` print it; in Dutch, numbers are written the Dutch
 * way and the names the engine quotes (a rate, a count, a tier, a platform) are translated.
 */

const COUNT_KEY: Readonly<Record<string, MessageKey>> = {
  impressions: 'csv.count.impressions',
  clicks: 'csv.count.clicks',
  orders: 'csv.count.orders',
  leads: 'csv.count.leads',
  'followers × posts': 'csv.count.followersPosts',
};

/** A name the engine quotes, in the planner's language where it has words for it. */
function nameOf(param: string, value: RuleParam, t: Translate): string | null {
  if (typeof value !== 'string') return null;
  const key =
    param === 'numerator' || param === 'denominator' ? COUNT_KEY[value]
    : param === 'rate' ? (`editor.rate.${value}` as MessageKey)
    : param === 'tier' ? (`editor.tier.${value}` as MessageKey)
    : param === 'platform' ? (`editor.platform.${value}` as MessageKey)
    : undefined;
  if (key === undefined) return null;
  // A rate is named mid-sentence ("telt niet mee voor conversieratio"), its label is capitalised.
  return param === 'rate' ? t(key).toLowerCase() : t(key);
}

function fill(template: string, params: RuleParams | undefined, t: Translate, lang: Lang): string {
  const render = ruleParam(t, lang);
  if (!params || lang === 'en') return fillTemplate(template, params, render);
  // Spreadsheet row numbers are never grouped (row 12345, not 12.345).
  const named = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, name === 'row' ? String(value) : (nameOf(name, value, t) ?? value)]),
  );
  return fillTemplate(template, named, render);
}

/** `rij 7, kolom Volgers: moet een geheel getal zijn (gevonden: "12,5")`, or the same in English. */
export function csvProblemLine(problem: CsvProblem, t: Translate, lang: Lang): string {
  const place =
    problem.row === null ? t('csv.where.file')
    : problem.column === null ? t('csv.where.row', { row: String(problem.row) })
    : t('csv.where.rowColumn', { row: String(problem.row), column: problem.column });
  const template = problem.code in CSV_RULE_TEXT ? t(`csv.rule.${problem.code}` as MessageKey) : t(`validation.rule.${problem.code}` as MessageKey);
  const rule = fill(template, problem.params, t, lang);
  if (problem.value === undefined) return t('validation.line', { path: place, rule });
  const d = describeValue(problem.value);
  return t('validation.lineWithValue', { path: place, rule, value: d.kind === 'text' ? d.quoted : problem.value });
}

export function csvNoticeText(notice: CsvNotice, t: Translate, lang: Lang): string {
  return fill(t(`csv.notice.${notice.code}`), notice.params, t, lang);
}
