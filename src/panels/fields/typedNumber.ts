import type { Translate } from '../../i18n/i18n';
import { parseLocaleNumber } from './numberText';

export type NumberFormat = 'number' | 'percent' | 'money';

/** The schema's bounds of one typed value. */
export interface TypedBounds {
  min: number;
  /** none when Infinity */
  max: number;
  /** the value must be strictly greater than `min` */
  minExclusive: boolean;
  /** whole numbers only */
  integer: boolean;
}

/** Percent fields are typed in percent; the rounding hides binary noise such as 7.000000000000001. */
export const toShown = (v: number, format: NumberFormat) => (format === 'percent' ? Number((v * 100).toPrecision(12)) : v);
export const fromShown = (v: number, format: NumberFormat) => (format === 'percent' ? Number((v / 100).toPrecision(12)) : v);

/**
 * Reads typed text as a value within the bounds, or says why not in the planner's language:
 * every typed field (with a slider or optional) refuses the same text with the same words.
 * `show` formats a bound as the field shows its values ("0%", "€0", "1,000,000").
 */
export function readTyped(
  text: string,
  bounds: TypedBounds,
  format: NumberFormat,
  locale: string,
  t: Translate,
  show: (v: number) => string,
): { value: number } | { message: string } {
  const shown = parseLocaleNumber(text, locale);
  if (shown === null) return { message: t('editor.error.notNumber') };
  if (bounds.integer && !Number.isInteger(shown)) return { message: t('editor.error.whole') };
  const v = fromShown(shown, format);
  if (v < bounds.min || v > bounds.max || (bounds.minExclusive && v === bounds.min)) return { message: rangeMessage(bounds, t, show) };
  return { value: v };
}

function rangeMessage({ min, max, minExclusive }: TypedBounds, t: Translate, show: (v: number) => string): string {
  const lo = show(min);
  if (!Number.isFinite(max)) return t(minExclusive ? 'editor.error.greaterThan' : 'editor.error.atLeast', { min: lo });
  return t(minExclusive ? 'editor.error.greaterBetween' : 'editor.error.between', { min: lo, max: show(max) });
}
