import { describe, expect, it } from 'vitest';
import { COARSE_FROM, targets } from '../../../src/engine/allocation/steps';

describe('the look-ahead grid of a greedy step', () => {
  it('looks at one creator more, then the multiples of 2, 4, 8 … up to twice the count', () => {
    // c = 8: 9, then ⌈10/2⌉·2 = 10, ⌈10/4⌉·4 = 12, ⌈10/8⌉·8 = 16 = 8 + 8, the last.
    expect(targets(8, 100)).toEqual([9, 10, 12, 16]);
    // c = 2 looks up to c + 4 = 6: 3, 4, then ⌈4/4⌉·4 = 4 again, ⌈4/8⌉·8 = 8 is past 6.
    expect(targets(2, 100)).toEqual([3, 4]);
    expect(targets(8, 3)).toEqual([9, 10]);
  });

  it('coarse: a group of COARSE_FROM or more steps by an eighth of itself, two creators at the least', () => {
    expect(COARSE_FROM).toBe(8);
    expect(targets(8, 100, 'coarse')).toEqual([10, 12, 16]);
    // c = 40 looks at 41, 42, 44, 48 and ⌈42/32⌉·32 = 64; a stride of 40 / 8 = 5 leaves 48 and 64.
    expect(targets(40, 100)).toEqual([41, 42, 44, 48, 64]);
    expect(targets(40, 100, 'coarse')).toEqual([48, 64]);
    // c = 7 is below the threshold: 8, ⌈9/2⌉·2 = 10, ⌈9/4⌉·4 = 12; 16 is past 7 + 7.
    expect(targets(7, 100, 'coarse')).toEqual([8, 10, 12]);
    // With less room than a stride, the group can still fill it.
    expect(targets(40, 3, 'coarse')).toEqual([42]);
    expect(targets(8, 1, 'coarse')).toEqual([9]);
  });
});
