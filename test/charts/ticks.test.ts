import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, powersOfTen, thinTicks } from '../../src/charts/ticks';

describe('thinTicks', () => {
  it('keeps every tick when labels have room', () => {
    expect(thinTicks([0, 100, 200, 300], [30, 30, 30, 30])).toEqual([0, 1, 2, 3]);
  });
  it('keeps every other tick when neighbours would overlap, and never lets kept labels touch', () => {
    const positions = [0, 40, 80, 120, 160];
    const sizes = positions.map(() => 50);
    const kept = thinTicks(positions, sizes, 8);
    expect(kept).toEqual([0, 2, 4]);
    for (let i = 1; i < kept.length; i++) {
      const a = kept[i - 1]!;
      const b = kept[i]!;
      expect(positions[b]! - positions[a]!).toBeGreaterThanOrEqual((sizes[a]! + sizes[b]!) / 2 + 8);
    }
  });
  it('falls back to the first tick when nothing fits, and to nothing without ticks', () => {
    expect(thinTicks([0, 1, 2], [500, 500, 500])).toEqual([0]);
    expect(thinTicks([], [])).toEqual([]);
  });
});

describe('tick helpers', () => {
  it('gives powers of ten spanning the data for log axes', () => {
    expect(powersOfTen(1, 939_951)).toEqual([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]);
  });
  it('estimates wider text for longer labels', () => {
    expect(estimateTextWidth('€10,000', 12)).toBeGreaterThan(estimateTextWidth('€0', 12));
  });
});

describe('fitText', () => {
  it('keeps a label that fits and cuts one that does not, ellipsis included', () => {
    // At 10 px a character is estimated at 6 px: 60 px holds 10 characters, 9 plus the ellipsis.
    expect(fitText('Short', 60, 10)).toBe('Short');
    expect(fitText('Micro creators on Instagram', 60, 10)).toBe('Micro cre…');
    expect(estimateTextWidth(fitText('Micro creators on Instagram', 60, 10), 10)).toBeLessThanOrEqual(60);
  });
});
