import { describe, expect, it } from 'vitest';
import { placeRuleLabels, type RuleLabel } from '../../src/charts/labelPlacement';

const anchors = [['end', 'start', 'middle'], ['middle', 'start', 'end'], ['start', 'end', 'middle']] as const;
const labels = (xs: number[], width: number): RuleLabel[] => xs.map((x, i) => ({ x, width, anchors: anchors[i]! }));

function boxes(ls: RuleLabel[], placed: { x: number; anchor: string; row: number }[]) {
  return placed.map((p, i) => {
    const w = ls[i]!.width;
    const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
    return { x0, x1: x0 + w, row: p.row };
  });
}

describe('placeRuleLabels', () => {
  it('keeps spread-out labels on the row nearest the plot, leaning away from the median', () => {
    const placed = placeRuleLabels(labels([100, 300, 500], 60), 600);
    expect(placed?.map((p) => p.row)).toEqual([0, 0, 0]);
    expect(placed?.map((p) => p.anchor)).toEqual(['end', 'middle', 'start']);
  });
  it('stacks crowded labels so that none overlap, none leave the plot and no rule strikes one through', () => {
    const ls = labels([30, 70, 110], 70);
    const placed = placeRuleLabels(ls, 400);
    expect(placed).not.toBeNull();
    const b = boxes(ls, placed!);
    for (const [i, a] of b.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(400);
      for (const [j, c] of b.entries()) {
        if (i === j) continue;
        if (a.row === c.row) expect(a.x1 <= c.x0 || c.x1 <= a.x0).toBe(true);
        // Rule j runs from its label's row down: it must not cross a label on a lower row.
        if (a.row < c.row) expect(ls[j]!.x > a.x0 && ls[j]!.x < a.x1).toBe(false);
      }
    }
  });
  it('gives up when the rows cannot hold the labels, so the caller can shorten them', () => {
    expect(placeRuleLabels(labels([30, 70, 110], 70), 400, 1)).toBeNull();
    expect(placeRuleLabels(labels([30, 70, 110], 20), 400, 1)).not.toBeNull();
  });
});
