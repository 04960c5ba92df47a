const cache = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: 'second' | 'minute' | 'hour', digits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${digits}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits })));
  return f;
}

/** An expected duration in words for the locale: "45 seconds", "4.5 minutes", "2 hours" ("45 seconden"). */
export function formatDuration(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 90) return unitFormat(locale, 'second', 0).format(Math.max(1, Math.round(seconds)));
  const minutes = seconds / 60;
  if (minutes < 90) return unitFormat(locale, 'minute', minutes < 10 ? 1 : 0).format(minutes);
  return unitFormat(locale, 'hour', 1).format(minutes / 60);
}
