import type { Platform } from './schema';

/**
 * Which benchmark a default came from, as a message key and the numbers it quotes. The engine
 * names the note; the app words it in the planner's language (src/i18n/messages/benchmarks.ts),
 * so every key here has an English and a Dutch text.
 */
export type MeasuredPlatform = Exclude<Platform, 'other'>;
type RateNote = 'reach' | 'er' | 'ctr' | 'cvr';

export type BenchmarkNoteKey =
  | 'benchmark.followers.standard'
  | 'benchmark.followers.agency'
  | `benchmark.${RateNote}.${MeasuredPlatform}`
  | 'benchmark.er.perView'
  | `benchmark.fee.priceList.${MeasuredPlatform}`
  | 'benchmark.fee.seed003'
  | `benchmark.fee.cpm.${MeasuredPlatform}`
  | 'benchmark.fee.blend'
  | 'benchmark.fee.capped'
  | 'benchmark.other'
  | 'benchmark.usdPerPost';

export interface NotePart {
  key: BenchmarkNoteKey;
  /** numbers the text quotes, by placeholder name; the app formats them for its locale */
  vars?: Readonly<Record<string, number>>;
}

export const note = (key: BenchmarkNoteKey, vars?: Record<string, number>): NotePart => (vars ? { key, vars } : { key });
