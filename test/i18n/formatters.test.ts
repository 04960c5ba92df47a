import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../src/i18n/format';
import { pluralKey } from '../../src/i18n/plural';

const en = makeFormatters('en-GB', 'EUR');
const nl = makeFormatters('nl-NL', 'EUR');
const NBSP = '\u00a0';
const WJ = '\u2060';

describe('count', () => {
  it('keeps counts of ten and more whole and smaller expectations to two significant digits', () => {
    expect(en.count(1234567.4)).toBe('1,234,567');
    expect(en.count(12.4)).toBe('12');
    expect(en.count(149.5)).toBe('150');
    expect(en.count(3.456)).toBe('3.5');
    expect(en.count(0.0123)).toBe('0.012');
    expect(en.count(0)).toBe('0');
    expect(nl.count(1234567.4)).toBe('1.234.567');
    expect(nl.count(3.456)).toBe('3,5');
  });
});

describe('rate', () => {
  it('shows at most three significant digits', () => {
    expect(en.rate(0.0167)).toBe('1.67%');
    expect(en.rate(0.5712)).toBe('57.1%');
    expect(en.rate(0.57)).toBe('57%');
    expect(en.rate(0.00045)).toBe('0.045%');
    expect(en.rate(0.123456)).toBe('12.3%');
    expect(nl.rate(0.0167)).toBe('1,67%');
    expect(nl.rate(0.00045)).toBe('0,045%');
  });
});

describe('times', () => {
  it('reads a multiple to two significant digits, whole from 100', () => {
    expect(en.times(61.83)).toBe('62×');
    expect(en.times(4 / 3)).toBe('1.3×');
    expect(en.times(333.33)).toBe('333×');
    expect(nl.times(4 / 3)).toBe('1,3×');
  });
});

describe('percentChange and pointChange', () => {
  it('keep a relative change and a change in percentage points apart', () => {
    // ROI from 95.6% to 91.2%: 4.4 points down, 4.4 / 95.6 = 4.6% down.
    expect(en.pointChange(0.912 - 0.956)).toBe('-4.4 pp');
    expect(en.percentChange((0.912 - 0.956) / 0.956)).toBe('-4.6%');
    expect(en.pointChange(0.045)).toBe('+4.5 pp');
    expect(en.percentChange(0.2)).toBe('+20%');
    expect(en.percentChange(0)).toBe('0%');
    expect(nl.pointChange(-0.044)).toBe('-4,4 procentpunt');
    expect(nl.percentChange(-0.046)).toBe('-4,6%');
  });
  it('show a dash when undefined', () => {
    for (const v of [null, undefined, NaN, Infinity]) {
      expect(en.count(v)).toBe('—');
      expect(en.rate(v)).toBe('—');
      expect(en.times(v)).toBe('—');
      expect(en.percentChange(v)).toBe('—');
      expect(nl.pointChange(v)).toBe('—');
    }
  });
});

describe('money', () => {
  it('gives an amount that rounds to zero no sign, so a rounding error is not read as a loss or an overspend', () => {
    // -1e-12 is a budget left a rounding error past the budget; -0.004 is under half a cent.
    for (const v of [-1e-12, -0.004, -0]) {
      expect(en.money(v)).toBe('€0.00');
      expect(nl.money(v)).toBe(`€${NBSP}0,00`);
      expect(en.moneyCompact(v)).toBe('€0');
    }
    // Half a cent rounds to a cent: a real amount keeps its sign.
    expect(en.money(-0.005)).toBe(`-${WJ}€0.01`);
    expect(en.money(-340)).toBe(`-${WJ}€340`);
  });
});

describe('compact money', () => {
  it('shortens seven-digit amounts for a card', () => {
    // ICU builds spell the million differently (€1.5M, €1.5m); Dutch writes "mln.".
    expect(en.moneyCompact(1502500)).toMatch(/^€1\.5M$/i);
    expect(en.moneyCompact(-1502500)).toMatch(new RegExp(`^-${WJ}€1\\.5M$`, 'i'));
    expect(nl.moneyCompact(1502500)).toBe(`€${NBSP}1,5${NBSP}mln.`);
    expect(en.money(1502500)).toBe('€1,502,500');
    expect(nl.money(1502500)).toBe(`€${NBSP}1.502.500`);
  });
  it('fits a card to three significant digits', () => {
    expect(en.moneyFit(1502500)).toMatch(/^€1\.5M$/i);
    expect(en.countFit(2683282)).toMatch(/^2\.68M$/i);
    expect(en.countFit(123456789)).toMatch(/^123M$/i);
    expect(nl.countFit(2683282)).toBe(`2,68${NBSP}mln.`);
    expect(nl.moneyFit(-1502500)).toBe(`-${WJ}€${NBSP}1,5${NBSP}mln.`);
    // Never past the cent, and no sign on what rounds to zero: 12.345 has three digits at €12.3.
    expect(en.moneyFit(-1e-12)).toBe('€0');
    expect(en.moneyFit(12.345)).toBe('€12.3');
    expect(en.moneyFit(-0.3)).toBe(`-${WJ}€0.3`);
  });
});

describe('pluralKey', () => {
  it('picks the singular for exactly one in English and Dutch, the plural otherwise', () => {
    expect(pluralKey('en-GB', 'x', 1)).toBe('x.one');
    expect(pluralKey('en-GB', 'x', 2)).toBe('x.other');
    expect(pluralKey('en-GB', 'x', 0)).toBe('x.other');
    expect(pluralKey('en-GB', 'x', 1.5)).toBe('x.other');
    expect(pluralKey('nl-NL', 'x', 1)).toBe('x.one');
    expect(pluralKey('nl-NL', 'x', 3)).toBe('x.other');
  });
});
