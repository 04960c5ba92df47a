import { note, type MeasuredPlatform, type NotePart } from './benchmarkNotes';
import type { Tier } from './vocabulary';

/**
 * Fee defaults that agree with what creators are paid per view. Price lists (BENCHMARKS §3 "Cost")
 * at typical reach work out to $60–200 per 1,000 views, while the influencer CPM benchmarks
 * (BENCHMARKS §2) are $3–61. Neither alone is the market: a price list is what is asked, a CPM
 * what is booked. The typical fee is their geometric mean (the middle on the log scale both
 * spread on), never more than the highest CPM a source reports for the platform; the range spans
 * both, from the lower of the two lows to the price list's high.
 */

type Pair = readonly [low: number, high: number];

/** Influencer CPM per 1,000 views, USD: Influencerradar for Instagram and TikTok. */
const CPM: Record<MeasuredPlatform, Record<Tier, Pair>> = {
  instagram: { nano: [5, 12], micro: [10, 20], macro: [15, 30], mega: [25, 45] },
  tiktok: { nano: [4, 10], micro: [8, 18], macro: [12, 25], mega: [20, 40] },
  // No tier split found: spread over $10–61 (Influencer Hero, Inzpire), towards the $30–100 of
  // sponsorship integrations (InstantViews) for the larger channels.
  youtube: { nano: [10, 30], micro: [15, 40], macro: [20, 50], mega: [30, 61] },
};

/** The highest influencer CPM any source gives for the platform (Nordic bookings, Inzpire). */
export const CPM_CEILING: Record<MeasuredPlatform, number> = { instagram: 42, tiktok: 35, youtube: 61 };

export interface FeeTriple {
  low: number;
  typical: number;
  high: number;
}

/** A derived fee such as 241.7 suggests a precision nobody has; 240 reads as the estimate it is. */
export const twoSignificant = (x: number): number => Number(x.toPrecision(2));
/** Two significant digits, rounded down: a capped fee must not round back above its cap. */
const twoSignificantDown = (x: number): number => {
  const rounded = twoSignificant(x);
  return rounded <= x ? rounded : Number((rounded - 10 ** (Math.floor(Math.log10(rounded)) - 1)).toPrecision(2));
};

/**
 * @param priceList the price-list fee per post (BENCHMARKS §3), USD
 * @param viewsPerPost typical views per post: typical followers × the reach range's median
 */
export function reconciledFee(platform: MeasuredPlatform, tier: Tier, priceList: FeeTriple, viewsPerPost: number): { value: FeeTriple; note: NotePart[] } {
  const [cpmLow, cpmHigh] = CPM[platform][tier];
  const perView = (cpm: number) => (cpm * viewsPerPost) / 1000;
  const cpmTypical = Math.sqrt(cpmLow * cpmHigh);
  const blended = Math.sqrt(priceList.typical * perView(cpmTypical));
  const ceiling = perView(CPM_CEILING[platform]);
  const capped = blended > ceiling;
  const value = {
    low: twoSignificant(Math.min(priceList.low, perView(cpmLow))),
    typical: capped ? twoSignificantDown(ceiling) : twoSignificant(blended),
    high: twoSignificant(Math.max(priceList.high, perView(cpmHigh))),
  };
  const parts = [
    note(`benchmark.fee.priceList.${platform}`, { typical: priceList.typical }),
    ...(tier === 'mega' ? [] : [note('benchmark.fee.seed003')]),
    note(`benchmark.fee.cpm.${platform}`, { cpmLow, cpmHigh, views: Math.round(viewsPerPost), implied: twoSignificant(perView(cpmTypical)) }),
    note('benchmark.fee.blend', { typical: value.typical, cpm: Math.round((value.typical / viewsPerPost) * 1000) }),
    ...(capped ? [note('benchmark.fee.capped', { ceiling: CPM_CEILING[platform] })] : []),
    note('benchmark.usdPerPost'),
  ];
  return { value, note: parts };
}
