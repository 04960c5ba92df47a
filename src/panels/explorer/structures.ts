import {
  equivalentStructures,
  expectedEarnings,
  expectedFlows,
  profitAtConversionRate,
  profitInConversionRate,
  saturationAlone,
  soloScenario,
  structureOf,
  type EquivalentStructure,
  type ProfitInConversionRate,
  type StructureKind,
} from '../../engine/paymentExplorer';
import { projectPoint } from '../../engine/point';
import { LIMITS } from '../../engine/limits';
import type { LineItem, Payment, Scenario } from '../../engine/schema';
import { isLinear } from '../../engine/payouts/terms';
import type { PayoutBreakdown } from '../../engine/types';

/** One payment structure of the explorer, with the figures that need no simulation. */
export interface StructureRow extends EquivalentStructure {
  /** the structure the line item is paid with now */
  current: boolean;
  /** the line item alone under these terms; null when the structure is infeasible */
  solo: Scenario | null;
  /** the conversion rate at which the brand breaks even on the line item; may exceed 1 (out of reach) */
  breakEvenConversionRate: number | null;
  /** brand profit as a line in the conversion rate; null when infeasible or when tiers, a bonus or a cap bend it */
  line: ProfitInConversionRate | null;
  /** brand profit at a conversion rate, the other rates typical; null when infeasible */
  profitAt: ((rate: number) => number) | null;
  /** what the creators expect to be paid under these terms, part by part; null when infeasible */
  expectedPayout: PayoutBreakdown | null;
}

export interface StructureComparison {
  /** what the creators expect to earn under the current payment, which every structure matches */
  reference: number;
  rows: StructureRow[];
}

/** Equal-earnings terms of every structure for one line item, with their break-even figures. */
export function compareStructures(scenario: Scenario, item: LineItem): StructureComparison {
  const saturation = saturationAlone(scenario, item);
  const reference = expectedEarnings(item, scenario.economics, saturation);
  const rows = equivalentStructures(item, scenario.economics, reference, saturation).map((s): StructureRow => {
    const current = s.kind === structureOf(item.payment);
    if (!s.payment) return { ...s, current, solo: null, breakEvenConversionRate: null, line: null, profitAt: null, expectedPayout: null };
    const solo = soloScenario(scenario, item, s.payment);
    const paid = { ...item, payment: s.payment };
    return {
      ...s,
      current,
      solo,
      breakEvenConversionRate: projectPoint(solo).lineItems[0]?.breakEvenConversionRate ?? null,
      line: isLinear(s.payment) ? profitInConversionRate(paid, scenario.economics, saturation) : null,
      profitAt: profitAtConversionRate(paid, scenario.economics, saturation),
      expectedPayout: expectedFlows(paid, scenario.economics, saturation).payoutBreakdown,
    };
  });
  return { reference, rows };
}

/** A copy of the scenario whose line item is paid another way, under a new name. */
export function scenarioWithPayment(scenario: Scenario, itemId: string, payment: Payment, name: string): Scenario {
  const copy = structuredClone(scenario);
  return {
    ...copy,
    name: name.slice(0, LIMITS.nameLength),
    lineItems: copy.lineItems.map((li) => (li.id === itemId ? { ...li, payment: structuredClone(payment) } : li)),
  };
}

export type { StructureKind };
