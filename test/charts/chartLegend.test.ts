import { describe, expect, it } from 'vitest';
import { legendBand } from '../../src/io/export/chartLegend';

const plain = (s: string) => s;

describe('legendBand', () => {
  it('draws nothing for a single series: the title says it all', () => {
    expect(legendBand([{ label: 'Profit', colour: 'red' }], 600, plain, plain)).toEqual({ markup: '', height: 0 });
  });

  it('puts every scenario name in the file with its colour, wrapping rows to the width', () => {
    // Each item takes 12 + 4 + 6 + 0.6 × 12 × 20 characters = 166 px, plus 18 px between items:
    // at 400 px the first two fit (8 + 166 + 18 + 166 = 358), the third goes to a second row.
    const items = ['Same budget: fees 01', 'Same budget: cps  02', 'Same budget: hybrid3'].map((label, i) => ({ label, colour: `var(--series-${i + 1})`, shape: 'line' as const }));
    const band = legendBand(items, 400, (css) => css.replace('var(--series-1)', '#0072b2'), plain);
    expect(band.height).toBe(2 * 20 + 4);
    for (const item of items) expect(band.markup).toContain(`>${item.label}</text>`);
    expect(band.markup).toContain('stroke="#0072b2"');
    expect(band.markup.match(/<text x="30"/g)).toHaveLength(2);
  });
});
