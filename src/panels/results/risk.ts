/** How the chance of loss is put in plain words. */
export type LossOdds =
  | { kind: 'none' }
  | { kind: 'rare' }
  | { kind: 'oneIn'; n: number }
  | { kind: 'share'; likely: boolean }
  | { kind: 'all' };

/**
 * "1 in n" reads best for small risks; above about a third the rounding would mislead
 * (45% is not "1 in 2"), so larger risks are told as a percentage.
 */
export function lossOdds(probability: number): LossOdds {
  if (!(probability > 0)) return { kind: 'none' };
  if (probability >= 1) return { kind: 'all' };
  if (probability < 1 / 200) return { kind: 'rare' };
  if (probability < 0.35) return { kind: 'oneIn', n: Math.round(1 / probability) };
  return { kind: 'share', likely: probability > 0.5 };
}
