/**
 * The rules a file can break, each a typed code with its English text. The command and the
 * tests print the English (`path: rule (got value)`); the app renders the same code and params
 * in the planner's language (src/i18n/validationText.ts), so every rule needs a Dutch text too.
 */
export const RULE_TEXT = {
  number: 'must be a number',
  atLeast: 'must be at least {min}',
  atMost: 'must be at most {max}',
  between: 'must be between {min} and {max}',
  whole: 'must be a whole number',
  positive: 'must be greater than 0',
  text: 'must be a text',
  maxChars: 'must be at most {max} characters',
  charsBetween: 'must be {min} to {max} characters',
  notEmpty: 'must not be empty',
  currency: 'must be a 3-letter ISO 4217 code such as EUR',
  oneOf: 'must be one of {options}',
  exactly: 'must be {expected}',
  list: 'must be a list',
  object: 'must be an object',
  maxEntries: 'must have at most {max} entries',
  maxLineItems: 'must have at most {max} line items',
  unique: 'must be unique',
  rate: 'must be a number or a range {"low": …, "high": …}',
  lowAboveHigh: 'low must not exceed high',
  rangeTooWide: 'high must be at most {spread} times low',
  hybridFixed: 'hybrid needs a fixed part (feePerPost or giftCost)',
  hybridPerformance: 'hybrid needs a performance part (amountPerAction, commissionRate or amountPerLead)',
  requiredForModel: 'is required for model "{model}"',
  notAllowedForModel: 'is not allowed for model "{model}"',
  tiersNeedCommission: 'commission tiers need a commissionRate',
  tiersIncreasing: 'must be greater than the previous tier\'s from',
  capNeedsPerformance: 'a payout cap needs a performance part (amountPerAction, commissionRate or amountPerLead)',
  noAudience: 'no audience "{id}" in audiences',
  minAboveMax: 'minCreators must not exceed maxCreators',
  maxAudiences: 'must have at most {max} audiences',
  noScenarios: 'must hold at least one scenario',
  baselineIndex: 'must point at one of the scenarios',
  unknownField: 'is not a known field',
  required: 'is required',
  metaTooDeep: 'nests deeper than {max} levels',
  metaTooLarge: 'is larger than {max} kB as JSON text',
  documentNotObject: 'must be a JSON object (a scenario or a workspace)',
  format: 'must be "{scenario}" or "{workspace}"',
  versionRange: 'must be a whole number from 1 to {max}',
  newerVersion:
    'this file was made by a newer version of the app (format version {version}; this app reads up to {max}). Update the app to open it',
  noMigration: 'no migration from version {version}',
  tooLarge: 'is {size} MB; files larger than {max} MB are refused',
  empty: 'is empty',
  invalidJson: 'is not valid JSON ({detail})',
  tooDeep: 'nests too deeply to be read',
  notUtf8: 'is not UTF-8 text (is it a JSON file?)',
  unreadable: 'could not be read ({detail})',
  notShareLink: 'is not a share link (it should start with {prefix})',
  damagedShareLink: 'the share link is damaged or incomplete (was it cut off when it was copied?)',
  shareLinkTooLarge: 'holds more than {max} MB once unpacked; links that large are refused (open such work as a file)',
} as const;

export type RuleCode = keyof typeof RULE_TEXT;
export const RULE_CODES = Object.keys(RULE_TEXT) as RuleCode[];

/** A number shown with a fixed count of decimals, e.g. a file size of 5.0 MB. */
export interface FixedDigits {
  value: number;
  digits: number;
}
/** A JSON reader's own (English) message, with the offset it names, if any, for other languages. */
export interface JsonSyntaxDetail {
  message: string;
  position?: number;
}
export type RuleParam = string | number | FixedDigits | JsonSyntaxDetail;
export type RuleParams = Readonly<Record<string, RuleParam>>;

/** Fills `{name}` placeholders; `render` turns each parameter into text for the language at hand. */
export function fillTemplate(template: string, params: RuleParams | undefined, render: (param: RuleParam) => string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const param = params[name];
    return param === undefined ? m : render(param);
  });
}

export function englishParam(param: RuleParam): string {
  if (typeof param !== 'object') return String(param);
  return 'message' in param ? param.message : param.value.toFixed(param.digits);
}

export function englishRule(code: RuleCode, params?: RuleParams): string {
  return fillTemplate(RULE_TEXT[code], params, englishParam);
}

/**
 * zod issues carry only a message, so each message the schema gives zod is remembered with the
 * code and params it came from, and turned back into them when issues become validation errors.
 */
const RULE_OF_MESSAGE = new Map<string, { code: RuleCode; params?: RuleParams }>();

export function schemaMessage(code: RuleCode, params?: RuleParams): string {
  const text = englishRule(code, params);
  if (!RULE_OF_MESSAGE.has(text)) RULE_OF_MESSAGE.set(text, params ? { code, params } : { code });
  return text;
}

// Rules without parameters are known by their text from the start, so that an error built as a
// plain `{ path, rule }` elsewhere still finds its code.
for (const code of RULE_CODES) if (!/\{\w+\}/.test(RULE_TEXT[code])) schemaMessage(code);

export function ruleOfMessage(message: string): { code: RuleCode; params?: RuleParams } | undefined {
  return RULE_OF_MESSAGE.get(message);
}
