import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/engine/allocation/task';
import type { AllocationOverrides } from '../../../src/engine/allocation/settings';
import type { AllocationResult, Binding } from '../../../src/engine/allocation/types';
import { runMonteCarlo } from '../../../src/engine/monteCarlo';
import { makeFormatters, LOCALE_OF } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/i18n';
import { bindingSentences } from '../../../src/panels/allocate/bindingWords';
import { allocationScenario, type ItemOptions } from '../../engine/allocation/fixtures';

const ITEMS: ItemOptions[] = [
  { id: 'micro', followers: 40000, fee: 170, max: 30 },
  { id: 'macro', followers: 250000, fee: 1150, max: 3 },
];

function allocated(items: ItemOptions[], budget: number, overrides: AllocationOverrides = {}): AllocationResult {
  const out = allocate(allocationScenario(items, { budget, trials: 1000 }), overrides);
  if (!out.ok) throw new Error(out.reason);
  return out.result;
}

const en = (r: AllocationResult) => bindingSentences(r, translator('en'), makeFormatters(LOCALE_OF.en, 'EUR'));
const nl = (r: AllocationResult) => bindingSentences(r, translator('nl'), makeFormatters(LOCALE_OF.nl, 'EUR'));

/** One real allocation, its verdict replaced: the words depend only on the verdict, the settings and the figures. */
const real = allocated(ITEMS, 20_000);
const saying = (status: AllocationResult['status'], binding: Binding[], patch: Partial<AllocationResult> = {}): AllocationResult => ({ ...real, ...patch, status, binding });

describe('what limits the plan, in plain words', () => {
  it('names the budget and a line item at its maximum by tier and platform, joined as a sentence', () => {
    // The fixture's two line items are both micro creators on Instagram, so the label (here empty, so the id) tells them apart.
    const r = saying('optimal', ['budget', 'maxCreators:micro']);
    expect(en(r)).toEqual(['The budget and the 30 available creators of “micro” limit this plan.']);
    expect(nl(r)).toEqual(['Het budget en de 30 beschikbare creators van “micro” begrenzen dit plan.']);
  });

  it('says "the 30 available micro creators on Instagram" where tier and platform tell the line item apart', () => {
    const scenario = { ...real.scenario, lineItems: real.scenario.lineItems.map((li) => (li.id === 'macro' ? { ...li, tier: 'macro' as const } : li)) };
    const r = saying('best-found', ['budget', 'maxCreators:micro'], { scenario });
    expect(en(r)).toEqual(['The budget and the 30 available micro creators on Instagram limit this plan.']);
    expect(nl(r)).toEqual(['Het budget en de 30 beschikbare micro-creators op Instagram begrenzen dit plan.']);
    expect(en(saying('best-found', ['maxCreators:macro'], { scenario }))).toEqual(['The 3 available macro creators on Instagram limits this plan.']);
  });

  it('one constraint takes the singular verb; none says that nothing would improve the plan', () => {
    expect(en(saying('optimal', ['budget']))).toEqual(['The budget limits this plan.']);
    expect(nl(saying('optimal', ['budget']))).toEqual(['Het budget begrenst dit plan.']);
    expect(en(saying('optimal', []))).toEqual(['Nothing limits this plan: one creator more or fewer in any line item would not improve it.']);
  });

  it('a loss limit that binds gives its value', () => {
    const settings = { ...real.settings, maxLossProbability: 0.1 };
    expect(en(saying('best-found', ['budget', 'maxLossProbability'], { settings }))).toEqual(['The budget and the limit on the chance of loss (10%) limit this plan.']);
  });

  it('an infeasible limit says how close the closest split comes, from its simulation', () => {
    const settings = { ...real.settings, maxLossProbability: 0.1, maxCpa: 5, minReach: 2_000_000 };
    const monteCarlo = { ...real.result.monteCarlo, probabilityOfLoss: 0.1432 };
    const result = { ...real.result, monteCarlo };
    const r = saying('infeasible', ['maxLossProbability', 'maxCpa', 'minReach'], { settings, result });
    const m = monteCarlo.metrics;
    const cpa = makeFormatters(LOCALE_OF.en, 'EUR').money(m.cost.mean! / m.conversions.mean!);
    expect(en(r)).toEqual([
      'No split keeps the chance of loss under 10%: the closest is 14.3%.',
      `No split keeps the CPA under €5.00: the closest is ${cpa}.`,
      `No split reaches 2,000,000 people: the closest reaches ${makeFormatters(LOCALE_OF.en, 'EUR').number(m.reach.mean)}.`,
    ]);
    expect(nl(r)[0]).toBe('Geen verdeling houdt de kans op verlies onder 10%: de dichtstbijzijnde komt op 14,3%.');
  });
});

describe('the words of real infeasible allocations', () => {
  it('minimums over the budget: their cost, overheads included, beside the budget', () => {
    // The minimums: 4 × 2 posts × 170 = 1,360 in fees and 1 × 2 × 1,150 = 2,300, plus commission and 1,500 of overheads.
    const r = allocated([{ ...ITEMS[0]!, min: 4 }, { ...ITEMS[1]!, min: 1 }], 3000);
    expect(r.status).toBe('infeasible');
    const cost = makeFormatters(LOCALE_OF.en, 'EUR').money(r.result.point.totals.cost);
    expect(r.result.point.totals.cost).toBeGreaterThan(1360 + 2300 + 1500);
    expect(en(r)[0]).toBe(`The committed minimum creators and the overheads cost ${cost}, more than the budget of €3,000: no split fits. This is the least costly one.`);
  });

  it('a loss limit nothing meets: the closest chance of loss is the one the allocated scenario simulates to', () => {
    // test/engine/allocation/behaviour.test.ts shows this plan cannot get its chance of loss to 0.1%.
    const items: ItemOptions[] = [
      { id: 'steady', followers: 30000, fee: 150, max: 10, reach: { low: 0.2, high: 0.3 }, click: { low: 0.008, high: 0.012 }, conversion: { low: 0.05, high: 0.07 } },
      { id: 'risky', followers: 30000, fee: 150, max: 10, reach: { low: 0.05, high: 0.8 }, click: { low: 0.002, high: 0.03 }, conversion: { low: 0.01, high: 0.2 } },
    ];
    const out = allocate(allocationScenario(items, { budget: 4000, trials: 4000, overheads: 800 }), { maxLossProbability: 0.001 });
    if (!out.ok) throw new Error(out.reason);
    expect(out.result.status).toBe('infeasible');
    const closest = runMonteCarlo(out.result.scenario).probabilityOfLoss;
    expect(en(out.result)).toEqual([`No split keeps the chance of loss under 0.1%: the closest is ${makeFormatters(LOCALE_OF.en, 'EUR').rate(closest)}.`]);
  });
});
