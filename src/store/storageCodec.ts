import { decompressUtf16Bounded } from '../io/boundedLz';
import type { LzCompressor } from '../io/lzCompressor';

/** What one autosave writes: zustand's value plus who wrote it and in which order. */
export interface StoredEnvelope<S> {
  state: S;
  version: number;
  /** grows by one with every save of any tab; 0 for a save from before revisions */
  rev: number;
  /** the tab that saved it; '' for a save from before tab ids */
  tab: string;
  /** when it was saved (ms since 1970); 0 if unknown */
  savedAt: number;
}

export type DecodedText<S> = { ok: true; envelope: StoredEnvelope<S>; compressed: boolean } | { ok: false; reason: string };

/**
 * Compressed text starts with this, so that older, uncompressed saves (JSON, starting with "{")
 * are still read. compressToUTF16 keeps 15 bits per character, which localStorage stores as is.
 */
const COMPRESSED = 'lz1:';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The envelope as stored text: compressed, or, while lz-string is not here yet (`lz` null), plain JSON, which reads the same. */
export function encodeEnvelope<S>(envelope: StoredEnvelope<S>, lz: LzCompressor | null): string {
  const json = JSON.stringify(envelope);
  return lz ? COMPRESSED + lz.compressToUTF16(json) : json;
}

export function decodeStoredText<S>(text: string): DecodedText<S> {
  const compressed = text.startsWith(COMPRESSED);
  // Storage is this app's own: no size limit beyond the browser's.
  const unpacked = compressed ? decompressUtf16Bounded(text.slice(COMPRESSED.length), Infinity) : { ok: true as const, text };
  const json = unpacked.ok ? unpacked.text : null;
  if (!json) return { ok: false, reason: 'the saved text could not be decompressed' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the saved text is not JSON' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'the saved data is not an object' };
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    ok: true,
    compressed,
    envelope: {
      state: value.state as S,
      version: number(value.version),
      rev: number(value.rev),
      tab: typeof value.tab === 'string' ? value.tab : '',
      savedAt: number(value.savedAt),
    },
  };
}
