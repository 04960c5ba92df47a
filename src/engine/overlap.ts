/**
 * Audience overlap by random duplication (the Sainsbury formula, docs/MODEL.md §4): creators who
 * address the same audience reach many of its people twice, and people reached twice respond once.
 */

/** One line item of an audience: its creators and its reach before overlap. */
export interface OverlapMember {
  creators: number;
  reach: number;
}

export interface Overlap {
  /** Σ reach of the members, before overlap */
  grossReach: number;
  /** different people reached: N · (1 − Π (1 − q_i)^C_i) */
  uniqueReach: number;
  /** uniqueReach / grossReach, the factor that scales every response; 1 when nothing is reached */
  saturation: number;
}

/**
 * Members with no creators are left out. One creator reaches a share q = min(1, reach / (C · N))
 * of the audience, so a lone creator is never overlapped with itself (U = its reach, or N when it
 * covers the whole audience). The product is summed in logs, which keeps many tiny shares exact.
 */
export function audienceOverlap(size: number, members: readonly OverlapMember[]): Overlap {
  let grossReach = 0;
  let logMissed = 0;
  for (const { creators, reach } of members) {
    if (creators <= 0) continue;
    grossReach += reach;
    logMissed += logMissedShare(size, creators, reach);
  }
  return fromSums(size, grossReach, logMissed);
}

/**
 * The same from running sums, for the Monte Carlo's per-trial loops: `logMissed` is
 * Σ C_i · ln(1 − q_i) over the members with creators, `grossReach` their Σ reach.
 */
export function fromSums(size: number, grossReach: number, logMissed: number): Overlap {
  if (grossReach <= 0) return { grossReach, uniqueReach: 0, saturation: 1 };
  // −expm1(x) = 1 − eˣ without cancellation when the audience is barely touched.
  const uniqueReach = Math.min(grossReach, size * -Math.expm1(logMissed));
  return { grossReach, uniqueReach, saturation: uniqueReach / grossReach };
}

/** One member's term of `logMissed`: C · ln(1 − min(1, reach / (C · N))), 0 without creators. */
export function logMissedShare(size: number, creators: number, reach: number): number {
  if (creators <= 0) return 0;
  return creators * Math.log1p(-Math.min(1, reach / (creators * size)));
}
