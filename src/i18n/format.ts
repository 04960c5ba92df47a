/** Locale-aware number formatting through Intl; an undefined metric (null, NaN, ±Infinity) shows "—". */

export const DASH = '—';

export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];
/** The Intl locale each interface language formats numbers with. */
export const LOCALE_OF: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

export interface Formatters {
  locale: string;
  currency: string;
  /** €1,234 (no cents above 100, cents below) */
  money(value: number | null | undefined): string;
  /** €1.2M, for axes and tight cards */
  moneyCompact(value: number | null | undefined): string;
  /** 1,234 (rounded to whole units above 100) */
  number(value: number | null | undefined): string;
  /** 1.2M */
  compact(value: number | null | undefined): string;
  /** €1.5M, €2.68M: compact to three significant digits, for a figure that must fit a card */
  moneyFit(value: number | null | undefined): string;
  /** 2.68M, 1.95M: compact to three significant digits */
  countFit(value: number | null | undefined): string;
  /** 12.5% from 0.125 */
  percent(value: number | null | undefined, digits?: number): string;
  /** 3.20× (ROAS) */
  multiple(value: number | null | undefined): string;
  /** a count that may be an expectation: 1,234 and 12 whole, 3.5 and 0.37 to two significant digits */
  count(value: number | null | undefined): string;
  /** a rate to at most three significant digits: 1.67%, 57%, 0.045% from 0.0167, 0.57, 0.00045 */
  rate(value: number | null | undefined): string;
  /** how many times as high: 62×, 1.8× (two significant digits, whole from 100) */
  times(value: number | null | undefined): string;
  /** a relative change with its sign: +4.6%, -4.6% from 0.046, -0.046 */
  percentChange(value: number | null | undefined): string;
  /** a change of a percentage in percentage points: -4.4 pp from -0.044 */
  pointChange(value: number | null | undefined): string;
}

/** "percentage points" after a signed number, per interface language (the locale's first subtag). */
const POINTS_UNIT: Record<string, string> = { en: 'pp', nl: 'procentpunt' };

const isDefined = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A word joiner (U+2060) after a minus that precedes a currency sign: browsers may otherwise wrap
 * "-€14.4k" after the hyphen in a narrow card (a hyphen before a digit never breaks). It is
 * invisible and screen readers skip it; the sign itself stays a plain hyphen-minus.
 */
const WORD_JOINER = '\u2060';
const keepSign = (text: string): string => (/^-\D/.test(text) ? `-${WORD_JOINER}${text.slice(1)}` : text);

const cache = new Map<string, Formatters>();

export function makeFormatters(locale: string, currency: string): Formatters {
  const key = `${locale}|${currency}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // An amount that rounds to zero has no sign: a budget left of -1e-12, a rounding error, reads
  // "€0.00" as on the budget card, not "-€0.00" as if it were over.
  const moneyWhole = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: 'negative' });
  const moneyCents = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: 'negative' });
  const moneyShort = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger', signDisplay: 'negative' });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger' });
  // Three significant digits, but never past the cent: a rounding error of -1e-12 reads "€0", unsigned.
  const moneyFitFmt = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3, minimumFractionDigits: 0, maximumFractionDigits: 2, roundingPriority: 'lessPrecision', signDisplay: 'negative' });
  const countFitFmt = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
  const multipleFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const twoDigits = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const rateFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 3 });
  const changeFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const pointsFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const pointsUnit = POINTS_UNIT[locale.split('-')[0] ?? 'en'] ?? POINTS_UNIT.en;
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFmt = (digits: number) => {
    let f = percents.get(digits);
    if (!f) percents.set(digits, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 })));
    return f;
  };
  const f: Formatters = {
    locale,
    currency,
    money: (v) => (isDefined(v) ? keepSign((Math.abs(v) >= 100 ? moneyWhole : moneyCents).format(v)) : DASH),
    moneyCompact: (v) => (isDefined(v) ? keepSign(moneyShort.format(v)) : DASH),
    moneyFit: (v) => (isDefined(v) ? keepSign(moneyFitFmt.format(v)) : DASH),
    countFit: (v) => (isDefined(v) ? keepSign(countFitFmt.format(v)) : DASH),
    number: (v) => (isDefined(v) ? keepSign((Math.abs(v) >= 100 ? whole : fine).format(v)) : DASH),
    compact: (v) => (isDefined(v) ? keepSign(short.format(v)) : DASH),
    percent: (v, digits = 1) => (isDefined(v) ? keepSign(percentFmt(digits).format(v)) : DASH),
    multiple: (v) => (isDefined(v) ? keepSign(`${multipleFmt.format(v)}×`) : DASH),
    count: (v) => (isDefined(v) ? keepSign((Math.abs(v) >= 10 ? whole : twoDigits).format(v)) : DASH),
    rate: (v) => (isDefined(v) ? keepSign(rateFmt.format(v)) : DASH),
    times: (v) => (isDefined(v) ? keepSign(`${(Math.abs(v) >= 100 ? whole : twoDigits).format(v)}×`) : DASH),
    percentChange: (v) => (isDefined(v) ? changeFmt.format(v) : DASH),
    // Rounded before formatting, so 0.0449999 (float noise of 4.5 points) reads 4.5, not 4.4.
    pointChange: (v) => (isDefined(v) ? `${pointsFmt.format(Math.round(v * 1e6) / 1e4)} ${pointsUnit}` : DASH),
  };
  cache.set(key, f);
  return f;
}
