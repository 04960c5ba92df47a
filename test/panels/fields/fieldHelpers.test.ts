import { describe, expect, it } from 'vitest';
import { formatForInput, parseLocaleNumber } from '../../../src/panels/fields/numberText';
import { fromPosition, toPosition } from '../../../src/panels/fields/sliderScale';

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
