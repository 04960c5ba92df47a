import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { performanceOf } from '../../src/engine/payouts/performance';
import { tieredCommission, type PerformanceTerms } from '../../src/engine/payouts/terms';

const spec: PerformanceTerms = {
  commissionRate: 0.08,
  commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }],
  bonus: { metric: 'sales', threshold: 10000, amount: 500 },
  payoutCap: 3000,
};

describe('the compiled per-creator rule (docs/MODEL.md §10)', () => {
  it('prices the SPEC example and names what the terms add to the linear payout', () => {
    const rule = performanceOf(spec);
    // 25,000 in sales: linear 8% = 2,000; tiers add 0.04·20,000 + 0.03·5,000 = 950; bonus 500;
    // 3,450 capped at 3,000 saves 450. Correction = 950 + 500 − 450 = 1,000 = 3,000 − 2,000.
    expect(rule.price(250, 25000, 0)).toBe(3000);
    expect(rule.correction).toBeCloseTo(1000, 9);
    expect(rule.capSaving).toBeCloseTo(450, 9);
    expect(rule.reached).toBe(true);
    // 4,000 in sales: below every tier and the threshold, cap slack: exactly the linear 320.
    expect(rule.price(40, 4000, 0)).toBeCloseTo(320, 12);
    expect(rule.correction).toBe(0);
    expect(rule.reached).toBe(false);
  });

  it('a bonus on conversions or leads reads that metric', () => {
    const conv = performanceOf({ amountPerAction: 5, bonus: { metric: 'conversions', threshold: 20, amount: 100 } });
    expect(conv.price(20, 1000, 0)).toBe(200);
    expect(conv.correction).toBe(100);
    const leads = performanceOf({ amountPerLead: 2, bonus: { metric: 'leads', threshold: 50, amount: 75 } });
    expect(leads.price(0, 0, 49)).toBe(98);
    expect(leads.correction).toBe(0);
    expect(leads.price(0, 0, 50)).toBe(175);
    expect(performanceOf({ commissionRate: 0.1 }).linear).toBe(true);
    expect(performanceOf(spec).linear).toBe(false);
  });

  it('equals SPEC §10 written out, and the correction is the payout less its linear part', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 60000, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), (payable, sales, leads) => {
        const terms: PerformanceTerms = { ...spec, amountPerAction: 1.5, amountPerLead: 0.5 };
        const rule = performanceOf(terms);
        const uncapped = 1.5 * payable + tieredCommission(sales, 0.08, terms.commissionTiers) + 0.5 * leads + (sales >= 10000 ? 500 : 0);
        expect(rule.price(payable, sales, leads)).toBe(Math.min(3000, uncapped));
        expect(rule.correction).toBeCloseTo(rule.performance - (1.5 * payable + 0.08 * sales + 0.5 * leads), 6);
      }),
    );
  });
});
