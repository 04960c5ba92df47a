import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/engine/limits';
import { scenarioSchema, type Scenario } from '../../../src/engine/schema';
import { addAudience, assignAudience, removeAudience, restoreAudience, updateAudience } from '../../../src/panels/editor/audienceOps';
import { creatorBoundsIssue } from '../../../src/panels/editor/lineItemOps';
import { withOptional } from '../../../src/panels/fields/optional';
import { buildScenario, lineItemInput } from '../../fixtures/scenario';

const label = (n: number) => `Audience ${n}`;
const valid = (s: Scenario) => expect(scenarioSchema.safeParse(s).error?.issues ?? []).toEqual([]);

/** Three line items; the first two will share an audience. */
function threeItems(): Scenario {
  return buildScenario({ lineItems: [lineItemInput({ id: 'a', label: 'A' }), lineItemInput({ id: 'b', label: 'B' }), lineItemInput({ id: 'c', label: 'C' })] });
}

describe('audience edits', () => {
  it('adds audiences with fresh ids and numbered labels, and stops at the format’s limit', () => {
    const one = addAudience(threeItems(), label);
    const two = addAudience(one, label);
    expect(two.audiences).toEqual([
      { id: 'audience-1', label: 'Audience 1', size: 1_000_000 },
      { id: 'audience-2', label: 'Audience 2', size: 1_000_000 },
    ]);
    valid(two);
    // After removing the first, the next one does not reuse a taken id.
    const gap = addAudience(removeAudience(two, 'audience-1').scenario, label);
    expect(gap.audiences?.map((a) => a.id)).toEqual(['audience-2', 'audience-3']);
    let full = threeItems();
    for (let i = 0; i < LIMITS.audiences.max; i++) full = addAudience(full, label);
    expect(addAudience(full, label)).toBe(full);
  });

  it('renames and resizes by id, keeping line items assigned; an edit that changes nothing returns the same scenario', () => {
    const s = addAudience(threeItems(), label);
    const assigned = { ...s, lineItems: s.lineItems.map((item) => assignAudience(item, 'audience-1', s.audiences ?? [])) };
    const renamed = updateAudience(assigned, 'audience-1', { label: 'Dutch beauty shoppers', size: 250_000 });
    expect(renamed.audiences).toEqual([{ id: 'audience-1', label: 'Dutch beauty shoppers', size: 250_000 }]);
    expect(renamed.lineItems.every((item) => item.audience === 'audience-1')).toBe(true);
    expect(updateAudience(renamed, 'audience-1', { size: 250_000 })).toBe(renamed);
    expect(updateAudience(renamed, 'nope', { size: 5 })).toBe(renamed);
    valid(renamed);
  });

  it('removing an audience unassigns exactly its line items, in one edit that still validates', () => {
    let s = addAudience(addAudience(threeItems(), label), label);
    const [first, second] = s.audiences ?? [];
    s = { ...s, lineItems: s.lineItems.map((item, i) => assignAudience(item, i < 2 ? first!.id : second!.id, s.audiences ?? [])) };
    const { scenario, removed } = removeAudience(s, 'audience-1');
    valid(scenario);
    expect(scenario.audiences?.map((a) => a.id)).toEqual(['audience-2']);
    // The key is gone, not set to undefined: a saved file must not carry "audience": null.
    expect(scenario.lineItems.map((item) => ('audience' in item ? item.audience : 'none'))).toEqual(['none', 'none', 'audience-2']);
    expect(removed).toEqual({ audience: first, index: 0, lineItemIds: ['a', 'b'] });
    // The last audience gone leaves no empty list behind, as a version 1 file has none.
    const none = removeAudience(scenario, 'audience-2').scenario;
    expect('audiences' in none).toBe(false);
    valid(none);
    expect(removeAudience(none, 'audience-2')).toEqual({ scenario: none, removed: null });
  });

  it('puts a removed audience back in place with its line items, once', () => {
    let s = addAudience(addAudience(threeItems(), label), label);
    s = { ...s, lineItems: s.lineItems.map((item) => assignAudience(item, 'audience-1', s.audiences ?? [])) };
    const { scenario, removed } = removeAudience(s, 'audience-1');
    // Meanwhile line item c was given the other audience: it stays there.
    const moved = { ...scenario, lineItems: scenario.lineItems.map((item) => (item.id === 'c' ? assignAudience(item, 'audience-2', scenario.audiences ?? []) : item)) };
    const back = restoreAudience(moved, removed!);
    expect(back.audiences?.map((a) => a.id)).toEqual(['audience-1', 'audience-2']);
    expect(back.lineItems.map((item) => item.audience)).toEqual(['audience-1', 'audience-1', 'audience-2']);
    valid(back);
    expect(restoreAudience(back, removed!)).toBe(back);
  });

  it('assigns only audiences that exist, and none', () => {
    const s = addAudience(threeItems(), label);
    const item = s.lineItems[0]!;
    expect(assignAudience(item, 'ghost', s.audiences ?? [])).toBe(item);
    const assigned = assignAudience(item, 'audience-1', s.audiences ?? []);
    expect(assigned.audience).toBe('audience-1');
    expect('audience' in assignAudience(assigned, undefined, s.audiences ?? [])).toBe(false);
  });
});

describe('optional fields and creator bounds', () => {
  it('withOptional sets a value or removes the key, and returns the same object when nothing changes', () => {
    const s = threeItems();
    const budgeted = withOptional(s, 'budget', 20_000);
    expect(budgeted.budget).toBe(20_000);
    expect(withOptional(budgeted, 'budget', 20_000)).toBe(budgeted);
    expect('budget' in withOptional(budgeted, 'budget', undefined)).toBe(false);
    expect(withOptional(s, 'budget', undefined)).toBe(s);
  });

  it('flags creators below the committed minimum or above the maximum, and nothing within or without bounds', () => {
    expect(creatorBoundsIssue({ creators: 3, minCreators: 5 })).toEqual({ kind: 'belowMin', bound: 5 });
    expect(creatorBoundsIssue({ creators: 41, minCreators: 5, maxCreators: 40 })).toEqual({ kind: 'aboveMax', bound: 40 });
    expect(creatorBoundsIssue({ creators: 40, minCreators: 5, maxCreators: 40 })).toBeNull();
    expect(creatorBoundsIssue({ creators: 0 })).toBeNull();
  });
});
