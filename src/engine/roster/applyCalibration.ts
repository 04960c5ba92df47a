import type { Scenario } from '../schema';
import { CALIBRATED_RATES, type Calibration } from './calibration';
import { notice, type CsvNotice } from './csvRules';
import { withCalibrationSources, type CalibrationEntry } from './sources';

export interface CalibrationApplied {
  scenario: Scenario;
  /** ids of the line items whose ranges changed */
  lineItemIds: string[];
  notices: CsvNotice[];
}

/**
 * Applies a calibration computed for this scenario (calibrate()) as one pure step: every line item
 * of a tier × platform takes the group's calibrated range for each rate with results (n > 0), the
 * range the preview showed, and each range records its source ("calibrated from results.csv: 14
 * creators", sources.ts). The scenario given is left as it is.
 */
export function applyCalibration(scenario: Scenario, calibration: Calibration, file: string): CalibrationApplied {
  const entries: CalibrationEntry[] = [];
  const changed = new Set<string>();
  let lineItems = scenario.lineItems;
  for (const group of calibration.groups) {
    const ids = new Set(group.lineItemIds);
    for (const rate of CALIBRATED_RATES) {
      const result = group.rates[rate];
      if (result === undefined || result.n === 0 || ids.size === 0) continue;
      const after = result.after;
      lineItems = lineItems.map((item) => (ids.has(item.id) ? { ...item, [rate]: after } : item));
      for (const id of ids) changed.add(id);
      if (typeof after !== 'number') entries.push({ tier: group.tier, platform: group.platform, rate, file, creators: result.n, low: after.low, high: after.high });
    }
  }
  const recorded = withCalibrationSources({ ...scenario, lineItems }, entries);
  return { scenario: recorded.scenario, lineItemIds: [...changed], notices: recorded.kept ? [] : [notice('sourcesNotKept')] };
}
