import { formatValidationError, parseScenarioValue } from '../engine/parse';
import { LANGS, type Lang } from '../i18n/format';
import { readReportDetails } from './reportSlice';
import type { PersistedState, WorkspaceEntry } from './types';

export type RestoreResult = { ok: true; data: PersistedState } | { ok: false, reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks autosaved data as strictly as a file: every scenario goes through the file validation
 * (which also fills defaults and migrates old scenario versions). A dangling baseline, selection
 * or language is repaired; a broken scenario makes the whole workspace unreadable, because
 * dropping it quietly would lose work.
 */
export function restorePersisted(value: unknown): RestoreResult {
  if (!isRecord(value)) return { ok: false, reason: 'the saved data is not an object' };
  if (typeof value.unreadable === 'string') return { ok: false, reason: value.unreadable };
  const raw = value.entries;
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, reason: 'the saved workspace has no scenarios' };
  const entries: WorkspaceEntry[] = [];
  const seen = new Set<string>();
  for (const [i, item] of raw.entries()) {
    if (!isRecord(item) || typeof item.key !== 'string' || item.key === '' || seen.has(item.key)) {
      return { ok: false, reason: `entries[${i}] has no unique key` };
    }
    const parsed = parseScenarioValue(item.scenario);
    if (!parsed.ok) return { ok: false, reason: parsed.errors.map((e) => `entries[${i}].scenario.${formatValidationError(e)}`).join('\n') };
    const scenario = parsed.data.kind === 'scenario' ? parsed.data.scenarios[0] : undefined;
    if (!scenario) return { ok: false, reason: `entries[${i}].scenario is not a single scenario` };
    seen.add(item.key);
    entries.push({ key: item.key, scenario });
  }
  const first = (entries[0] as WorkspaceEntry).key;
  const known = (key: unknown): key is string => typeof key === 'string' && seen.has(key);
  const baselineKey = known(value.baselineKey) ? value.baselineKey : first;
  const selectedKey = known(value.selectedKey) ? value.selectedKey : baselineKey;
  const lang: Lang = LANGS.includes(value.lang as Lang) ? (value.lang as Lang) : 'en';
  return { ok: true, data: { entries, baselineKey, selectedKey, lang, report: readReportDetails(value.report) } };
}
