import { describe, expect, it } from 'vitest';
import { lineItemSchema } from '../../../src/engine/schema';
import { formatForInput, parseLocaleNumber } from '../../../src/panels/editor/numberText';
import { maxTypical, partsToRate, rateInterval, rateToParts, toggleKnown } from '../../../src/panels/editor/rateOps';
import { fromPosition, toPosition } from '../../../src/panels/editor/sliderScale';

describe('typed numbers', () => {
  it('read English and Dutch separators', () => {
    expect(parseLocaleNumber('1,234.5', 'en-GB')).toBe(1234.5);
    expect(parseLocaleNumber('0.5', 'en-GB')).toBe(0.5);
    expect(parseLocaleNumber('1.234,5', 'nl-NL')).toBe(1234.5);
    expect(parseLocaleNumber('0,5', 'nl-NL')).toBe(0.5);
    expect(parseLocaleNumber('1.000', 'nl-NL')).toBe(1000);
    expect(parseLocaleNumber('0.5', 'nl-NL')).toBe(0.5);
    expect(parseLocaleNumber(' 12 % ', 'en-GB')).toBe(12);
  });

  it('refuse text that is not a number', () => {
    for (const text of ['', 'abc', '1..2', '12abc', '--3']) expect(parseLocaleNumber(text, 'en-GB')).toBeNull();
  });

  it('write numbers without grouping in the locale', () => {
    expect(formatForInput(40000, 'en-GB')).toBe('40000');
    expect(formatForInput(12.5, 'nl-NL')).toBe('12,5');
    expect(formatForInput(24.494897, 'en-GB')).toBe('24.49');
    expect(formatForInput(0.4472136, 'en-GB')).toBe('0.4472');
    expect(formatForInput(1234.567, 'en-GB', true)).toBe('1234.57');
  });
});

describe('slider scales', () => {
  const linear = { scale: 'linear' as const, min: 0, max: 1, step: 0.005 };
  const log = { scale: 'log' as const, min: 100, max: 100_000_000, step: 1 };
  it('map linear positions to values on the step', () => {
    expect(fromPosition(0.355, linear)).toBe(0.355);
    expect(toPosition(2, linear)).toBe(1);
  });
  it('map log positions to round values and back', () => {
    expect(fromPosition(0, log)).toBe(100);
    expect(fromPosition(1000, log)).toBe(100_000_000);
    const p = toPosition(40_000, log);
    expect(fromPosition(p, log)).toBeCloseTo(40_000, -3);
    expect(toPosition(0, log)).toBe(0);
  });
});

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
