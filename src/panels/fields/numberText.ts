/**
 * Typed numbers in the planner's language: "0,5" and "1.234,5" in Dutch, "0.5" and "1,234.5" in
 * English. Parsing is forgiving about separators but never guesses a value from text that is not a
 * number, because a refused value must be visible to the user rather than silently changed.
 */

const separatorCache = new Map<string, { group: string; decimal: string }>();

function separators(locale: string): { group: string; decimal: string } {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f']/g;

/** The number a person typed, or null when the text is not a number. A trailing "%" is ignored. */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const { group, decimal } = separators(locale);
  let s = text.replace(SPACES, '').replace(/%$/, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  const other = decimal === '.' ? ',' : '.';
  const groupIsDot = group === '.';
  if (s.includes(decimal)) {
    s = s.split(groupIsDot ? '.' : group).join('');
    if (!groupIsDot) s = s.split(other).join('');
    s = s.replace(decimal, '.');
  } else if (s.includes(other)) {
    // Only the foreign separator: "1.000" in Dutch is a thousand, "0.5" is a half.
    const grouped = new RegExp(`^-?\\d{1,3}(\\${other}\\d{3})+$`);
    const isGrouping = other === group && grouped.test(s);
    s = isGrouping ? s.split(other).join('') : s.replace(other, '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

const inputFormatCache = new Map<string, Intl.NumberFormat>();

/**
 * Decimals a typed field shows: money to the cent; other numbers to four significant digits
 * (a median such as 24.494897% reads as 24.49), never rounding the whole part.
 */
function inputDecimals(value: number, money: boolean): number {
  const magnitude = Math.abs(value);
  if (money) return 2;
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  const wholeDigits = Math.floor(Math.log10(magnitude)) + 1;
  return Math.min(8, Math.max(0, 4 - wholeDigits));
}

/** A number as it appears in a typed field: no grouping, so it edits cleanly, and only meaningful decimals. */
export function formatForInput(value: number, locale: string, money = false): string {
  const decimals = inputDecimals(value, money);
  const key = `${locale}|${decimals}`;
  let f = inputFormatCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: decimals });
    inputFormatCache.set(key, f);
  }
  return f.format(value);
}

/** The symbol a locale writes for a currency, e.g. "€" or "US$". */
export function currencySymbol(locale: string, currency: string): string {
  const key = `${locale}|${currency}`;
  let symbol = symbolCache.get(key);
  if (symbol === undefined) {
    symbol = lookUpCurrencySymbol(locale, currency);
    symbolCache.set(key, symbol);
  }
  return symbol;
}

// Building an Intl.NumberFormat costs far more than formatting; every money field asks on each render.
const symbolCache = new Map<string, string>();

function lookUpCurrencySymbol(locale: string, currency: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}
