import { RULE_CODES, RULE_TEXT, type RuleCode } from '../../engine/validationRules';

/**
 * Words of file validation errors. English is the engine's own text (what the command prints),
 * so the app's English and the command's never drift apart; Dutch must name every rule code.
 */
export type RuleKey = `validation.rule.${RuleCode}`;

const LINE_EN = {
  'validation.file': 'file',
  'validation.line': '{path}: {rule}',
  'validation.lineWithValue': '{path}: {rule} (got {value})',
  'validation.value.nothing': 'nothing',
  'validation.value.list': 'a list of {n}',
  'validation.value.object': 'an object',
  'validation.jsonDetail.at': 'at character {position}',
  'validation.jsonDetail.other': 'it breaks off or holds an unexpected character',
};
export type ValidationKey = keyof typeof LINE_EN | RuleKey;

const RULES_EN = Object.fromEntries(RULE_CODES.map((code) => [`validation.rule.${code}`, RULE_TEXT[code]])) as Record<RuleKey, string>;

export const validationMessages = {
  en: { ...LINE_EN, ...RULES_EN },
};
