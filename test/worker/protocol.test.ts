import { describe, expect, it } from 'vitest';
import { MC_METRICS, type MonteCarloResult } from '../../src/engine/types';
import { transferablesOf, type TaskRequest, type TaskResponse } from '../../src/worker/protocol';
import { defaultScenario } from '../../src/store/defaultWorkspace';

function resultWithSamples(trials: number): MonteCarloResult {
  const metrics = Object.fromEntries(
    MC_METRICS.map((m, i) => [m, { mean: i + 0.5, sd: i === 7 ? null : 1.25, p5: -3, p50: 0.1, p95: 1e9 }]),
  ) as MonteCarloResult['metrics'];
  const samples = Object.fromEntries(MC_METRICS.map((m, i) => [m, Float64Array.from({ length: trials }, (_, t) => t * (i + 1) - 0.5)])) as NonNullable<
    MonteCarloResult['samples']
  >;
  return { trials, seed: 42, metrics, probabilityOfLoss: 0.125, probabilityOverBudget: null, samples };
}

describe('worker protocol', () => {
  it('sends a start request through structured clone unchanged', () => {
    const request: TaskRequest = { type: 'start', taskId: 3, kind: 'simulate', input: { scenario: defaultScenario(), trials: 1000, keepSamples: true } };
    expect(structuredClone(request)).toEqual(request);
  });

  it('keeps results, nulls and Float64Array samples through structured clone', () => {
    const message: TaskResponse = { type: 'result', taskId: 7, result: resultWithSamples(16) };
    const copy = structuredClone(message);
    expect(copy).toEqual(message);
    if (copy.type !== 'result' || !('samples' in copy.result)) throw new Error('wrong type');
    expect(copy.result.samples?.profit).toBeInstanceOf(Float64Array);
    expect(copy.result.metrics.roi.sd).toBeNull();
  });

  it('transfers every sample buffer instead of copying it', () => {
    const result = resultWithSamples(8);
    const expected = structuredClone(result);
    const buffers = transferablesOf(result);
    expect(buffers).toHaveLength(MC_METRICS.length);
    const received = structuredClone({ type: 'result', taskId: 1, result } satisfies TaskResponse, { transfer: buffers });
    expect(received.result).toEqual(expected);
    expect(result.samples?.profit.length).toBe(0);
  });

  it('has nothing to transfer without samples', () => {
    const { samples: _, ...bare } = resultWithSamples(2);
    expect(transferablesOf(bare)).toEqual([]);
  });
});
