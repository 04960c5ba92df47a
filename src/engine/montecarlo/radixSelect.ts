/**
 * Type-7 percentiles of a large sample without sorting it. The IEEE 754 pattern's high 32 bits,
 * mapped so that their unsigned order is numeric order, are a key; one pass counts the values in
 * 65,536 buckets of the keys between the sample's minimum and maximum (a sample spanning a few
 * octaves gets buckets ~0.01% wide); a second pass copies out the few buckets that hold the order
 * statistics wanted, and quickselect finishes within them (after a finer split of a crowded one).
 * Both passes are free of data-dependent branches that quickselect's partitions mispredict.
 * The result is the same order statistics, hence the same numbers, as selection on the whole sample.
 */
export const RADIX_MIN = 4096;
const BUCKETS = 65536;
const counts = new Uint32Array(BUCKETS);
const slotOf = new Int8Array(BUCKETS).fill(-1);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The high word as an unsigned key in numeric order: negatives' bits flipped, positives' sign set. */
function keyOf(high: number): number {
  return (high ^ ((high >> 31) | 0x80000000)) >>> 0;
}

const highWord = new Float64Array(1);
const highWords = new Uint32Array(highWord.buffer);
function keyOfNumber(x: number): number {
  highWord[0] = x;
  return keyOf(highWords[HIGH] as number);
}

/** Percentiles ps of the finite values a[0..n), which lie in [min, max]; reorders nothing in a. */
export function radixPercentiles(a: Float64Array, n: number, ps: readonly number[], min: number, max: number): number[] {
  const words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  // −0 sorts before +0 among the keys though they are equal: a zero bound covers both.
  // Buckets are aligned to multiples of 2^shift, so −0 and +0 never share one.
  const low = keyOfNumber(min === 0 ? -0 : min);
  const high = keyOfNumber(max === 0 ? 0 : max);
  let shift = 0;
  while ((high >>> shift) - (low >>> shift) >= BUCKETS) shift++;
  const base = low >>> shift;
  const bucketOf = (word: number) => (keyOf(word) >>> shift) - base;
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
    value[r] = refine(picked, words2(picked), at - lo, lo, start[s + 1] as number, shift);
  }
  return ps.map((p, i) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const x = value[2 * i] as number;
    if (k + 1 >= n || h === k) return x;
    return x + (h - k) * ((value[2 * i + 1] as number) - x);
  });
}

const words2 = (a: Float64Array) => new Uint32Array(a.buffer, a.byteOffset, 2 * a.length);
const FINE_BITS = 12;
const fineCounts = new Uint32Array(1 << FINE_BITS);

/**
 * The rank-th smallest of a[lo..hi), values of one bucket: a bucket can still hold much of the
 * sample (a heavy tail stretches the buckets), too many for quickselect's mispredicted branches,
 * so the next 12 bits of the key split it first.
 */
function refine(a: Float64Array, words: Uint32Array, rank: number, lo: number, hi: number, shift: number): number {
  if (hi - lo <= 256) return select(a, lo + rank, lo, hi - 1);
  const fine = Math.max(0, shift - FINE_BITS);
  const mask = (1 << (shift - fine)) - 1;
  const fineOf = (word: number) => (keyOf(word) >>> fine) & mask;
  fineCounts.fill(0);
  for (let i = lo; i < hi; i++) {
    const b = fineOf(words[2 * i + HIGH] as number);
    fineCounts[b] = (fineCounts[b] as number) + 1;
  }
  let below = 0;
  let b = 0;
  while (below + (fineCounts[b] as number) <= rank) below += fineCounts[b++] as number;
  const few = new Float64Array(fineCounts[b] as number);
  let m = 0;
  for (let i = lo; i < hi; i++) if (fineOf(words[2 * i + HIGH] as number) === b) few[m++] = a[i] as number;
  return select(few, rank - below, 0, m - 1);
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
