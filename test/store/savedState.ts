import { STORAGE_NAME } from '../../src/store';
import { decodeStoredText, type StoredEnvelope } from '../../src/store/storageCodec';

/** What the autosave wrote (compressed in storage), as the envelope; an empty one if nothing is there. */
export function savedEnvelope<S = Record<string, unknown>>(storage: Storage): Partial<StoredEnvelope<S>> {
  const text = storage.getItem(STORAGE_NAME);
  if (text === null) return {};
  const decoded = decodeStoredText<S>(text);
  if (!decoded.ok) throw new Error(`autosave unreadable: ${decoded.reason}`);
  return decoded.envelope;
}
