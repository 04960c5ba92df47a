import { useEffect, useState } from 'react';

/** After this long a task's progress line appears; quicker tasks would only make it flicker. */
export const LONG_RUNNING_MS = 400;

/** True once `running` has been true for `afterMs` without a break. */
export function useLongRunning(running: boolean, afterMs = LONG_RUNNING_MS): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    setLong(false);
    if (!running) return;
    const timer = setTimeout(() => setLong(true), afterMs);
    return () => clearTimeout(timer);
  }, [running, afterMs]);
  return running && long;
}
