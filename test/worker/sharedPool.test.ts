import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, poolSize } from '../../src/worker/sharedPool';

describe('poolSize', () => {
  it('is one worker per core, at least one and at most MAX_WORKERS', () => {
    expect([poolSize(1), poolSize(2), poolSize(3), poolSize(16)]).toEqual([1, 2, 3, MAX_WORKERS]);
    expect(MAX_WORKERS).toBe(4);
  });

  it('is one where the browser does not say', () => {
    expect([poolSize(undefined), poolSize(0), poolSize(Number.NaN)]).toEqual([1, 1, 1]);
  });
});
