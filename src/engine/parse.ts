import type * as z from 'zod/mini';
import {
  CURRENT_VERSION,
  SCENARIO_FORMAT,
  WORKSPACE_FORMAT,
  paymentSchema,
  scenarioSchema,
  workspaceSchema,
  type Scenario,
} from './schema';
import { LIMITS } from './limits';
import { utf8ByteLength } from './utf8';
import { ruleError, type ValidationError } from './validationError';
import { ruleOfMessage } from './validationRules';

export { describeValue, formatValidationError, ruleError, type ValidationError } from './validationError';

/** Files larger than this are refused before parsing (docs/MODEL.md §3). */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export interface ParsedFile {
  kind: 'scenario' | 'workspace';
  scenarios: Scenario[];
  baselineIndex: number;
}

export type ParseResult = { ok: true; data: ParsedFile } | { ok: false; errors: ValidationError[] };

/** One migration step lifts a raw document from version v to v + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from (docs/MODEL.md §3). Version 2 only adds optional
 * fields (budget, audiences, creator bounds, allocation settings), so a version 1 document is a
 * valid version 2 document as it stands; `migrate` stamps the new version on it.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (doc) => doc,
  // Version 3 only adds optional payment terms (docs/MODEL.md §10): a v2 file means the same.
  2: (doc) => doc,
};

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into one plain error per problem, each with path, rule and value. */
function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = formatPath([...prefix, ...issue.path]);
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push(ruleError(formatPath([...prefix, ...issue.path, key]), 'unknownField'));
    } else if (issue.code === 'invalid_type' && input === undefined) {
      errors.push(ruleError(path, 'required'));
    } else if (issue.code === 'invalid_union') {
      errors.push(ruleError(path, 'rate', undefined, input));
    } else {
      const error: ValidationError = { path, rule: issue.message, ...ruleOfMessage(issue.message) };
      if (issue.code !== 'custom' || input !== undefined) error.value = input;
      errors.push(error);
    }
  }
  return errors;
}

/** A payment's problems, each with its path inside the payment (`commissionTiers[1].from`); empty when valid. */
export function validatePayment(payment: unknown): ValidationError[] {
  const result = paymentSchema.safeParse(payment, { reportInput: true });
  return result.success ? [] : issuesToErrors(result.error.issues);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Brings a raw document to the current version, or explains why it cannot. */
export function migrate(
  doc: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): { ok: true; doc: Record<string, unknown> } | { ok: false; errors: ValidationError[] } {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [ruleError('version', 'versionRange', { max: CURRENT_VERSION }, version)] };
  }
  if (version > CURRENT_VERSION) return { ok: false, errors: [ruleError('version', 'newerVersion', { version, max: CURRENT_VERSION })] };
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [ruleError('version', 'noMigration', { version: v }, v)] };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, doc: current };
}

/**
 * Validates an already-parsed JSON value as a scenario or a workspace file. The schema bounds
 * every nesting, but should any value still exhaust the stack, that is a refusal, not a crash.
 */
export function parseScenarioValue(value: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  try {
    return validate(value, migrations);
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, errors: [ruleError('', 'tooDeep')] };
    throw err;
  }
}

function validate(value: unknown, migrations: Readonly<Record<number, Migration>>): ParseResult {
  if (!isRecord(value)) {
    return { ok: false, errors: [ruleError('', 'documentNotObject', undefined, value)] };
  }
  if (value.format !== SCENARIO_FORMAT && value.format !== WORKSPACE_FORMAT) {
    return { ok: false, errors: [ruleError('format', 'format', { scenario: SCENARIO_FORMAT, workspace: WORKSPACE_FORMAT }, value.format)] };
  }
  const migrated = migrate(value, migrations);
  if (!migrated.ok) return migrated;
  if (value.format === SCENARIO_FORMAT) {
    const result = scenarioSchema.safeParse(migrated.doc, { reportInput: true });
    if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues) };
    return { ok: true, data: { kind: 'scenario', scenarios: [result.data], baselineIndex: 0 } };
  }
  const doc = migrated.doc;
  // Each scenario in a workspace may come from an older version too: migrate them one by one.
  if (Array.isArray(doc.scenarios)) {
    const errors: ValidationError[] = [];
    const scenarios = doc.scenarios.map((s: unknown, i) => {
      if (!isRecord(s)) return s;
      const m = migrate(s, migrations);
      if (m.ok) return m.doc;
      errors.push(...m.errors.map((e) => ({ ...e, path: `scenarios[${i}].${e.path}` })));
      return s;
    });
    if (errors.length > 0) return { ok: false, errors };
    doc.scenarios = scenarios;
  }
  const result = workspaceSchema.safeParse(doc, { reportInput: true });
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues) };
  return { ok: true, data: { kind: 'workspace', scenarios: result.data.scenarios, baselineIndex: result.data.baselineIndex } };
}

export function tooLargeError(bytes: number): ValidationError {
  const mb = 1024 * 1024;
  return ruleError('', 'tooLarge', { size: { value: bytes / mb, digits: 1 }, max: LIMITS.fileBytes / mb });
}

/** Parses the text of a scenario or workspace file: size limit, JSON syntax, version, schema. */
export function parseScenarioText(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  const bytes = text.length > MAX_FILE_BYTES / 3 ? utf8ByteLength(text) : text.length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeError(bytes)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [jsonSyntaxError(text, err)] };
  }
  return parseScenarioValue(value, migrations);
}

function jsonSyntaxError(text: string, err: unknown): ValidationError {
  if (text.trim() === '') return ruleError('', 'empty');
  if (err instanceof RangeError) return ruleError('', 'tooDeep');
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message)?.[1];
  return ruleError('', 'invalidJson', { detail: position === undefined ? { message } : { message, position: Number(position) } });
}
