import { LIMITS } from '../../engine/limits';
import type { Audience, LineItem, Scenario } from '../../engine/schema';
import { withOptional } from '../fields/optional';

/**
 * Pure edits of a scenario's audiences (docs/MODEL.md §3, §4). Each returns a valid scenario:
 * a line item never names an audience that is not there, so no edit leaves a file that fails
 * validation. An audience keeps its id for life; renaming changes its label only, so line items
 * stay assigned.
 */

/** Where a first audience starts: a pool a few times the reach of a typical micro group. */
export const DEFAULT_AUDIENCE_SIZE = 1_000_000;

/** The audiences of a scenario, none when absent. */
export const audiencesOf = (scenario: Scenario): readonly Audience[] => scenario.audiences ?? [];

/** The scenario with these audiences; none at all leaves the field out, as a version 1 file had it. */
function withAudiences(scenario: Scenario, audiences: Audience[]): Scenario {
  return withOptional(scenario, 'audiences', audiences.length > 0 ? audiences : undefined);
}

/** "audience-1", "audience-2", …: the first not taken. */
function freshId(scenario: Scenario): string {
  const taken = new Set(audiencesOf(scenario).map((a) => a.id));
  let n = audiencesOf(scenario).length + 1;
  while (taken.has(`audience-${n}`)) n += 1;
  return `audience-${n}`;
}

/** Appends an audience labelled by `labelFor(n)`; refused at the format's limit. */
export function addAudience(scenario: Scenario, labelFor: (n: number) => string, size = DEFAULT_AUDIENCE_SIZE): Scenario {
  const audiences = audiencesOf(scenario);
  if (audiences.length >= LIMITS.audiences.max) return scenario;
  const label = labelFor(audiences.length + 1).slice(0, LIMITS.labelLength);
  return withAudiences(scenario, [...audiences, { id: freshId(scenario), label, size }]);
}

export function updateAudience(scenario: Scenario, id: string, patch: Partial<Omit<Audience, 'id'>>): Scenario {
  const audiences = audiencesOf(scenario);
  const index = audiences.findIndex((a) => a.id === id);
  const current = audiences[index];
  if (!current) return scenario;
  const next = { ...current, ...patch };
  if (next.label === current.label && next.size === current.size) return scenario;
  return withAudiences(scenario, audiences.map((a, i) => (i === index ? next : a)));
}

/** What a removal took away, so it can be put back exactly. */
export interface RemovedAudience {
  audience: Audience;
  /** its position in the list */
  index: number;
  /** the line items that were assigned to it */
  lineItemIds: string[];
}

/**
 * Removes an audience and unassigns the line items that used it, in one edit (one undo step).
 * Returns the scenario unchanged and `removed: null` when there is no such audience.
 */
export function removeAudience(scenario: Scenario, id: string): { scenario: Scenario; removed: RemovedAudience | null } {
  const audiences = audiencesOf(scenario);
  const index = audiences.findIndex((a) => a.id === id);
  const audience = audiences[index];
  if (!audience) return { scenario, removed: null };
  const lineItemIds = scenario.lineItems.filter((item) => item.audience === id).map((item) => item.id);
  const lineItems = lineItemIds.length === 0 ? scenario.lineItems : scenario.lineItems.map((item) => (item.audience === id ? withOptional(item, 'audience', undefined) : item));
  const next = withAudiences({ ...scenario, lineItems }, audiences.filter((a) => a.id !== id));
  return { scenario: next, removed: { audience, index, lineItemIds } };
}

/**
 * Puts a removed audience back where it was and reassigns the line items that still exist and
 * have no audience since. Refused when its id has come back meanwhile (an undo) or the list is full.
 */
export function restoreAudience(scenario: Scenario, removed: RemovedAudience): Scenario {
  const audiences = audiencesOf(scenario);
  if (audiences.some((a) => a.id === removed.audience.id) || audiences.length >= LIMITS.audiences.max) return scenario;
  const list = [...audiences];
  list.splice(Math.min(removed.index, list.length), 0, removed.audience);
  const ids = new Set(removed.lineItemIds);
  const lineItems = scenario.lineItems.map((item) => (ids.has(item.id) && item.audience === undefined ? { ...item, audience: removed.audience.id } : item));
  return withAudiences({ ...scenario, lineItems }, list);
}

/** Assigns a line item to an audience of the scenario, or to none; an unknown audience is refused. */
export function assignAudience(item: LineItem, audienceId: string | undefined, audiences: readonly Audience[]): LineItem {
  if (audienceId !== undefined && !audiences.some((a) => a.id === audienceId)) return item;
  return withOptional(item, 'audience', audienceId);
}

/** The name an audience is shown by: its label, else its id. */
export const audienceName = (audience: Pick<Audience, 'id' | 'label'>): string => audience.label || audience.id;
