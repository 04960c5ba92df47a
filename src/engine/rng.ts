/**
 * A seeded 32-bit generator (sfc32, Chris Doty-Humphrey's "small fast chaotic" generator) keyed
 * by a seed and a text key. Only 32-bit integer operations and Math.imul are used, so the same
 * seed and key give the same numbers in every JavaScript engine (docs/MODEL.md §5).
 */
export class Rng {
  /**
   * The four state words live in a typed array: V8 would box 32-bit values that do not fit a
   * small integer if they were object fields, allocating on every draw. Bulk fillers (normal.ts)
   * copy them into locals for a loop and write them back.
   */
  readonly s = new Int32Array(4);

  constructor(a: number, b: number, c: number, d: number) {
    this.s[0] = a;
    this.s[1] = b;
    this.s[2] = c;
    this.s[3] = d;
    // A few rounds spread the seed words over the whole state before the first output.
    for (let i = 0; i < 15; i++) this.nextInt32();
  }

  /** A uniform signed 32-bit integer. */
  nextInt32(): number {
    const s = this.s;
    const a = s[0] as number;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = s[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  }

  /** A uniform number in (0, 1): never exactly 0, so its logarithm is finite. */
  nextFloat(): number {
    return ((this.nextInt32() >>> 0) + 0.5) / 4294967296;
  }
}

/** The murmur3 finaliser: a bijective 32-bit mixer with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Four 32-bit state words from (seed, key): every character and the seed go through a
 * multiply-xorshift chain in four lanes with different constants, then a final mix, so keys
 * that differ in one character or seeds that differ in one bit give unrelated streams.
 */
export function hashKey(seed: number, key: string): [number, number, number, number] {
  let h1 = fmix32((seed >>> 0) ^ 0x9e3779b9);
  let h2 = fmix32((seed >>> 0) ^ 0x85ebca6b) ^ 0x243f6a88;
  let h3 = fmix32((seed >>> 0) ^ 0xc2b2ae35) ^ 0x13198a2e;
  let h4 = fmix32((seed >>> 0) ^ 0x27d4eb2f) ^ 0x03707344;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ k, 2654435761);
    h2 = Math.imul(h2 ^ k, 1597334677);
    h3 = Math.imul(h3 ^ k, 2246822507);
    h4 = Math.imul(h4 ^ k, 3266489909);
    h1 ^= h2 >>> 15;
    h2 ^= h3 >>> 13;
    h3 ^= h4 >>> 17;
    h4 ^= h1 >>> 11;
  }
  h1 = fmix32(h1 ^ key.length);
  h2 = fmix32(h2 ^ h1);
  h3 = fmix32(h3 ^ h2);
  h4 = fmix32(h4 ^ h3);
  return [h1, h2, h3, h4];
}

/**
 * Resets `rng` to the start of sub-stream `index` of the stream whose hashKey words are `words`:
 * the index goes through the murmur3 mixer into every word, then the generator's warm-up rounds
 * run as in its constructor. For families of many streams (one per creator of a group) that would
 * cost a key string and a hash each.
 */
export function seedSubStream(rng: Rng, words: readonly [number, number, number, number], index: number): void {
  const h = fmix32((index >>> 0) ^ 0x5bd1e995);
  const s = rng.s;
  s[0] = fmix32(words[0] ^ h);
  s[1] = fmix32(words[1] ^ Math.imul(h, 0x9e3779b1));
  s[2] = fmix32(words[2] ^ Math.imul(h, 0x85ebca77));
  s[3] = fmix32(words[3] ^ Math.imul(h, 0xc2b2ae3d));
  for (let i = 0; i < 15; i++) rng.nextInt32();
}

/** A generator for one named stream under a seed, e.g. createRng(42, 'item:micro-tiktok:click'). */
export function createRng(seed: number, key: string): Rng {
  const [a, b, c, d] = hashKey(seed, key);
  return new Rng(a, b, c, d);
}
