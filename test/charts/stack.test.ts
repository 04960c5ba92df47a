import { describe, expect, it } from 'vitest';
import { capSaving, partsInUse, stackPayout } from '../../src/charts/stack';

const breakdown = { fixedFees: 1200, gifts: 0, perAction: 300, commission: 450.5, perLead: 0, bonuses: 0, capSavings: 0 };

describe('stackPayout', () => {
  it('stacks the used payment components end to end in a fixed order', () => {
    expect(stackPayout(breakdown)).toEqual([
      { key: 'fixedFees', x0: 0, x1: 1200, value: 1200 },
      { key: 'perAction', x0: 1200, x1: 1500, value: 300 },
      { key: 'commission', x0: 1500, x1: 1950.5, value: 450.5 },
    ]);
  });
  it('ends at the total payout and is empty when nothing is paid', () => {
    const segments = stackPayout(breakdown);
    expect(segments[segments.length - 1]?.x1).toBe(1950.5);
    expect(stackPayout({ fixedFees: 0, gifts: 0, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 })).toEqual([]);
  });
  it('stacks bonuses before the cap and marks what the cap saved as the last stretch', () => {
    // €1,200 fees + €450.50 commission + €600 bonuses = €2,250.50 before the cap; the cap saves €250.50 → €2,000 paid.
    const capped = { ...breakdown, perAction: 0, bonuses: 600, capSavings: 250.5 };
    expect(stackPayout(capped).map((s) => [s.key, s.x1])).toEqual([['fixedFees', 1200], ['commission', 1650.5], ['bonuses', 2250.5]]);
    expect(capSaving(capped)).toEqual({ x0: 2000, x1: 2250.5, value: 250.5 });
    expect(capSaving(breakdown)).toBeNull();
  });
  it('lists for the legend only the components some line item uses', () => {
    expect(partsInUse([breakdown, { fixedFees: 0, gifts: 80, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 }])).toEqual([
      'fixedFees',
      'gifts',
      'perAction',
      'commission',
    ]);
  });
});
