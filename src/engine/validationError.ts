import { englishRule, type RuleCode, type RuleParams } from './validationRules';

export interface ValidationError {
  /** e.g. `lineItems[2].payment.commissionRate`; empty for the file as a whole */
  path: string;
  /** the English rule, e.g. `must be between 0 and 1`: what the command prints */
  rule: string;
  /** the rule as a typed code with its parameters, which the app renders in the planner's language */
  code?: RuleCode;
  params?: RuleParams;
  /** the offending value, when there is one */
  value?: unknown;
}

/** An error for a rule of validationRules.ts, its English text filled in. */
export function ruleError(path: string, code: RuleCode, params?: RuleParams, ...value: [unknown?]): ValidationError {
  const error: ValidationError = { path, rule: englishRule(code, params), code };
  if (params) error.params = params;
  if (value.length > 0) error.value = value[0];
  return error;
}

/** `path: rule (got value)`, the line shown to users and printed by `simulate`. */
export function formatValidationError(e: ValidationError): string {
  const where = e.path === '' ? 'file' : e.path;
  return 'value' in e ? `${where}: ${e.rule} (got ${describeEnglish(describeValue(e.value))})` : `${where}: ${e.rule}`;
}

/** What the offending value was, in words any language can fill in. */
export type ValueDescription =
  | { kind: 'nothing' }
  | { kind: 'text'; quoted: string }
  | { kind: 'list'; length: number }
  | { kind: 'object' }
  | { kind: 'number'; value: number }
  | { kind: 'literal'; text: string };

export function describeValue(value: unknown): ValueDescription {
  if (value === undefined) return { kind: 'nothing' };
  if (typeof value === 'string') return { kind: 'text', quoted: JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  if (value !== null && typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'number') return { kind: 'number', value };
  return { kind: 'literal', text: String(value) };
}

function describeEnglish(d: ValueDescription): string {
  switch (d.kind) {
    case 'nothing':
      return 'nothing';
    case 'text':
      return d.quoted;
    case 'list':
      return `a list of ${d.length}`;
    case 'object':
      return 'an object';
    case 'number':
      return String(d.value);
    case 'literal':
      return d.text;
  }
}
