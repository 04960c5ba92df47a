import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskRequest, TaskResponse } from '../../src/worker/protocol';
import { createTaskHost } from '../../src/worker/taskHost';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { STEPS, stepsTaken } from './fakeEngine';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

beforeEach(() => {
  stepsTaken.clear();
});

const start = (taskId: number, name: string): TaskRequest => ({ type: 'start', taskId, kind: 'simulate', input: { scenario: defaultScenario(name) } });

describe('task host (the worker side)', () => {
  it('says when a cancelled task has stopped computing, and sends nothing of it afterwards', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle(start(41, 'A'));
    host.handle({ type: 'cancel', taskId: 41 });
    await vi.waitUntil(() => sent.some((m) => m.type === 'stopped'), { interval: 1 });
    const stoppedAt = sent.findIndex((m) => m.type === 'stopped');
    expect(sent[stoppedAt]).toEqual({ type: 'stopped', taskId: 41 });
    expect(stepsTaken.get('A')).toBeLessThan(STEPS);
    const steps = stepsTaken.get('A');
    await new Promise((r) => setTimeout(r, 60));
    expect(sent.length).toBe(stoppedAt + 1);
    expect(stepsTaken.get('A')).toBe(steps);
  });

  it('runs two tasks side by side, and a cancel stops only the one it names', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle(start(1, 'A'));
    host.handle(start(2, 'B'));
    host.handle({ type: 'cancel', taskId: 1 });
    await vi.waitUntil(() => sent.some((m) => m.type === 'result'), { interval: 1 });
    expect(sent.filter((m) => m.type !== 'progress')).toEqual([{ type: 'stopped', taskId: 1 }, expect.objectContaining({ type: 'result', taskId: 2 })]);
    expect(stepsTaken.get('B')).toBe(STEPS);
  });

  it('answers a task of a kind it does not know with an error naming the kind', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle({ type: 'start', taskId: 5, kind: 'forecast', input: {} } as unknown as TaskRequest);
    await vi.waitUntil(() => sent.length > 0, { interval: 1 });
    expect(sent).toEqual([{ type: 'error', taskId: 5, message: 'no task of kind "forecast"' }]);
  });

  it('reports an engine error as the error of that task', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle(start(9, 'explode'));
    await vi.waitUntil(() => sent.length > 0, { interval: 1 });
    expect(sent).toEqual([{ type: 'error', taskId: 9, message: 'boom' }]);
  });

  it('ignores a cancel of a task it does not hold', () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle({ type: 'cancel', taskId: 77 });
    expect(sent).toEqual([]);
  });
});
