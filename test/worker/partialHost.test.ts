import { describe, expect, it, vi } from 'vitest';
import { allocationScenario } from '../../bench/allocation';
import type { FrontierSoFar } from '../../src/engine/allocation/types';
import { PARTIAL_VERSION, type TaskResponse } from '../../src/worker/protocol';
import { createTaskHost } from '../../src/worker/taskHost';

describe('task host: an allocation’s progress carries the frontier so far', () => {
  it('sends partials of this version beside the progress, each with as many budgets found or more, then the result', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(structuredClone(message)));
    host.handle({ type: 'start', taskId: 7, kind: 'allocate', input: { scenario: allocationScenario(true, 2000) } });
    await vi.waitUntil(() => sent.some((m) => m.type === 'result'), { timeout: 30_000, interval: 5 });
    const partials = sent.flatMap((m) => (m.type === 'progress' && m.partial ? [m.partial] : []));
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.every((p) => p.version === PARTIAL_VERSION)).toBe(true);
    const found = partials.map((p) => (p.value as FrontierSoFar).points.filter(Boolean).length);
    expect(found.every((n, i) => n >= 1 && n <= 20 && (i === 0 || n >= (found[i - 1] as number)))).toBe(true);
    expect(sent.at(-1)?.type).toBe('result');
  });
});
