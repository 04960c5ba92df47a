import { describe, expect, it } from 'vitest';
import { exp, expm1 } from '../../src/engine/montecarlo/exp';

/** A fixed spread of arguments: no Math.random in tests of the engine either. */
function argumentsIn(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * ((i * 0.6180339887498949) % 1)));
}

describe('sampling exp and expm1', () => {
  it('exp is within 2 ulp of Math.exp over the range the samplers visit', () => {
    for (const x of [...argumentsIn(-60, 10, 20_000), ...argumentsIn(-1e-3, 1e-3, 2_000), 0, 690, -690]) {
      expect(Math.abs(exp(x) - Math.exp(x))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.exp(x));
    }
  });

  it('expm1 is within 4e-15 relative of Math.expm1, near 0 too', () => {
    const xs = [...argumentsIn(-60, 10, 20_000), ...argumentsIn(-0.1, 0.1, 5_000), ...argumentsIn(-1e-9, 1e-9, 1_000), 0, 1e-300, -1e-300];
    for (const x of xs) expect(Math.abs(expm1(x) - Math.expm1(x))).toBeLessThanOrEqual(4e-15 * Math.abs(Math.expm1(x)));
  });

  it('agrees with Math at the edges', () => {
    for (const x of [-Infinity, Infinity, NaN, -800, 800, -745.2, 709.9]) {
      expect(exp(x)).toBe(Math.exp(x));
      expect(expm1(x)).toBe(Math.expm1(x));
    }
  });
});
