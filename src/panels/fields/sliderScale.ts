/**
 * Where a value sits on a slider. A linear slider moves in value units, so a test (or a person
 * with a keyboard) sets 8 to get 8; a log slider moves over 0–1000 positions, which lets one
 * slider span followers from a hundred to a hundred million.
 */

export type SliderScale = 'linear' | 'log';

const LOG_POSITIONS = 1000;

export interface SliderRange {
  scale: SliderScale;
  min: number;
  max: number;
  /** value units per step, for a linear slider */
  step: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The slider's own attributes (min, max, step) for a range. */
export function sliderAttributes(range: SliderRange): { min: number; max: number; step: number } {
  return range.scale === 'log' ? { min: 0, max: LOG_POSITIONS, step: 1 } : { min: range.min, max: range.max, step: range.step };
}

/** The slider position showing a value; values outside the practical range pin to its ends. */
export function toPosition(value: number, range: SliderRange): number {
  if (range.scale === 'linear') return clamp(value, range.min, range.max);
  if (value <= range.min) return 0;
  const t = Math.log(value / range.min) / Math.log(range.max / range.min);
  return Math.round(clamp(t, 0, 1) * LOG_POSITIONS);
}

/** Rounds to `digits` significant figures, so a log slider lands on 40,000 rather than 40,127.3. */
function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

/** Rounds a linear slider's value to its step without binary noise (0.1 + 0.2 stays 0.3). */
function roundToStep(value: number, step: number, origin: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((origin + Math.round((value - origin) / step) * step).toFixed(decimals));
}

/** The value a slider position stands for. */
export function fromPosition(position: number, range: SliderRange): number {
  if (range.scale === 'linear') return roundToStep(clamp(position, range.min, range.max), range.step, range.min);
  const t = clamp(position, 0, LOG_POSITIONS) / LOG_POSITIONS;
  return roundSignificant(range.min * (range.max / range.min) ** t, 2);
}
