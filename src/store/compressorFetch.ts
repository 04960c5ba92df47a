/**
 * The autosave's own fetch of lz-string, as one state. Whether lz-string is here is not one of
 * its states: the compressor says that (a share link may have fetched it first), and a copy of
 * it here could disagree.
 */
export type CompressorFetch =
  /** nothing under way and nothing failed: a write without lz-string at hand starts a fetch */
  | { phase: 'idle' }
  /** on its way; `plainWritten`: the last write that landed meanwhile was plain JSON, to be written again compressed */
  | { phase: 'fetching'; plainWritten: boolean }
  /** the fetch failed: until the next change plain JSON is all there is, and a full storage is said so */
  | { phase: 'unavailable' };

/**
 * start: a write found lz-string not at hand; wrotePlain / wroteCompressed: a write landed;
 * arrived / failed: the fetch settled; changed: the workspace changed (a save, not a retry).
 */
export type CompressorFetchEvent = 'start' | 'wrotePlain' | 'wroteCompressed' | 'arrived' | 'failed' | 'changed';

export function nextCompressorFetch(state: CompressorFetch, event: CompressorFetchEvent): CompressorFetch {
  switch (event) {
    case 'start':
      return state.phase === 'idle' ? { phase: 'fetching', plainWritten: false } : state;
    // Only a fetch under way acts on what was written: a plain write outside one is followed by a
    // change (which starts a fetch, and a write of its own) before anything could rewrite it.
    case 'wrotePlain':
    case 'wroteCompressed':
      return state.phase === 'fetching' ? { phase: 'fetching', plainWritten: event === 'wrotePlain' } : state;
    case 'arrived':
      return { phase: 'idle' };
    case 'failed':
      return { phase: 'unavailable' };
    // A failed fetch is tried again on the next change; retries of the same save do not.
    case 'changed':
      return state.phase === 'unavailable' ? { phase: 'idle' } : state;
  }
}
