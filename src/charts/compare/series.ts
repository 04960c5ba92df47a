/** Okabe–Ito series colours from the design tokens, with their values as fallbacks for exported files. */
const FALLBACK = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/** The colour of the i-th compared scenario; the same in every compare chart and legend. */
export function seriesColour(index: number): string {
  const i = ((index % 6) + 6) % 6;
  return `var(--series-${i + 1}, ${FALLBACK[i]})`;
}

/** Dash patterns that tell the series apart without colour, in the same order. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '10 4', '3 6'];

export function seriesDash(index: number): string {
  return DASHES[((index % 6) + 6) % 6] ?? '';
}
