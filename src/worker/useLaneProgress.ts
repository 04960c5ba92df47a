import { startTransition, useMemo, useRef, useState } from 'react';
import { unitsPerTrial } from '../engine/montecarlo/estimate';
import type { Scenario } from '../engine/schema';

/**
 * The progress of several runs at once (compared scenarios, payment structures), weighted by each
 * run's work, so six runs of which one is heavy do not read 83% while the heavy one has just begun.
 */
export function useLaneProgress() {
  const lanes = useRef(new Map<string, { units: number; done: number }>());
  const [progress, setProgress] = useState(1);
  const control = useMemo(() => {
    const publish = () => {
      let units = 0;
      let done = 0;
      for (const lane of lanes.current.values()) {
        units += lane.units;
        done += lane.units * lane.done;
      }
      const share = units > 0 ? done / units : 1;
      if (share >= 1) lanes.current.clear();
      startTransition(() => setProgress(share));
    };
    return {
      start(key: string, scenario: Scenario, trials: number) {
        lanes.current.set(key, { units: unitsPerTrial(scenario) * trials, done: 0 });
        publish();
      },
      report(key: string, done: number) {
        const lane = lanes.current.get(key);
        if (!lane) return;
        lane.done = done;
        publish();
      },
    };
  }, []);
  return { start: control.start, report: control.report, progress };
}
