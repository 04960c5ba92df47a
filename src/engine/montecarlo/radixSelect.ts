/**
 * Type-7 percentiles of a large sample without sorting it. One pass sorts the values into 65,536
 * buckets by the top 16 bits of their IEEE 754 pattern, mapped so that bucket order is numeric
 * order (sign, exponent and four bits of mantissa: buckets about 6% wide); a second pass copies out
 * the few buckets that hold the order statistics wanted, and quickselect finishes within them.
 * Both passes are free of data-dependent branches that quickselect's partitions mispredict.
 * The result is the same order statistics, hence the same numbers, as selection on the whole sample.
 */
export const RADIX_MIN = 4096;
const BUCKETS = 65536;
const counts = new Uint32Array(BUCKETS);
const slotOf = new Int8Array(BUCKETS).fill(-1);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function bucketOf(high: number): number {
  // Negative numbers: all bits flipped, so larger magnitudes come first; positive: sign bit set.
  return (high ^ ((high >> 31) | 0x80000000)) >>> 16;
}

/** Percentiles ps of the finite values a[0..n); reorders nothing in a. */
export function radixPercentiles(a: Float64Array, n: number, ps: readonly number[]): number[] {
  const words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(words[2 * i + HIGH] as number);
    counts[b] = (counts[b] as number) + 1;
  }
  const ranks: number[] = [];
  for (const p of ps) {
    const k = Math.floor((n - 1) * p);
    ranks.push(k, Math.min(k + 1, n - 1));
  }
  const order = ranks.map((_, i) => i).sort((x, y) => (ranks[x] as number) - (ranks[y] as number));
  // Walk the buckets once: each rank's bucket, and how many values lie in earlier buckets.
  const bucketOfRank = new Int32Array(ranks.length);
  const below = new Float64Array(ranks.length);
  let seen = 0;
  let b = 0;
  for (const r of order) {
    const rank = ranks[r] as number;
    while (seen + (counts[b] as number) <= rank) seen += counts[b++] as number;
    bucketOfRank[r] = b;
    below[r] = seen;
  }
  // Copy the wanted buckets out, each in a segment of its own.
  const wanted = [...new Set(bucketOfRank)];
  const start = new Int32Array(wanted.length + 1);
  wanted.forEach((w, s) => {
    slotOf[w] = s;
    start[s + 1] = (start[s] as number) + (counts[w] as number);
  });
  const fill = start.slice(0, wanted.length);
  const picked = new Float64Array(start[wanted.length] as number);
  for (let i = 0; i < n; i++) {
    const s = slotOf[bucketOf(words[2 * i + HIGH] as number)] as number;
    if (s >= 0) {
      const at = fill[s] as number;
      picked[at] = a[i] as number;
      fill[s] = at + 1;
    }
  }
  for (const w of wanted) slotOf[w] = -1;
  // Rank r is at position rank − below within its bucket's segment.
  const value = new Float64Array(ranks.length);
  for (const r of order) {
    const s = wanted.indexOf(bucketOfRank[r] as number);
    const lo = start[s] as number;
    const at = lo + (ranks[r] as number) - (below[r] as number);
    value[r] = select(picked, at, lo, (start[s + 1] as number) - 1);
  }
  return ps.map((p, i) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const x = value[2 * i] as number;
    if (k + 1 >= n || h === k) return x;
    return x + (h - k) * ((value[2 * i + 1] as number) - x);
  });
}

/** Hoare's quickselect with a median-of-three pivot: puts the k-th smallest of a[lo..hi] at a[k]. */
export function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number, y = a[mid] as number, z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}
