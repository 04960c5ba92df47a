import { crossover, type ProfitInConversionRate, type StructureKind } from '../../engine/paymentExplorer';

/** A structure's brand-profit line, as the crossover chart and sentences need it. */
export interface StructureLine {
  kind: StructureKind;
  line: ProfitInConversionRate;
}

/** What the lines of two structures (or groups of identical ones) say about each other. */
export type CrossoverFinding =
  | { type: 'same'; kinds: StructureKind[] }
  | { type: 'beats'; better: StructureKind; worse: StructureKind; rate: number; profit: number }
  | { type: 'unreachable'; better: StructureKind; worse: StructureKind; rate: number }
  | { type: 'always'; better: StructureKind; worse: StructureKind };

/** Two lines closer than this, relative to their size, are the same line written two ways. */
const SAME = 1e-9;

function sameLine(a: ProfitInConversionRate, b: ProfitInConversionRate): boolean {
  const scale = Math.max(1, Math.abs(a.intercept), Math.abs(b.intercept), Math.abs(a.slope), Math.abs(b.slope));
  return Math.abs(a.intercept - b.intercept) <= SAME * scale && Math.abs(a.slope - b.slope) <= SAME * scale;
}

/** Structures whose lines coincide (a fee and a gift worth the same, say), each group in input order. */
export function groupIdentical(lines: readonly StructureLine[]): StructureLine[][] {
  const groups: StructureLine[][] = [];
  for (const l of lines) {
    const group = groups.find((g) => sameLine(g[0]!.line, l.line));
    if (group) group.push(l);
    else groups.push([l]);
  }
  return groups;
}

const at = (l: ProfitInConversionRate, rate: number) => l.intercept + l.slope * rate;

/**
 * Every finding between the structures: which ones are the same for the brand, and for each other
 * pair the conversion rate above which one starts to beat the other. A crossing above 100% cannot
 * happen, so it is reported apart. `typicalRate` decides which is better when the lines never cross.
 */
export function crossoverFindings(lines: readonly StructureLine[], typicalRate: number): CrossoverFinding[] {
  const groups = groupIdentical(lines);
  const findings: CrossoverFinding[] = groups.filter((g) => g.length > 1).map((g) => ({ type: 'same', kinds: g.map((l) => l.kind) }));
  const heads = groups.map((g) => g[0]!);
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) {
      const a = heads[i]!;
      const b = heads[j]!;
      const x = crossover(a.line, b.line);
      if (!x) {
        const aAhead = at(a.line, typicalRate) >= at(b.line, typicalRate);
        findings.push({ type: 'always', better: aAhead ? a.kind : b.kind, worse: aAhead ? b.kind : a.kind });
        continue;
      }
      const [better, worse] = x.aBetter === 'above' ? [a.kind, b.kind] : [b.kind, a.kind];
      findings.push(x.rate > 1 ? { type: 'unreachable', better, worse, rate: x.rate } : { type: 'beats', better, worse, rate: x.rate, profit: at(a.line, x.rate) });
    }
  }
  return findings;
}
