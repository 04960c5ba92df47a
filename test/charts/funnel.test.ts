import { describe, expect, it } from 'vitest';
import { funnelSteps } from '../../src/charts/funnel';

const volumes = { impressions: 100_000, reach: 60_000, engagements: 5_000, clicks: 800, conversions: 20, leads: 0, netRevenue: 1_000 };

describe('funnelSteps', () => {
  it('measures clicks per impression and conversions per click, as the model does', () => {
    const steps = funnelSteps(volumes);
    expect(steps.map((s) => s.key)).toEqual(['impressions', 'reach', 'engagements', 'clicks', 'conversions']);
    expect(steps.find((s) => s.key === 'clicks')?.rate).toBeCloseTo(0.008, 10);
    expect(steps.find((s) => s.key === 'conversions')?.rate).toBeCloseTo(0.025, 10);
    expect(steps[0]?.rate).toBeNull();
  });
  it('adds leads only when there are any, and leaves rates undefined over an empty base', () => {
    expect(funnelSteps({ ...volumes, leads: 40 }).at(-1)).toMatchObject({ key: 'leads', base: 'clicks', rate: 0.05 });
    const empty = funnelSteps({ ...volumes, impressions: 0, clicks: 0, conversions: 0 });
    expect(empty.find((s) => s.key === 'conversions')?.rate).toBeNull();
  });
});
