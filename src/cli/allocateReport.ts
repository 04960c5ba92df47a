import type { AllocationResult } from '../engine/allocation/types';
import { buildReport, plainNumber, type ScenarioReport } from './report';

/** The JSON of docs/MODEL.md §8, exactly these keys in this order; undefined numbers are null. */
export interface AllocationReport {
  status: AllocationResult['status'];
  objective: { name: string; value: number | null };
  allocation: { id: string; creators: number; was: number; min: number; max: number | null }[];
  binding: string[];
  marginal: { id: string; addOne: number | null; removeOne: number | null }[];
  result: ScenarioReport;
  frontier: {
    budget: number | null;
    status: AllocationResult['status'];
    objective: number | null;
    profit: { p5: number | null; p50: number | null; p95: number | null };
    probabilityOfLoss: number | null;
    cost: number | null;
  }[];
}

export function allocationReport(r: AllocationResult): AllocationReport {
  return {
    status: r.status,
    objective: { name: r.objective.name, value: plainNumber(r.objective.value) },
    allocation: r.allocation.map(({ id, creators, was, min, max }) => ({ id, creators, was, min, max })),
    binding: [...r.binding],
    marginal: r.marginal.map(({ id, addOne, removeOne }) => ({ id, addOne: plainNumber(addOne), removeOne: plainNumber(removeOne) })),
    result: buildReport([r.result]).scenarios[0] as ScenarioReport,
    frontier: r.frontier.map((p) => ({
      budget: plainNumber(p.budget),
      status: p.status,
      objective: plainNumber(p.objective),
      profit: { p5: plainNumber(p.profit.p5), p50: plainNumber(p.profit.p50), p95: plainNumber(p.profit.p95) },
      probabilityOfLoss: plainNumber(p.probabilityOfLoss),
      cost: plainNumber(p.cost),
    })),
  };
}
