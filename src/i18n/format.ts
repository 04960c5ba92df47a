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
  /** 12.5% from 0.125 */
  percent(value: number | null | undefined, digits?: number): string;
  /** 3.20× (ROAS) */
  multiple(value: number | null | undefined): string;
}

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
  const moneyWhole = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const moneyCents = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const moneyShort = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger' });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, trailingZeroDisplay: 'stripIfInteger' });
  const multipleFmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
    number: (v) => (isDefined(v) ? keepSign((Math.abs(v) >= 100 ? whole : fine).format(v)) : DASH),
    compact: (v) => (isDefined(v) ? keepSign(short.format(v)) : DASH),
    percent: (v, digits = 1) => (isDefined(v) ? keepSign(percentFmt(digits).format(v)) : DASH),
    multiple: (v) => (isDefined(v) ? keepSign(`${multipleFmt.format(v)}×`) : DASH),
  };
  cache.set(key, f);
  return f;
}
