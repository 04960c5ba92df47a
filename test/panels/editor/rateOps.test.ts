import { describe, expect, it } from 'vitest';
import { lineItemSchema } from '../../../src/engine/schema';
import { maxTypical, partsToRate, rateInterval, rateToParts, toggleKnown } from '../../../src/panels/editor/rateOps';

describe('rates as typical and spread', () => {
  it('convert a range to its median and ratio and back', () => {
    const parts = rateToParts({ low: 0.01, high: 0.04 });
    expect(parts.known).toBe(false);
    expect(parts.typical).toBeCloseTo(0.02, 12);
    expect(parts.spread).toBeCloseTo(4, 12);
    expect(partsToRate({ ...parts, typical: 0.03 })).toEqual({ low: 0.015, high: 0.06 });
  });

  it('give the 90% interval of the rate', () => {
    const [low, high] = rateInterval({ low: 0.1, high: 0.6 });
    expect(low).toBeCloseTo(0.1, 12);
    expect(high).toBeCloseTo(0.6, 12);
    expect(rateInterval(0.3)).toEqual([0.3, 0.3]);
  });

  it('turn a known zero into a valid range and back', () => {
    const range = toggleKnown(0, false, 1, 0.01);
    expect(lineItemSchema.shape.leadRate.safeParse(range).success).toBe(true);
    expect(toggleKnown(range, true, 1, 0.01)).toBeCloseTo(0.01, 12);
  });

  it('cap the typical value so the high end stays within the maximum', () => {
    const parts = { known: false, typical: 0.1, spread: 4 };
    expect(maxTypical(parts, 1)).toBe(0.5);
    const atCap = partsToRate({ ...parts, typical: maxTypical(parts, 1) });
    expect(typeof atCap !== 'number' && atCap.high).toBeLessThanOrEqual(1);
  });
});
