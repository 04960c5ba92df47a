export type Anchor = 'start' | 'middle' | 'end';

export interface RuleLabel {
  /** x of the rule the label belongs to */
  x: number;
  /** estimated label width in px */
  width: number;
  /** anchors to try, best first */
  anchors: readonly Anchor[];
}

export interface PlacedLabel {
  /** text x for the chosen anchor */
  x: number;
  anchor: Anchor;
  /** 0 is the row nearest the plot; higher rows sit further above it. A rule runs from its label's row down. */
  row: number;
}

interface Box {
  x0: number;
  x1: number;
}

const GAP = 6;
const OFFSET = 4;

function boxOf(label: RuleLabel, anchor: Anchor, plotWidth: number): Box & { textX: number } {
  const want = anchor === 'start' ? label.x + OFFSET : anchor === 'end' ? label.x - OFFSET - label.width : label.x - label.width / 2;
  const x0 = Math.max(0, Math.min(plotWidth - label.width, want));
  const x1 = x0 + label.width;
  return { x0, x1, textX: anchor === 'start' ? x0 : anchor === 'end' ? x1 : x0 + label.width / 2 };
}

const contains = (b: Box, x: number) => x > b.x0 - 2 && x < b.x1 + 2;

function permutations(n: number): number[][] {
  if (n <= 1) return [[...Array(n).keys()]];
  return permutations(n - 1).flatMap((p) => [...Array(n).keys()].map((i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/**
 * Places the labels of vertical rules (P5, P50, P95…) above a plot so that no two labels overlap and
 * no rule crosses a label: a rule runs from its label's row down, so a label may only sit over rules
 * whose labels are on lower rows. Tries every order of placement, nearest rows first.
 * Returns null when the labels cannot be placed that way (then shorter labels are needed).
 */
export function placeRuleLabels(labels: readonly RuleLabel[], plotWidth: number, rows = 3): PlacedLabel[] | null {
  for (const order of permutations(labels.length)) {
    const placed = new Map<number, Box & PlacedLabel>();
    for (const i of order) {
      const label = labels[i];
      if (!label) break;
      let choice: (Box & PlacedLabel) | undefined;
      for (let row = 0; row < rows && !choice; row++) {
        for (const anchor of label.anchors) {
          const b = boxOf(label, anchor, plotWidth);
          // A label beside its rule that had to be pushed back over it would be struck through.
          if (anchor !== 'middle' && contains(b, label.x)) continue;
          const ok = [...placed.entries()].every(([j, p]) => {
            const other = labels[j];
            if (!other) return true;
            if (p.row === row && b.x0 < p.x1 + GAP && p.x0 < b.x1 + GAP) return false;
            if (p.row >= row && contains(b, other.x)) return false;
            return !(p.row < row && contains(p, label.x));
          });
          if (ok) {
            choice = { x0: b.x0, x1: b.x1, x: b.textX, anchor, row };
            break;
          }
        }
      }
      if (!choice) break;
      placed.set(i, choice);
    }
    if (placed.size === labels.length) return labels.map((_, i) => placed.get(i)!).map(({ x, anchor, row }) => ({ x, anchor, row }));
  }
  return null;
}
