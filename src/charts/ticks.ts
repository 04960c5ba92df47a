/** Rough width of a label in px; charts use a system sans-serif where digits average ~0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** The text cut with an ellipsis so that its estimated width fits `maxWidth`; unchanged if it fits. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

/**
 * Indices of the ticks to label so that no two labels overlap: every k-th tick, with the
 * smallest k that leaves at least `gap` px between neighbouring labels.
 * `positions` are the tick centres along the axis, `sizes` the label extents along the axis.
 */
export function thinTicks(positions: readonly number[], sizes: readonly number[], gap = 8): number[] {
  const n = positions.length;
  for (let step = 1; step <= Math.max(1, n); step++) {
    const kept: number[] = [];
    for (let i = 0; i < n; i += step) kept.push(i);
    if (fits(kept, positions, sizes, gap)) return kept;
  }
  return n > 0 ? [0] : [];
}

function fits(kept: readonly number[], positions: readonly number[], sizes: readonly number[], gap: number): boolean {
  for (let j = 1; j < kept.length; j++) {
    const a = kept[j - 1] as number;
    const b = kept[j] as number;
    const room = Math.abs((positions[b] ?? 0) - (positions[a] ?? 0));
    if (room < ((sizes[a] ?? 0) + (sizes[b] ?? 0)) / 2 + gap) return false;
  }
  return true;
}

/** Log-scale ticks at powers of ten only, so a log axis reads 1, 10, 100, 1K… */
export function powersOfTen(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(min, 1)));
  const hi = Math.ceil(Math.log10(Math.max(max, 1)));
  const out: number[] = [];
  for (let e = lo; e <= hi; e++) out.push(10 ** e);
  return out;
}
