import { describe, expect, it } from 'vitest';
import { creatorPayout, isLinear, tieredCommission } from '../../src/engine/payouts/terms';

describe('per-creator payout terms (SPEC §10)', () => {
  it('a tier applies only to the sales above its threshold', () => {
    // 8% of 4,000 = 320: below the 5,000 tier nothing changes.
    expect(tieredCommission(4000, 0.08, [{ from: 5000, rate: 0.12 }])).toBeCloseTo(320, 9);
    // 8% of 8,000 + 4% of the 3,000 above 5,000 = 640 + 120 = 760.
    expect(tieredCommission(8000, 0.08, [{ from: 5000, rate: 0.12 }])).toBeCloseTo(760, 9);
    // Two tiers at 25,000: 0.08·25,000 + 0.04·20,000 + 0.03·5,000 = 2,000 + 800 + 150 = 2,950.
    expect(tieredCommission(25000, 0.08, [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }])).toBeCloseTo(2950, 9);
  });

  it('the SPEC example: tiers, a sales bonus and a binding cap together', () => {
    const terms = { commissionRate: 0.08, commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }], bonus: { metric: 'sales' as const, threshold: 10000, amount: 500 }, payoutCap: 3000 };
    // 25,000 in sales: commission 2,950 (above) + bonus 500 = 3,450, capped at 3,000, saving 450.
    const p = creatorPayout(terms, { payable: 250, sales: 25000, leads: 0 });
    expect(p.commission).toBeCloseTo(2950, 9);
    expect(p.bonus).toBe(500);
    expect(p.performance).toBe(3000);
    expect(p.capSaving).toBeCloseTo(450, 9);
    // 9,000 in sales: 720 + 160 = 880, no bonus (below 10,000), cap slack.
    const q = creatorPayout(terms, { payable: 90, sales: 9000, leads: 0 });
    expect(q.performance).toBeCloseTo(880, 9);
    expect(q.bonus).toBe(0);
    expect(q.capSaving).toBe(0);
    expect(isLinear(terms)).toBe(false);
    expect(isLinear({ commissionRate: 0.1 })).toBe(true);
  });

  it('a bonus on conversions or leads reads that metric, and is reached at the threshold itself', () => {
    expect(creatorPayout({ amountPerAction: 5, bonus: { metric: 'conversions', threshold: 20, amount: 100 } }, { payable: 20, sales: 1000, leads: 0 }).performance).toBe(200);
    expect(creatorPayout({ amountPerLead: 2, bonus: { metric: 'leads', threshold: 50, amount: 75 } }, { payable: 0, sales: 0, leads: 49 }).performance).toBe(98);
  });
});
