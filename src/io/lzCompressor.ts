/**
 * lz-string, fetched the first time something is compressed: an autosave or a share link being
 * made. Reading either needs none of it (boundedLz.ts reads both formats), so a first visit that
 * changes nothing, or a returning one that only looks, never loads it.
 */
import type LZString from 'lz-string';

export type LzCompressor = Pick<typeof LZString, 'compressToUTF16' | 'compressToEncodedURIComponent'>;

let loaded: LzCompressor | null = null;
let loading: Promise<LzCompressor> | null = null;

/** lz-string once it is here; null before. */
export const loadedLzCompressor = (): LzCompressor | null => loaded;

/** Fetches lz-string (once; a failed fetch is tried again on the next call). */
export function loadLzCompressor(): Promise<LzCompressor> {
  loading ??= import('lz-string').then(
    (module) => (loaded = module.default),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
