/**
 * Where a brand-profit gap between two payment structures changes sign, for conversion rates in
 * (0, 1]. With tiers, a bonus or a cap the profits bend and may jump (docs/MODEL.md §10), so the
 * gap is scanned on a grid, dense around the typical rate, and each sign change is bisected: a
 * jump's crossing is the rate where the bonus is reached.
 */

const NEAR = 300;
const FAR = 60;

function grid(typicalRate: number): number[] {
  const near = Math.min(1, Math.max(4 * typicalRate, 1e-3));
  const rates: number[] = [];
  for (let i = 1; i <= NEAR; i++) rates.push((near * i) / NEAR);
  for (let i = 1; i <= FAR && near < 1; i++) rates.push(near + ((1 - near) * i) / FAR);
  return rates;
}

function bisect(gap: (rate: number) => number, low: number, high: number): number {
  const lowSign = Math.sign(gap(low));
  let [a, b] = [low, high];
  for (let i = 0; i < 100 && b - a > 1e-14; i++) {
    const mid = (a + b) / 2;
    if (Math.sign(gap(mid)) === lowSign) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** Ascending rates in (0, 1] where `gap` changes sign (a touch without a change of sign is no crossing). */
export function crossingsOf(gap: (rate: number) => number, typicalRate: number): number[] {
  const out: number[] = [];
  let last: { rate: number; sign: number } | null = null;
  for (const rate of grid(typicalRate)) {
    const sign = Math.sign(gap(rate));
    if (sign === 0) continue;
    if (last && sign !== last.sign) out.push(bisect(gap, last.rate, rate));
    last = { rate, sign };
  }
  return out;
}

/**
 * The rate from which `gap` is 0 up to 100%, when it is not 0 just below it: a fee + bonus costs
 * what the fee alone would once every creator earns the bonus. Null when the gap never settles at 0.
 */
export function tiedFrom(gap: (rate: number) => number, typicalRate: number): number | null {
  const rates = grid(typicalRate);
  let lastApart = -1;
  rates.forEach((rate, i) => {
    if (gap(rate) !== 0) lastApart = i;
  });
  if (lastApart < 0 || lastApart === rates.length - 1) return null;
  let [a, b] = [rates[lastApart] as number, rates[lastApart + 1] as number];
  for (let i = 0; i < 100 && b - a > 1e-14; i++) {
    const mid = (a + b) / 2;
    if (gap(mid) === 0) b = mid;
    else a = mid;
  }
  return b;
}
