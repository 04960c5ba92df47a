import { LIMITS } from '../limits';
import type { Audience, Platform, Scenario, Tier } from '../schema';
import { tierConventionOf } from '../tiers';
import { resolveAudiences } from './audiences';
import { csvProblem, notice, someNames, type CsvNotice, type CsvProblem } from './csvRules';
import { idTaker } from './ids';
import { groupedItems, perCreatorItems, type RosterItem } from './lineItems';
import { withImportSources, type ImportSource } from './sources';
import type { RosterRow } from './types';

export interface RosterOptions {
  /** one line item per tier × platform × audience instead of one per creator */
  grouped: boolean;
  /** the file's name, kept as the line items' source (`shortlist.csv`) */
  file: string;
  /** a grouped line item's label (the app's own language), given its audience's label; the benchmark's English by default */
  groupLabel?: (tier: Tier, platform: Platform, audience: string | null) => string;
}

export type RosterImport =
  | {
      ok: true;
      /** the scenario with the imported line items appended, and any audiences they needed */
      scenario: Scenario;
      /** ids of the line items added, in order */
      lineItemIds: string[];
      /** audiences created for the import (placeholders of 10 × followers) */
      createdAudiences: Audience[];
      notices: CsvNotice[];
    }
  | { ok: false; error: CsvProblem };

/**
 * A creator list into a scenario (docs/MODEL.md §9), as one pure step: the scenario given is left as
 * it is and a new one returned, so the app applies it as one undoable edit and Cancel is free.
 * Tiers are derived with the scenario's tier convention, ids made unique against its line items.
 */
export function applyRoster(scenario: Scenario, rows: readonly RosterRow[], options: RosterOptions): RosterImport {
  // One line item per creator: too many is known before any is made.
  if (!options.grouped && scenario.lineItems.length + rows.length > LIMITS.lineItems.max) return tooMany(scenario.lineItems.length + rows.length);
  const audiences = resolveAudiences(scenario.audiences ?? [], rows);
  const context = {
    convention: tierConventionOf(scenario),
    takeId: idTaker(scenario.lineItems.map((i) => i.id)),
    audienceOf: audiences.idOf,
    audienceLabel: (id: string) => [...(scenario.audiences ?? []), ...audiences.created].find((a) => a.id === id)?.label ?? id,
    ...(options.groupLabel ? { groupLabel: options.groupLabel } : {}),
  };
  const made: RosterItem[] = options.grouped ? groupedItems(rows, context) : perCreatorItems(rows, context);
  const count = scenario.lineItems.length + made.length;
  if (count > LIMITS.lineItems.max) return tooMany(count);

  const notices = [...audiences.notices, ...fillNotices(made)];
  const next: Scenario = {
    ...scenario,
    lineItems: [...scenario.lineItems, ...made.map((m) => m.item)],
    ...(audiences.created.length > 0 ? { audiences: [...(scenario.audiences ?? []), ...audiences.created] } : {}),
  };
  const sources = new Map<string, ImportSource>(
    made.map((m) => [m.item.id, options.grouped ? { file: options.file, creators: m.rows.length } : { file: options.file, row: m.rows[0] ?? 0 }]),
  );
  const recorded = withImportSources(next, sources);
  if (!recorded.kept) notices.push(notice('sourcesNotKept'));
  return { ok: true, scenario: recorded.scenario, lineItemIds: made.map((m) => m.item.id), createdAudiences: audiences.created, notices };
}

const tooMany = (count: number): RosterImport => ({ ok: false, error: csvProblem(null, null, 'csvTooManyLineItems', { count, max: LIMITS.lineItems.max }) });

function fillNotices(made: readonly RosterItem[]): CsvNotice[] {
  const notices: CsvNotice[] = [];
  for (const [fill, code] of [['zeroCommission', 'hybridZeroCommission'], ['zeroFee', 'hybridZeroFee']] as const) {
    const labels = made.filter((m) => m.fill === fill).map((m) => m.item.label);
    if (labels.length > 0) notices.push(notice(code, { names: someNames(labels) }));
  }
  return notices;
}
