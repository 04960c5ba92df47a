import { describe, expect, it } from 'vitest';
import { makespan } from '../../src/worker/makespan';

describe('makespan', () => {
  it('is the sum on one worker', () => {
    expect(makespan([3, 1, 2], 1)).toBe(6);
  });

  it('hands the largest out first, each to the least loaded worker', () => {
    // Two workers, work 5, 4, 3, 3, 1: 5 → w1, 4 → w2, 3 → w2 (7), 3 → w1 (8), 1 → w2 (8): 8.
    expect(makespan([1, 3, 5, 3, 4], 2)).toBe(8);
    // One heavy run among small ones: the heavy one alone sets the time.
    expect(makespan([100, 1, 1, 1], 4)).toBe(100);
  });

  it('is 0 without work, and treats fewer than one worker as one', () => {
    expect(makespan([], 3)).toBe(0);
    expect(makespan([2, 2], 0)).toBe(4);
  });
});
