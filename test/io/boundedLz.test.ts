import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decompressBounded, decompressUtf16Bounded } from '../../src/io/boundedLz';
import { lzBombLength, lzBombPayload } from './lzBomb';

describe('decompressBounded', () => {
  it('reads what lz-string wrote, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const packed = LZString.compressToEncodedURIComponent(text);
        const read = decompressBounded(packed, 10_000);
        if (text === '') expect(read.ok).toBe(false);
        else expect(read).toEqual({ ok: true, text });
      }),
      { numRuns: 150 },
    );
  }, 20_000);

  it('agrees with lz-string on links cut short', () => {
    const packed = LZString.compressToEncodedURIComponent(JSON.stringify({ name: 'Q3 plan', lineItems: [{ id: 'a', creators: 20 }] }));
    for (let cut = 1; cut < packed.length; cut++) {
      const ours = decompressBounded(packed.slice(0, cut), 10_000);
      const theirs = LZString.decompressFromEncodedURIComponent(packed.slice(0, cut));
      expect(ours.ok ? ours.text : null).toBe(theirs || null);
    }
  });

  it('unpacks the bomb below the limit exactly', () => {
    // 100 codes: 'a' then entries of 2, 3, … 101 characters = 1 + (101 × 102 / 2 − 1) = 5,151 a's.
    expect(lzBombLength(100)).toBe(5151);
    const read = decompressBounded(lzBombPayload(100), 10_000);
    expect(read).toEqual({ ok: true, text: 'a'.repeat(5151) });
    expect(LZString.decompressFromEncodedURIComponent(lzBombPayload(100))).toBe('a'.repeat(5151));
  });

  it('stops at the limit: a 56 KB link that would unpack to about 290 MB is refused after 5 MB', () => {
    // 24,000 codes of 14–15 bits each ≈ 54,500 characters (the 56 KB); they unpack to 24,001 × 24,002 / 2 ≈ 288 million a's.
    const bomb = lzBombPayload(24_000);
    expect(bomb.length).toBeGreaterThan(50_000);
    expect(bomb.length).toBeLessThan(60_000);
    expect(lzBombLength(24_000)).toBeGreaterThan(280_000_000);
    const started = performance.now();
    expect(decompressBounded(bomb, 5 * 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    // The 5 MB are reached after about 3,240 codes (3,240² / 2 ≈ 5.2 million): a few ms, not seconds.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('calls a character outside the alphabet damaged', () => {
    expect(decompressBounded('N4Ig%ZA', 1000)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('', 1000)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('decompressUtf16Bounded', () => {
  it('reads what lz-string wrote into the autosave, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const read = decompressUtf16Bounded(LZString.compressToUTF16(text), 10_000);
        if (text === '') expect(read.ok).toBe(false);
        else expect(read).toEqual({ ok: true, text });
      }),
      { numRuns: 150 },
    );
  }, 20_000);

  it('agrees with lz-string on a save cut short', () => {
    const packed = LZString.compressToUTF16(JSON.stringify({ state: { entries: [{ key: 'k1', scenario: { name: 'Q3 plan' } }] }, version: 1 }));
    for (let cut = 1; cut < packed.length; cut++) {
      const ours = decompressUtf16Bounded(packed.slice(0, cut), 10_000);
      const theirs = LZString.decompressFromUTF16(packed.slice(0, cut));
      expect(ours.ok ? ours.text : null).toBe(theirs || null);
    }
  });

  it('stops at the limit', () => {
    const packed = LZString.compressToUTF16('a'.repeat(5000));
    expect(decompressUtf16Bounded(packed, 4999)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressUtf16Bounded(packed, 5000)).toEqual({ ok: true, text: 'a'.repeat(5000) });
  });
});
