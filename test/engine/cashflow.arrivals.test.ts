import { describe, expect, it } from 'vitest';
import { arrivalShares, horizonWeek, postLiveWeek, postsPerWeek } from '../../src/engine/cashflow/arrivals';
import { PLATFORMS } from '../../src/engine/schema';

describe('postLiveWeek', () => {
  it('spreads the posts over the campaign weeks', () => {
    // W = 8, P = 3: ⌊0.5·8/3⌋ + 1 = ⌊1.33⌋ + 1 = 2, ⌊1.5·8/3⌋ + 1 = 5, ⌊2.5·8/3⌋ + 1 = ⌊6.67⌋ + 1 = 7.
    expect([1, 2, 3].map((k) => postLiveWeek(k, 3, 8))).toEqual([2, 5, 7]);
    // W = 2, P = 2: ⌊0.5⌋ + 1 = 1 and ⌊1.5⌋ + 1 = 2.
    expect([1, 2].map((k) => postLiveWeek(k, 2, 2))).toEqual([1, 2]);
  });

  it('puts several posts in one week when there are more posts than weeks', () => {
    // W = 2, P = 5: (k − ½)·2/5 = 0.2, 0.6, 1.0, 1.4, 1.8 → weeks 1, 1, 2, 2, 2.
    expect(postsPerWeek(5, 2)).toEqual([0, 2, 3]);
  });
});

describe('arrivalShares', () => {
  it('halves each week for a one-week half-life, with the remainder in the horizon week', () => {
    // 'other': h = 1, d = ½. One post (W = 1, P = 1) goes live in week 1: ½, ¼, ⅛, … and the
    // horizon week 27 takes what is left after 26 weeks, d^26 = 2^−26.
    const shares = arrivalShares('other', 1, 1);
    expect(horizonWeek(1)).toBe(27);
    expect(shares).toHaveLength(28);
    expect(shares.slice(0, 4)).toEqual([0, 0.5, 0.25, 0.125]);
    expect(shares[26]).toBeCloseTo(2 ** -26, 20);
    expect(shares[27]).toBeCloseTo(2 ** -26, 20);
  });

  it('uses a quarter remaining per week for Instagram (h = ½, d = ¼)', () => {
    const shares = arrivalShares('instagram', 1, 1);
    expect(shares[1]).toBeCloseTo(0.75, 15);
    expect(shares[2]).toBeCloseTo(0.1875, 15);
  });

  it('sums to one on every platform, and to zero without posts', () => {
    for (const platform of PLATFORMS)
      for (const [posts, weeks] of [[1, 1], [3, 8], [7, 104], [40, 3]] as const)
        expect(arrivalShares(platform, posts, weeks).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(arrivalShares('youtube', 0, 8).every((s) => s === 0)).toBe(true);
  });
});
