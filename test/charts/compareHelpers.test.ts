import { describe, expect, it } from 'vitest';
import { overlayBins, stepPath } from '../../src/charts/compare/overlay';
import { seriesColour, seriesDash } from '../../src/charts/compare/series';
import { sharedCurrency } from '../../src/charts/compare/types';
import { chartFileName, resolveCssVars } from '../../src/io/export/chartDownload';
import { comparedEntries } from '../../src/panels/compare/selection';
import type { WorkspaceEntry } from '../../src/store';
import { handScenario } from '../engine/fixtures';

describe('overlayBins', () => {
  it('bins every series on the same thresholds and reports shares and medians', () => {
    const o = overlayBins([[0, 1, 2, 3, 4], [2, 2, 2, 8, 10]], 10);
    expect(o.domain).toEqual([0, 10]);
    expect(o.series).toHaveLength(2);
    for (const s of o.series) {
      expect(s.shares).toHaveLength(o.bins.length);
      expect(s.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(o.series[0]!.p50).toBe(2);
    expect(o.series[1]!.p50).toBe(2);
    // Three of five values of the second series fall in the bin [2, 3).
    expect(o.maxShare).toBeCloseTo(0.6, 12);
  });

  it('keeps an empty series empty without breaking the others', () => {
    const o = overlayBins([new Float64Array(), [5, 6, 7]]);
    expect(o.series[0]!.p50).toBeNull();
    expect(o.series[0]!.shares.every((s) => s === 0)).toBe(true);
    expect(o.series[1]!.p50).toBe(6);
  });

  it('spans the middle 99% of each series, so one far tail does not squeeze the rest', () => {
    // 1,000 trials at 0…999 plus one at a million: P0.5 ≈ 5, P99.5 ≈ 999 (the outlier is the
    // last 0.1%), so the axis ends near 1,000, and the outlier is counted in the last bin.
    const values = [...Array.from({ length: 1000 }, (_, i) => i), 1_000_000];
    const o = overlayBins([values], 10);
    expect(o.domain[1]).toBeLessThanOrEqual(1000);
    expect(o.domain[0]).toBe(0);
    const shares = o.series[0]!.shares;
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // The last bin [900, 1000] holds 900…999 and the outlier: 101 of 1,001 trials.
    expect(shares[shares.length - 1]).toBeCloseTo(101 / 1001, 12);
  });

  it('gives no bins when nothing was sampled', () => {
    expect(overlayBins([[], [NaN]]).bins).toEqual([]);
  });
});

describe('stepPath', () => {
  it('traces the outline of the bins from and back to the base line', () => {
    const d = stepPath([{ x0: 0, x1: 1 }, { x0: 1, x1: 2 }], [0.5, 0.25], (v) => v * 10, (v) => 100 - v * 100);
    expect(d).toBe('M0,100V50H10V75H20V100');
  });
});

describe('series styles and currencies', () => {
  it('cycles the six palette colours with their hex fallbacks, and dashes that differ', () => {
    expect(seriesColour(0)).toBe('var(--series-1, #0072b2)');
    expect(seriesColour(6)).toBe(seriesColour(0));
    expect(new Set([0, 1, 2, 3, 4, 5].map(seriesDash)).size).toBe(6);
  });

  it('finds the shared currency, or null when they differ', () => {
    expect(sharedCurrency([{ key: 'a', name: 'A', currency: 'EUR' }, { key: 'b', name: 'B', currency: 'EUR' }])).toBe('EUR');
    expect(sharedCurrency([{ key: 'a', name: 'A', currency: 'EUR' }, { key: 'b', name: 'B', currency: 'USD' }])).toBeNull();
  });
});

describe('chart files', () => {
  it('resolves CSS variables from the page, else from their fallback', () => {
    const vars: Record<string, string> = { '--c-loss': ' #d55e00' };
    const lookup = (n: string) => vars[n] ?? '';
    expect(resolveCssVars('var(--c-loss, #000)', lookup)).toBe('#d55e00');
    expect(resolveCssVars('var(--unknown, #1a2233)', lookup)).toBe('#1a2233');
    expect(resolveCssVars('var(--a, var(--c-loss, red))', lookup)).toBe('#d55e00');
    expect(resolveCssVars('4 3', lookup)).toBe('4 3');
  });

  it('names files after the chart title', () => {
    expect(chartFileName('Cost, profit, conversions and CPA', 'svg')).toBe('cost-profit-conversions-and-cpa.svg');
    expect(chartFileName('Winstverdelingen – één', 'png')).toBe('winstverdelingen-een.png');
    expect(chartFileName('★', 'png')).toBe('chart.png');
  });
});

describe('comparedEntries', () => {
  const entries: WorkspaceEntry[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((key) => ({ key, scenario: handScenario({}, { name: key }) }));

  it('defaults to the first six, the baseline always among them', () => {
    expect(comparedEntries(entries, 'a', null).map((e) => e.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(comparedEntries(entries, 'h', null).map((e) => e.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'h']);
  });

  it('keeps the ticked ones in workspace order, adds the baseline and caps at six', () => {
    expect(comparedEntries(entries, 'c', ['g', 'a']).map((e) => e.key)).toEqual(['a', 'c', 'g']);
    expect(comparedEntries(entries, 'a', ['b', 'c', 'd', 'e', 'f', 'g', 'h']).map((e) => e.key)).toHaveLength(6);
    expect(comparedEntries(entries, 'a', ['gone']).map((e) => e.key)).toEqual(['a']);
  });
});
