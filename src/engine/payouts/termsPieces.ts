import type { NonLinearTerms } from '../unitEconomics';
import { bonusReached, creatorPayout, type CreatorVolumes } from './terms';

/**
 * The volume of one creator that the non-linear terms bend on. Tiers bend on conversions (sales),
 * a bonus on its metric's volume, a cap on every volume with a performance part; terms that bend on
 * both volumes at once are not one-dimensional (termsVolume returns null).
 */
export type TermsVolume = 'conversions' | 'leads';

export function termsVolume(n: NonLinearTerms): TermsVolume | null {
  const t = n.terms;
  const tiers = (t.commissionTiers?.length ?? 0) > 0;
  const bends = new Set<TermsVolume>();
  if (tiers) bends.add('conversions');
  if (t.bonus !== undefined) bends.add(t.bonus.metric === 'leads' ? 'leads' : 'conversions');
  if (t.payoutCap !== undefined) {
    if (tiers || (t.amountPerAction ?? 0) !== 0 || (t.commissionRate ?? 0) !== 0) bends.add('conversions');
    if ((t.amountPerLead ?? 0) !== 0) bends.add('leads');
  }
  return bends.size === 1 ? ([...bends][0] as TermsVolume) : null;
}

/**
 * A function of one creator's volume v ≥ 0 that is affine between breakpoints:
 * f(v) = alpha[i] + gamma[i]·v for breaks[i−1] ≤ v < breaks[i] (breaks[−1] = 0, breaks[n] = ∞).
 * Right-continuous: a bonus is reached at its threshold itself.
 */
export interface Pieces {
  breaks: Float64Array;
  alpha: Float64Array;
  gamma: Float64Array;
}

/** One creator's non-linear terms as piecewise-affine functions of v (conversions or leads, after overlap). */
export interface TermsPieces {
  volume: TermsVolume;
  /** the linear payout per unit of v that the Monte Carlo already charges (§4's coefficients) */
  linear: number;
  /** performance(v) − linear·v: what the terms add to the linear payout */
  correction: Pieces;
  /** 1 where the bonus is reached, else 0 (no bonus: 0 everywhere) */
  bonusReached: Pieces;
  /** what the cap keeps the brand from paying */
  capSaving: Pieces;
}

function volumesOf(n: NonLinearTerms, volume: TermsVolume, v: number): CreatorVolumes {
  if (volume === 'leads') return { payable: 0, sales: 0, leads: v * n.trackedShare };
  const payable = v * n.payableShare;
  return { payable, sales: payable * n.netOrderValue, leads: 0 };
}

/** Affine pieces of f between the breaks, read off f at two points inside each interval. */
function affinePieces(breaks: Float64Array, f: (v: number) => number): Pieces {
  const n = breaks.length;
  const alpha = new Float64Array(n + 1);
  const gamma = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const lo = i === 0 ? 0 : (breaks[i - 1] as number);
    const width = i < n ? (breaks[i] as number) - lo : Math.max(lo, 1);
    const v1 = lo + width / 3;
    const v2 = lo + (2 * width) / 3;
    const f1 = f(v1);
    const g = (f(v2) - f1) / (v2 - v1);
    gamma[i] = g;
    alpha[i] = f1 - g * v1;
  }
  return { breaks, alpha, gamma };
}

const sortedBreaks = (points: number[]) => Float64Array.from([...new Set(points.filter((x) => Number.isFinite(x) && x > 0))].sort((a, b) => a - b));

/**
 * The pieces of one creator's terms over v, from creatorPayout itself (terms.ts): the breakpoints
 * are the tiers' `from`, the bonus threshold and the volume where the uncapped payout first reaches
 * the cap, each in units of v; between them every part of the payout is affine in v.
 */
export function termsPieces(n: NonLinearTerms, volume: TermsVolume): TermsPieces {
  const t = n.terms;
  const perSale = n.payableShare * n.netOrderValue;
  const linear = volume === 'leads' ? (t.amountPerLead ?? 0) * n.trackedShare : (t.amountPerAction ?? 0) * n.payableShare + (t.commissionRate ?? 0) * perSale;
  const points: number[] = [];
  if (volume === 'conversions') for (const tier of t.commissionTiers ?? []) points.push(tier.from / perSale);
  const threshold = bonusThresholdVolume(n);
  if (threshold !== null) points.push(threshold);
  const payout = (v: number) => creatorPayout(t, volumesOf(n, volume, v));
  if (t.payoutCap !== undefined) {
    // The uncapped payout never falls as v grows (every rate ≥ 0, the bonus a step up): it reaches
    // the cap at one volume, on the first interval whose affine part gets there.
    const cap = t.payoutCap;
    const uncapped = affinePieces(sortedBreaks(points), (v) => payout(v).performance + payout(v).capSaving);
    const { breaks, alpha, gamma } = uncapped;
    for (let i = 0; i <= breaks.length; i++) {
      const lo = i === 0 ? 0 : (breaks[i - 1] as number);
      const hi = i < breaks.length ? (breaks[i] as number) : Infinity;
      const a = alpha[i] as number, g = gamma[i] as number;
      if (a + g * lo >= cap) {
        points.push(lo);
        break;
      }
      const reach = g > 0 ? (cap - a) / g : Infinity;
      if (reach < hi) {
        points.push(reach);
        break;
      }
    }
  }
  const breaks = sortedBreaks(points);
  return {
    volume,
    linear,
    correction: affinePieces(breaks, (v) => payout(v).performance - linear * v),
    bonusReached: affinePieces(breaks, (v) => (t.bonus !== undefined && bonusReached(t.bonus, volumesOf(n, volume, v)) ? 1 : 0)),
    capSaving: affinePieces(breaks, (v) => payout(v).capSaving),
  };
}

/** The bonus threshold in units of one creator's conversions or leads (its metric's volume); null without a bonus. */
export function bonusThresholdVolume(n: NonLinearTerms): number | null {
  const b = n.terms.bonus;
  if (b === undefined) return null;
  return b.metric === 'sales' ? b.threshold / (n.payableShare * n.netOrderValue) : b.metric === 'conversions' ? b.threshold / n.payableShare : b.threshold / n.trackedShare;
}

/** f(v) by its pieces. */
export function pieceValue(p: Pieces, v: number): number {
  let i = 0;
  while (i < p.breaks.length && v >= (p.breaks[i] as number)) i++;
  return (p.alpha[i] as number) + (p.gamma[i] as number) * v;
}
