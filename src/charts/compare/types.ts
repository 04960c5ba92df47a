/** What every compare chart knows of a scenario: its name, its currency and its place in the series order. */
export interface CompareSeriesBase {
  /** stable key of the workspace entry */
  key: string;
  /** scenario name, shown in legends and tooltips */
  name: string;
  /** ISO currency of the scenario */
  currency: string;
}

/** The currency all series share, or null when they differ (then amounts are shown without a symbol). */
export function sharedCurrency(series: readonly CompareSeriesBase[]): string | null {
  const first = series[0]?.currency;
  return first !== undefined && series.every((s) => s.currency === first) ? first : null;
}
