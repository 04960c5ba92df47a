import { crossover, type ProfitInConversionRate, type StructureKind } from '../../engine/paymentExplorer';
import { crossingsOf, tiedFrom } from '../../engine/payouts/crossings';

/** A structure's brand profit by conversion rate, as the crossover chart and sentences need it. */
export interface StructureLine {
  kind: StructureKind;
  /** brand profit at a conversion rate */
  profitAt: (rate: number) => number;
  /** the same as a straight line when the terms are linear; null when tiers, a bonus or a cap bend it */
  line: ProfitInConversionRate | null;
}

/** What the lines of two structures (or groups of identical ones) say about each other. */
export type CrossoverFinding =
  | { type: 'same'; kinds: StructureKind[] }
  | { type: 'beats'; better: StructureKind; worse: StructureKind; rate: number; profit: number }
  | { type: 'between'; better: StructureKind; worse: StructureKind; rate: number; to: number; profit: number }
  | { type: 'tiedFrom'; better: StructureKind; worse: StructureKind; rate: number; profit: number }
  | { type: 'unreachable'; better: StructureKind; worse: StructureKind; rate: number }
  | { type: 'always'; better: StructureKind; worse: StructureKind };

/** Two lines closer than this, relative to their size, are the same line written two ways. */
const SAME = 1e-9;

/** Rates at which bent curves are compared to tell whether they are the same. */
const PROBES = [0, 0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];

function sameLine(a: StructureLine, b: StructureLine): boolean {
  if (a.line && b.line) {
    const [p, q] = [a.line, b.line];
    const scale = Math.max(1, Math.abs(p.intercept), Math.abs(q.intercept), Math.abs(p.slope), Math.abs(q.slope));
    return Math.abs(p.intercept - q.intercept) <= SAME * scale && Math.abs(p.slope - q.slope) <= SAME * scale;
  }
  return PROBES.every((r) => {
    const [p, q] = [a.profitAt(r), b.profitAt(r)];
    return Math.abs(p - q) <= SAME * Math.max(1, Math.abs(p), Math.abs(q));
  });
}

/** Structures whose lines coincide (a fee and a gift worth the same, say), each group in input order. */
export function groupIdentical(lines: readonly StructureLine[]): StructureLine[][] {
  const groups: StructureLine[][] = [];
  for (const l of lines) {
    const group = groups.find((g) => sameLine(g[0]!, l));
    if (group) group.push(l);
    else groups.push([l]);
  }
  return groups;
}

/** Every pair scans the same rates: each structure's profit is computed once per rate. */
function remembered(l: StructureLine): StructureLine {
  const known = new Map<number, number>();
  const profitAt = (rate: number) => {
    let p = known.get(rate);
    if (p === undefined) known.set(rate, (p = l.profitAt(rate)));
    return p;
  };
  return { ...l, profitAt };
}

/** Two straight lines cross once at most, solved exactly; a crossing above 100% cannot happen. */
function lineFindings(a: StructureLine & { line: ProfitInConversionRate }, b: StructureLine & { line: ProfitInConversionRate }, typicalRate: number): CrossoverFinding {
  const x = crossover(a.line, b.line);
  if (!x) {
    const aAhead = a.profitAt(typicalRate) >= b.profitAt(typicalRate);
    return { type: 'always', better: aAhead ? a.kind : b.kind, worse: aAhead ? b.kind : a.kind };
  }
  const [better, worse] = x.aBetter === 'above' ? [a.kind, b.kind] : [b.kind, a.kind];
  return x.rate > 1 ? { type: 'unreachable', better, worse, rate: x.rate } : { type: 'beats', better, worse, rate: x.rate, profit: a.profitAt(x.rate) };
}

/**
 * Bent curves may cross several times, or where a bonus makes one jump: the crossings between 0
 * and 100% are found numerically, and each says which structure leads from there to the next.
 */
function curveFindings(a: StructureLine, b: StructureLine, typicalRate: number): CrossoverFinding[] {
  // Curves that coincide on a stretch differ there by rounding only: that is no lead either way.
  const gap = (r: number) => {
    const [p, q] = [a.profitAt(r), b.profitAt(r)];
    return Math.abs(p - q) <= SAME * Math.max(1, Math.abs(p), Math.abs(q)) ? 0 : p - q;
  };
  const rates = crossingsOf(gap, typicalRate);
  if (rates.length === 0) {
    // Curves that part below a rate and meet from it on (a fee + bonus and the fee alone, once every
    // creator earns the bonus) are better one way below it and the same above.
    const tie = tiedFrom(gap, typicalRate);
    const probe = tie === null ? typicalRate : tie / 2;
    const aAhead = gap(probe) > 0 || (gap(probe) === 0 && PROBES.some((r) => gap(r) > 0));
    const [better, worse] = aAhead ? [a.kind, b.kind] : [b.kind, a.kind];
    if (tie !== null) return [{ type: 'tiedFrom', better, worse, rate: tie, profit: a.profitAt(tie) }];
    return [{ type: 'always', better, worse }];
  }
  return rates.map((rate, i) => {
    const to = rates[i + 1];
    // Just above the crossing (halfway to the next one, or a little beyond the last) tells who leads.
    const probe = to === undefined ? Math.min(1, rate * 1.01 + 1e-9) : (rate + to) / 2;
    const aAhead = gap(probe) > 0;
    const [better, worse] = aAhead ? [a.kind, b.kind] : [b.kind, a.kind];
    const profit = Math.max(a.profitAt(rate), b.profitAt(rate));
    return to === undefined ? { type: 'beats', better, worse, rate, profit } : { type: 'between', better, worse, rate, to, profit };
  });
}

/**
 * Every finding between the structures: which ones are the same for the brand, and for each other
 * pair the conversion rates at which one starts to beat the other. `typicalRate` decides which is
 * better when the lines never cross.
 */
export function crossoverFindings(lines: readonly StructureLine[], typicalRate: number): CrossoverFinding[] {
  const groups = groupIdentical(lines.map(remembered));
  const findings: CrossoverFinding[] = groups.filter((g) => g.length > 1).map((g) => ({ type: 'same', kinds: g.map((l) => l.kind) }));
  const heads = groups.map((g) => g[0]!);
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) {
      const [a, b] = [heads[i]!, heads[j]!];
      if (a.line && b.line) findings.push(lineFindings({ ...a, line: a.line }, { ...b, line: b.line }, typicalRate));
      else findings.push(...curveFindings(a, b, typicalRate));
    }
  }
  return findings;
}
