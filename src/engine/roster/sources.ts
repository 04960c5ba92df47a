import { LIMITS } from '../limits';
import { metaProblem } from '../metaBounds';
import type { LineItem, Scenario } from '../schema';
import { PLATFORMS, TIERS, type Platform, type RateKind, type Tier } from '../vocabulary';

/**
 * Where imported line items and calibrated ranges came from, so that the app can show it beside
 * them as it shows a benchmark's source. The file format has no field for it and refuses unknown
 * ones, so it lives in the scenario's free-form `meta`, which files and share links keep as is:
 *
 * ```json
 * "meta": {
 *   "csvImports": { "anna-de-vries": { "file": "shortlist.csv", "row": 7 },
 *                   "micro-tiktok": { "file": "shortlist.csv", "creators": 12 } },
 *   "calibrations": [ { "tier": "micro", "platform": "tiktok", "rate": "conversionRate",
 *                       "file": "results.csv", "creators": 14, "low": 0.009, "high": 0.031 } ]
 * }
 * ```
 *
 * A calibration is kept by tier × platform × rate with the range it gave, not by line item, so it
 * stays small (at most 16 × 4 entries) and follows line items through renames; it stops being
 * shown as soon as the planner edits the range away from what the calibration gave.
 */

export const IMPORTS_KEY = 'csvImports';
export const CALIBRATIONS_KEY = 'calibrations';

/** One imported creator (`row`) or a group of `creators` rows. */
export interface ImportSource {
  file: string;
  row?: number;
  creators?: number;
}

export interface CalibrationSource {
  file: string;
  /** creators whose results informed the range */
  creators: number;
}

export interface CalibrationEntry extends CalibrationSource {
  tier: Tier;
  platform: Platform;
  rate: RateKind;
  low: number;
  high: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const fileName = (file: string) => file.slice(0, LIMITS.labelLength);

function importsOf(scenario: Pick<Scenario, 'meta'>): Record<string, unknown> {
  const imports = scenario.meta?.[IMPORTS_KEY];
  return isRecord(imports) ? imports : {};
}

function calibrationsOf(scenario: Pick<Scenario, 'meta'>): CalibrationEntry[] {
  const list = scenario.meta?.[CALIBRATIONS_KEY];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is CalibrationEntry =>
      isRecord(e) &&
      typeof e.file === 'string' &&
      isCount(e.creators) &&
      (TIERS as readonly unknown[]).includes(e.tier) &&
      (PLATFORMS as readonly unknown[]).includes(e.platform) &&
      typeof e.rate === 'string' &&
      typeof e.low === 'number' &&
      typeof e.high === 'number',
  );
}

/** The CSV row or rows a line item was imported from, if it was. */
export function importSourceOf(scenario: Pick<Scenario, 'meta'>, lineItemId: string): ImportSource | null {
  const entry = Object.hasOwn(importsOf(scenario), lineItemId) ? importsOf(scenario)[lineItemId] : undefined;
  if (!isRecord(entry) || typeof entry.file !== 'string') return null;
  const source: ImportSource = { file: entry.file };
  if (isCount(entry.row)) source.row = entry.row;
  if (isCount(entry.creators)) source.creators = entry.creators;
  return source;
}

/** The results file a line item's rate was calibrated from, while the rate is still the calibrated range. */
export function calibrationSourceOf(scenario: Pick<Scenario, 'meta'>, item: Pick<LineItem, 'tier' | 'platform' | RateKind>, rate: RateKind): CalibrationSource | null {
  const value = item[rate];
  if (typeof value === 'number') return null;
  const entry = calibrationsOf(scenario).find(
    (e) => e.tier === item.tier && e.platform === item.platform && e.rate === rate && e.low === value.low && e.high === value.high,
  );
  return entry ? { file: entry.file, creators: entry.creators } : null;
}

/** The scenario with `meta` changed, unless the change would break meta's bounds: sources are a convenience, never a reason to refuse. */
function withMeta(scenario: Scenario, meta: Record<string, unknown>): { scenario: Scenario; kept: boolean } {
  if (metaProblem(meta, LIMITS.meta.depth, LIMITS.meta.bytes) !== null) return { scenario, kept: false };
  return { scenario: { ...scenario, meta }, kept: true };
}

/** Records where line items came from; entries of line items no longer in the scenario are dropped. */
export function withImportSources(scenario: Scenario, sources: ReadonlyMap<string, ImportSource>): { scenario: Scenario; kept: boolean } {
  const ids = new Set(scenario.lineItems.map((i) => i.id));
  const imports: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(importsOf(scenario))) if (ids.has(id)) imports[id] = entry;
  for (const [id, source] of sources) imports[id] = { ...source, file: fileName(source.file) };
  return withMeta(scenario, { ...scenario.meta, [IMPORTS_KEY]: imports });
}

/** Records calibrated ranges; a new calibration of a tier × platform × rate replaces the old one. */
export function withCalibrationSources(scenario: Scenario, entries: readonly CalibrationEntry[]): { scenario: Scenario; kept: boolean } {
  const same = (a: CalibrationEntry, b: CalibrationEntry) => a.tier === b.tier && a.platform === b.platform && a.rate === b.rate;
  const kept = calibrationsOf(scenario).filter((old) => !entries.some((e) => same(old, e)));
  const list = [...kept, ...entries.map((e) => ({ ...e, file: fileName(e.file) }))];
  return withMeta(scenario, { ...scenario.meta, [CALIBRATIONS_KEY]: list });
}
