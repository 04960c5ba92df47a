/**
 * How long the inputs must stay still before a new task starts: longer than the gap between
 * events of a slider drag (~16 ms) or a held arrow key (~30 ms), so a drag costs no runs, yet short
 * enough that a settled input is drawn within 100 ms (a warm 10k-trial run takes ~50 ms to paint).
 */
export const DEBOUNCE_MS = 40;

/** Letting go of a key or the pointer ends a key press or a drag: the input has settled. */
const RELEASE_EVENTS = ['keyup', 'pointerup'] as const;

/** Calls `fn` once, after `delayMs` or at the next key or pointer release if sooner; returns a cancel. */
export function whenSettled(fn: () => void, delayMs: number): () => void {
  const target = delayMs > 0 && typeof window !== 'undefined' ? window : null;
  const cancel = () => {
    clearTimeout(timer);
    for (const type of RELEASE_EVENTS) target?.removeEventListener(type, fire, true);
  };
  const fire = () => {
    cancel();
    fn();
  };
  const timer = setTimeout(fire, delayMs);
  for (const type of RELEASE_EVENTS) target?.addEventListener(type, fire, true);
  return cancel;
}
