import { describeValue, type ValidationError } from '../engine/parse';
import { englishParam, fillTemplate, ruleOfMessage, type RuleParam } from '../engine/validationRules';
import type { Lang } from './format';
import { LOCALE_OF } from './format';
import type { Translate } from './i18n';
import type { ValidationKey } from './messages/validation';

/**
 * One validation error as a line in the planner's language. English reads exactly as the
 * command prints it (numbers as written in the file); Dutch writes numbers the Dutch way.
 * An error without a code (from code that predates them) keeps its English rule.
 */
/** A number as a rule quotes it: as written in English, grouped with a decimal comma in Dutch. */
export const ruleNumber = (lang: Lang): ((n: number) => string) => (lang === 'en' ? String : (n: number) => localNumber(n, LOCALE_OF[lang]));

/** Renders a rule's parameters in the planner's language. */
export function ruleParam(t: Translate, lang: Lang): (p: RuleParam) => string {
  const number = ruleNumber(lang);
  return (p) => {
    if (typeof p === 'number') return number(p);
    if (typeof p === 'string' || lang === 'en') return englishParam(p);
    // The reader's message is English; other languages say where, counting characters from 1.
    if ('message' in p) return p.position === undefined ? t('validation.jsonDetail.other') : t('validation.jsonDetail.at', { position: number(p.position + 1) });
    return new Intl.NumberFormat(LOCALE_OF[lang], { minimumFractionDigits: p.digits, maximumFractionDigits: p.digits }).format(p.value);
  };
}

export function validationLine(error: ValidationError, t: Translate, lang: Lang): string {
  const say = (key: ValidationKey, vars?: Record<string, string | number>) => t(key, vars);
  const number = ruleNumber(lang);
  const param = ruleParam(t, lang);
  const rule = error.code ? { code: error.code, params: error.params } : ruleOfMessage(error.rule);
  const ruleText = rule ? fillTemplate(say(`validation.rule.${rule.code}`), rule.params, param) : error.rule;
  const path = error.path === '' ? say('validation.file') : error.path;
  if (!('value' in error)) return say('validation.line', { path, rule: ruleText });
  const d = describeValue(error.value);
  const value =
    d.kind === 'nothing' ? say('validation.value.nothing')
    : d.kind === 'list' ? say('validation.value.list', { n: number(d.length) })
    : d.kind === 'object' ? say('validation.value.object')
    : d.kind === 'number' ? number(d.value)
    : d.kind === 'text' ? d.quoted
    : d.text;
  return say('validation.lineWithValue', { path, rule: ruleText, value });
}

/** Grouped digits and a decimal comma; values JavaScript writes with an exponent keep it. */
function localNumber(n: number, locale: string): string {
  const plain = String(n);
  if (plain.includes('e')) return plain.replace('.', ',');
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(n);
}
