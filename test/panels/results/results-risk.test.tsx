import { describe, expect, it } from 'vitest';
import { lossOdds } from '../../../src/panels/results/risk';

describe('lossOdds', () => {
  it('tells small risks as "1 in n"', () => {
    expect(lossOdds(0.125)).toEqual({ kind: 'oneIn', n: 8 });
    expect(lossOdds(0.01)).toEqual({ kind: 'oneIn', n: 100 });
  });
  it('tells larger risks as a share, flagging when a loss is more likely than not', () => {
    expect(lossOdds(0.45)).toEqual({ kind: 'share', likely: false });
    expect(lossOdds(0.7)).toEqual({ kind: 'share', likely: true });
  });
  it('names the edges: no loss, a rare loss, always a loss', () => {
    expect(lossOdds(0)).toEqual({ kind: 'none' });
    expect(lossOdds(0.001)).toEqual({ kind: 'rare' });
    expect(lossOdds(1)).toEqual({ kind: 'all' });
  });
});
