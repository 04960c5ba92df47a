import { describe, expect, it, vi } from 'vitest';
import type { TaskResponse } from '../../src/worker/protocol';
import { createTaskHost } from '../../src/worker/taskHost';

/**
 * A task whose steps each take at least a millisecond and which makes an urgent offer at the first
 * step after its first report: then 100 ms (PROGRESS_EVERY_MS) pass before a report would be due.
 */
const fake = vi.hoisted(() => {
  const state = { steps: 0, offeredAt: -1, offerSentAt: -1, reports: 0 };
  const busy = () => {
    const until = performance.now() + 1;
    while (performance.now() < until);
  };
  return {
    state,
    start: () => ({
      step(): boolean {
        busy();
        state.steps++;
        if (state.reports > 0 && state.offeredAt < 0) state.offeredAt = state.steps;
        return state.steps >= 400;
      },
      progress: 0,
      partialIsUrgent: () => state.offeredAt >= 0 && state.offerSentAt < 0,
      takePartial() {
        state.reports++;
        if (state.offeredAt < 0 || state.offerSentAt >= 0) return null;
        state.offerSentAt = state.steps;
        return { offer: true };
      },
      result: () => 'done',
    }),
  };
});
vi.mock('../../src/worker/tasks', () => ({ TASKS: { fake: { start: fake.start } } }));

describe('task host: an urgent partial', () => {
  it('goes out after the slice it was made in, not at the next progress report 100 ms later', async () => {
    const sent: TaskResponse[] = [];
    const host = createTaskHost((message) => sent.push(message));
    host.handle({ type: 'start', taskId: 1, kind: 'fake' as never, input: {} as never });
    await vi.waitUntil(() => sent.some((m) => m.type === 'result'), { timeout: 30_000, interval: 5 });
    expect(fake.state.offeredAt).toBeGreaterThan(0);
    // A slice is 12 ms and every step at least 1 ms: the offer leaves within 13 steps of being made.
    // Waiting for the next report would take about a hundred (at least 88 under any load).
    expect(fake.state.offerSentAt - fake.state.offeredAt).toBeLessThanOrEqual(13);
    expect(sent.some((m) => m.type === 'progress' && (m.partial?.value as unknown as { offer?: boolean } | undefined)?.offer)).toBe(true);
  });
});
