import { LIMITS } from '../limits';
import type { Audience } from '../schema';
import { notice, type CsvNotice } from './csvRules';
import { idTaker } from './ids';
import type { RosterRow } from './types';

/** How an `audience` cell is compared with the scenario's audiences: case and spacing aside. */
const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export interface ResolvedAudiences {
  /** the audience id each row's `audience` value names, or null where none could be given */
  idOf(value: string): string | null;
  /** audiences that did not exist and were made for the import */
  created: Audience[];
  notices: CsvNotice[];
}

/**
 * An `audience` value names an audience of the scenario, by id or by label (docs/MODEL.md §9). One
 * that does not exist yet is created with size = 10 × the sum of its creators' followers: a
 * placeholder, announced in a notice, for the planner to correct. The scenario holds at most 50.
 */
export function resolveAudiences(existing: readonly Audience[], rows: readonly RosterRow[]): ResolvedAudiences {
  const ids = new Map<string, string | null>();
  for (const audience of existing) {
    ids.set(key(audience.id), audience.id);
    if (audience.label !== undefined && !ids.has(key(audience.label))) ids.set(key(audience.label), audience.id);
  }
  const followers = new Map<string, { label: string; sum: number }>();
  for (const row of rows) {
    if (row.audience === undefined || ids.has(key(row.audience))) continue;
    const entry = followers.get(key(row.audience)) ?? { label: row.audience, sum: 0 };
    entry.sum += row.followers;
    followers.set(key(row.audience), entry);
  }
  const takeId = idTaker(existing.map((a) => a.id));
  const created: Audience[] = [];
  const notices: CsvNotice[] = [];
  for (const [k, { label, sum }] of followers) {
    if (existing.length + created.length >= LIMITS.audiences.max) {
      notices.push(notice('audiencesFull', { audience: label, max: LIMITS.audiences.max }));
      ids.set(k, null);
      continue;
    }
    const size = Math.min(LIMITS.audienceSize.max, Math.max(LIMITS.audienceSize.min, Math.round(10 * sum)));
    const audience: Audience = { id: takeId(label, 'audience'), label, size };
    created.push(audience);
    ids.set(k, audience.id);
    notices.push(notice('audienceCreated', { audience: label, size }));
  }
  return { idOf: (value) => ids.get(key(value)) ?? null, created, notices };
}
