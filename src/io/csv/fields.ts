import { LIMITS } from '../../engine/limits';
import type { CsvCode } from '../../engine/roster/csvRules';
import type { RuleParams } from '../../engine/validationRules';
import { TIERS, type Platform, type Tier } from '../../engine/vocabulary';
import { normalizeName, type Column } from './columns';
import { NUMBER_EXAMPLE, readAmount, readNumber, readRate, type Dialect } from './numbers';

/**
 * One cell read by the rule of its field (docs/MODEL.md §3 and §9): a value, or the rule it breaks.
 * Cells arrive trimmed and non-empty; an empty cell is the reader's business (optional or required).
 */

export type Cell<T> = { ok: true; value: T; percent?: boolean } | { ok: false; code: CsvCode; params?: RuleParams };

const refuse = (code: CsvCode, params?: RuleParams): Cell<never> => (params ? { ok: false, code, params } : { ok: false, code });

const PLATFORM_VALUES: Record<string, Platform> = {
  instagram: 'instagram', ig: 'instagram',
  tiktok: 'tiktok', tt: 'tiktok',
  youtube: 'youtube', yt: 'youtube',
  other: 'other', overig: 'other', blog: 'other', podcast: 'other',
};
const PLATFORM_OPTIONS = 'instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast)';

function platform(text: string): Cell<Platform> {
  const value = PLATFORM_VALUES[normalizeName(text)];
  return value ? { ok: true, value } : refuse('oneOf', { options: PLATFORM_OPTIONS });
}

function tier(text: string): Cell<Tier> {
  const value = normalizeName(text);
  return (TIERS as readonly string[]).includes(value) ? { ok: true, value: value as Tier } : refuse('oneOf', { options: TIERS.join(', ') });
}

function text(value: string): Cell<string> {
  return value.length > LIMITS.labelLength ? refuse('maxChars', { max: LIMITS.labelLength }) : { ok: true, value };
}

function number(value: number | null, dialect: Dialect, min: number, max: number, whole: boolean): Cell<number> {
  if (value === null) return refuse('csvNumber', { example: NUMBER_EXAMPLE[dialect] });
  if (value < min) return refuse('atLeast', { min });
  if (value > max) return refuse('atMost', { max });
  if (whole && !Number.isInteger(value)) return refuse('whole');
  return { ok: true, value };
}

function rate(cell: string, dialect: Dialect, max: number, bareIsShare: boolean): Cell<number> {
  const reading = readRate(cell, dialect, bareIsShare);
  if (reading === null) return refuse('csvNumber', { example: NUMBER_EXAMPLE[dialect] });
  // A share up to 1 is at most 100%; saying so in percent fits what the cell most likely meant.
  if (reading.value < 0 || reading.value > max) return refuse('between', max === 1 ? { min: '0%', max: '100%' } : { min: 0, max });
  return { ok: true, value: reading.value, percent: reading.percent };
}

export type ColumnValue = string | number;

/** Reads one non-empty, trimmed cell of a column. */
export function readCell(column: Column, cell: string, dialect: Dialect): Cell<ColumnValue> {
  switch (column) {
    case 'name':
    case 'audience':
      return text(cell);
    case 'platform':
      return platform(cell);
    case 'tier':
      return tier(cell);
    case 'followers':
      return number(readNumber(cell, dialect), dialect, LIMITS.followers.min, LIMITS.followers.max, true);
    case 'posts':
      return number(readNumber(cell, dialect), dialect, LIMITS.posts.min, LIMITS.posts.max, true);
    case 'reachRate':
      return rate(cell, dialect, LIMITS.reachRate.max, true);
    case 'engagementRate':
    case 'clickRate':
    case 'conversionRate':
    case 'commissionRate':
      return rate(cell, dialect, LIMITS.rate.max, false);
    case 'feePerPost':
    case 'giftCost':
    case 'amountPerAction':
      return number(readAmount(cell, dialect), dialect, LIMITS.amount.min, LIMITS.amount.max, false);
    case 'impressions':
    case 'clicks':
    case 'orders':
    case 'leads':
      // Counts of a past campaign: never negative, bounded like amounts so that no sum overflows.
      return number(readNumber(cell, dialect), dialect, 0, LIMITS.amount.max, false);
  }
}
