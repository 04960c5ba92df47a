import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPoint } from '../../src/engine/point';
import { buildScenario, lineItemInput, type LineItemInput } from '../fixtures/scenario';

/** Properties of the v3 payment terms in the typical case (docs/MODEL.md §10). */
const volumes = fc.record({
  creators: fc.integer({ min: 1, max: 50 }),
  followers: fc.integer({ min: 0, max: 1_000_000 }),
  posts: fc.integer({ min: 0, max: 10 }),
  conversionRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
  leadRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
});
const performance = fc.record({
  amountPerAction: fc.double({ min: 0, max: 100, noNaN: true }),
  commissionRate: fc.double({ min: 0, max: 1, noNaN: true }),
  amountPerLead: fc.double({ min: 0, max: 50, noNaN: true }),
});
type Payment = LineItemInput['payment'];
const cost = (v: Partial<LineItemInput>, payment: Payment) => projectPoint(buildScenario({ lineItems: [lineItemInput({ ...v, payment })] })).totals.cost;
const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe('v3 payment terms, as properties', () => {
  it('without tiers, bonus or cap results are those of §4; a slack cap and a zero bonus change nothing', () => {
    fc.assert(
      fc.property(volumes, performance, (v, p) => {
        const plain = projectPoint(buildScenario({ lineItems: [lineItemInput({ ...v, payment: { model: 'hybrid', feePerPost: 10, ...p } })] }));
        const linear = projectPoint(buildScenario({ lineItems: [lineItemInput({ ...v, payment: { model: 'hybrid', feePerPost: 10, ...p, commissionTiers: [] } })] }));
        expect(linear).toEqual(plain);
        expect(plain.totals.payoutBreakdown.bonuses).toBe(0);
        expect(plain.totals.payoutBreakdown.capSavings).toBe(0);
        const padded = cost(v, { model: 'hybrid', feePerPost: 10, ...p, payoutCap: 1e12, bonus: { metric: 'sales', threshold: 1, amount: 0 } });
        expect(Math.abs(padded - plain.totals.cost)).toBeLessThanOrEqual(tolerance(plain.totals.cost));
      }),
      { numRuns: 200 },
    );
  });

  it('a cap never raises the cost', () => {
    fc.assert(
      fc.property(volumes, performance, fc.double({ min: 0, max: 10_000, noNaN: true }), (v, p, cap) => {
        const uncapped = cost(v, { model: 'hybrid', feePerPost: 10, ...p, bonus: { metric: 'conversions', threshold: 3, amount: 40 } });
        const capped = cost(v, { model: 'hybrid', feePerPost: 10, ...p, bonus: { metric: 'conversions', threshold: 3, amount: 40 }, payoutCap: cap });
        expect(capped).toBeLessThanOrEqual(uncapped + tolerance(uncapped));
      }),
      { numRuns: 200 },
    );
  });

  it('a higher tier rate never lowers the cost', () => {
    fc.assert(
      fc.property(volumes, performance, fc.double({ min: 1, max: 50_000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (v, p, from, r1, r2) => {
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const at = (rate: number) => cost(v, { model: 'cps', commissionRate: p.commissionRate, commissionTiers: [{ from, rate }], payoutCap: 5000 });
        expect(at(high)).toBeGreaterThanOrEqual(at(low) - tolerance(at(low)));
      }),
      { numRuns: 200 },
    );
  });
});
