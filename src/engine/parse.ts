import type * as z from 'zod/mini';
import {
  CURRENT_VERSION,
  SCENARIO_FORMAT,
  WORKSPACE_FORMAT,
  scenarioSchema,
  workspaceSchema,
  type Scenario,
} from './schema';

/** Files larger than this are refused before parsing (SPEC §3). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ValidationError {
  /** e.g. `lineItems[2].payment.commissionRate`; empty for the file as a whole */
  path: string;
  /** e.g. `must be between 0 and 1` */
  rule: string;
  /** the offending value, when there is one */
  value?: unknown;
}

export interface ParsedFile {
  kind: 'scenario' | 'workspace';
  scenarios: Scenario[];
  baselineIndex: number;
}

export type ParseResult = { ok: true; data: ParsedFile } | { ok: false; errors: ValidationError[] };

/** One migration step lifts a raw document from version v to v + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from. Version 1 is the first published format, so
 * the table is empty; the next format change adds `1: (doc) => …` here and bumps CURRENT_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** `path: rule (got value)`, the line shown to users and printed by `simulate`. */
export function formatValidationError(e: ValidationError): string {
  const where = e.path === '' ? 'file' : e.path;
  return 'value' in e ? `${where}: ${e.rule} (got ${describeValue(e.value)})` : `${where}: ${e.rule}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into one plain error per problem, each with path, rule and value. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: formatPath([...path, key]), rule: 'is not a known field' });
    } else if (issue.code === 'invalid_type' && input === undefined) {
      errors.push({ path: formatPath(path), rule: 'is required' });
    } else if (issue.code === 'invalid_union') {
      errors.push({ path: formatPath(path), rule: 'must be a number or a range {"low": …, "high": …}', value: input });
    } else if (issue.code === 'invalid_type') {
      errors.push({ path: formatPath(path), rule: issue.message, value: input });
    } else if (issue.code === 'custom' && input === undefined) {
      errors.push({ path: formatPath(path), rule: issue.message });
    } else {
      errors.push({ path: formatPath(path), rule: issue.message, value: input });
    }
  }
  return errors;
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
    return { ok: false, errors: [{ path: 'version', rule: `must be a whole number from 1 to ${CURRENT_VERSION}`, value: version }] };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          rule: `this file was made by a newer version of the app (format version ${version}; this app reads up to ${CURRENT_VERSION}). Update the app to open it`,
        },
      ],
    };
  }
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [{ path: 'version', rule: `no migration from version ${v}`, value: v }] };
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, doc: current };
}

/** Validates an already-parsed JSON value as a scenario or a workspace file. */
export function parseScenarioValue(value: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  if (!isRecord(value)) {
    return { ok: false, errors: [{ path: '', rule: 'must be a JSON object (a scenario or a workspace)', value }] };
  }
  if (value.format !== SCENARIO_FORMAT && value.format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      errors: [{ path: 'format', rule: `must be "${SCENARIO_FORMAT}" or "${WORKSPACE_FORMAT}"`, value: value.format }],
    };
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

/** Size of a text in UTF-8 bytes, without allocating a copy of it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function tooLargeError(bytes: number): ValidationError {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return { path: '', rule: `is ${mb} MB; files larger than 5 MB are refused` };
}

/** Parses the text of a scenario or workspace file: size limit, JSON syntax, version, schema. */
export function parseScenarioText(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  const bytes = text.length > MAX_FILE_BYTES / 3 ? utf8ByteLength(text) : text.length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeError(bytes)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const rule = text.trim() === '' ? 'is empty' : `is not valid JSON (${detail})`;
    return { ok: false, errors: [{ path: '', rule }] };
  }
  return parseScenarioValue(value, migrations);
}
