import type { Platform } from '../schema';

/** Weeks after going live by which half of a post's conversions have arrived (docs/MODEL.md §6). */
export const HALF_LIFE_WEEKS: Record<Platform, number> = { instagram: 0.5, tiktok: 0.5, youtube: 1.5, other: 1 };

/** Weeks after the campaign during which conversions still arrive. */
export const TAIL_WEEKS = 26;

/**
 * The last week in which conversions arrive. docs/MODEL.md §6 says "the horizon is W + 26 weeks" and lets
 * the series run to week W + 26 + payoutDelayWeeks; campaign weeks are numbered from 1 (week 0
 * is before launch), so the horizon's last week is week W + 26: performance payouts earned then
 * are paid exactly in the series' last week, and nothing earned is ever cut off.
 */
export function horizonWeek(weeks: number): number {
  return weeks + TAIL_WEEKS;
}

/** Week in which post k (1…P) of each creator goes live: ⌊(k − ½) · W / P⌋ + 1, always in 1…W. */
export function postLiveWeek(k: number, posts: number, weeks: number): number {
  return Math.floor(((k - 0.5) * weeks) / posts) + 1;
}

/** How many of the P posts go live in each week 0…W (week 0 always holds none). */
export function postsPerWeek(posts: number, weeks: number): number[] {
  const counts = new Array<number>(weeks + 1).fill(0);
  for (let k = 1; k <= posts; k++) {
    const week = postLiveWeek(k, posts, weeks);
    counts[week] = (counts[week] ?? 0) + 1;
  }
  return counts;
}

/**
 * Share of a line item's conversions and leads that arrives in each week 0…horizon. Each post
 * carries 1/P of them and spreads them as (1 − d)·dᵗ over the weeks t after it goes live,
 * d = 2^(−1/h); what is left at the horizon lands in its last week, so the shares sum to 1
 * (or are all 0 when there are no posts).
 */
export function arrivalShares(platform: Platform, posts: number, weeks: number): number[] {
  const horizon = horizonWeek(weeks);
  const shares = new Array<number>(horizon + 1).fill(0);
  if (posts <= 0) return shares;
  const d = 2 ** (-1 / HALF_LIFE_WEEKS[platform]);
  postsPerWeek(posts, weeks).forEach((count, liveWeek) => {
    if (count === 0) return;
    const weight = count / posts;
    let remaining = weight;
    for (let week = liveWeek; week < horizon; week++) {
      const arriving = remaining * (1 - d);
      shares[week] = (shares[week] ?? 0) + arriving;
      remaining -= arriving;
    }
    shares[horizon] = (shares[horizon] ?? 0) + remaining;
  });
  return shares;
}
