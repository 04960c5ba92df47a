import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/engine/allocation/task';
import { scenarioSchema } from '../../../src/engine/schema';
import { recordState, withAllocationSetting, withBudget, withCreatorBound } from '../../../src/panels/allocate/allocationOps';
import type { AllocationRecord } from '../../../src/store';
import { allocationScenario } from '../../engine/allocation/fixtures';

const base = allocationScenario([{ id: 'a', followers: 40000, fee: 170, max: 5 }, { id: 'b', followers: 250000, fee: 1150 }], { budget: 9000, trials: 500 });

describe('the allocator settings as scenario edits', () => {
  it('sets and clears a setting; the last one cleared leaves no allocation object; the file stays valid', () => {
    const one = withAllocationSetting(base, 'maxLossProbability', 0.1);
    expect(one.allocation).toEqual({ maxLossProbability: 0.1 });
    const two = withAllocationSetting(one, 'objective', 'profitP5');
    expect(two.allocation).toEqual({ maxLossProbability: 0.1, objective: 'profitP5' });
    const cleared = withAllocationSetting(withAllocationSetting(two, 'objective', undefined), 'maxLossProbability', undefined);
    expect('allocation' in cleared).toBe(false);
    expect(scenarioSchema.safeParse(two).success).toBe(true);
  });

  it('an edit that changes nothing returns the same scenario, so it records no undo step', () => {
    expect(withAllocationSetting(base, 'maxCpa', undefined)).toBe(base);
    const set = withAllocationSetting(base, 'maxCpa', 12);
    expect(withAllocationSetting(set, 'maxCpa', 12)).toBe(set);
    expect(withBudget(base, 9000)).toBe(base);
    expect(withCreatorBound(base, 'a', 'maxCreators', 5)).toBe(base);
  });

  it('removing the budget leaves the key out (a file with "budget": null would not validate)', () => {
    const none = withBudget(base, undefined);
    expect('budget' in none).toBe(false);
    expect(scenarioSchema.safeParse(none).success).toBe(true);
  });

  it('changes one line item’s bound and no other', () => {
    const next = withCreatorBound(base, 'b', 'maxCreators', 2);
    expect(next.lineItems.map((li) => li.maxCreators)).toEqual([5, 2]);
    expect(next.lineItems[0]).toBe(base.lineItems[0]);
    expect(withCreatorBound(next, 'a', 'maxCreators', undefined).lineItems[0]).not.toHaveProperty('maxCreators');
  });
});

describe('whether a recommended split still belongs to the scenario', () => {
  const out = allocate(base);
  if (!out.ok) throw new Error(out.reason);
  const record: AllocationRecord = { of: base, result: out.result, before: out.result.result.monteCarlo, applied: null };

  it('is current for the very scenario allocated, stale after any edit, applied once the split is in', () => {
    expect(recordState(record, base)).toBe('current');
    expect(recordState(record, { ...base })).toBe('stale');
    expect(recordState(record, withBudget(base, 9001))).toBe('stale');
    const applied = { ...record, applied: { scenario: out.result.scenario, as: 'here' as const } };
    expect(recordState(applied, out.result.scenario)).toBe('applied');
    expect(recordState(applied, base)).toBe('current');
  });
});
