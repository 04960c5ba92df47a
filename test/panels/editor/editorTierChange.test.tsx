import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { benchmarkDefaults, defaultLineItem } from '../../../src/engine/defaults';
import type { Scenario } from '../../../src/engine/schema';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { exampleScenario } from '../fixtures';

/** A scenario whose one line item sits exactly at the micro · Instagram benchmark, paid a fee. */
function atBenchmark(): Scenario {
  return { ...exampleScenario(), lineItems: [defaultLineItem('micro', 'instagram', 'micro-instagram')] };
}

function setup(initial: Scenario) {
  const spy = vi.fn<(s: Scenario) => void>();
  function Controlled() {
    const [scenario, setScenario] = useState(initial);
    return <ScenarioEditor scenario={scenario} onChange={(next) => (spy(next), setScenario(next))} />;
  }
  render(<Controlled />);
  return { item: () => spy.mock.lastCall?.[0].lineItems[0] };
}

const card = (name: string) => within(screen.getByRole('region', { name }));

describe('changing tier or platform', () => {
  it('moves untouched benchmark values to the new cell silently, and says so', () => {
    const { item } = setup(atBenchmark());
    fireEvent.change(card('Micro creators on Instagram').getByRole('combobox', { name: 'Platform' }), { target: { value: 'youtube' } });
    const yt = benchmarkDefaults('micro', 'youtube');
    expect(item()).toMatchObject({ platform: 'youtube', followers: 30_000, reachRate: yt.reachRate.value, conversionRate: yt.conversionRate.value });
    // Micro · YouTube: 30,000 × √(0.08·0.35) = 5,020 views; CPM median √(15·40) = $24.49 implies
    // $122.9, and √(1,000 · 122.9) = $350.6 is a CPM of $69.8, capped at $61 × 5.020 = $306.2 → $300. Followers are 30,000 in both cells, so they do not "follow".
    expect(item()?.payment.feePerPost).toBe(300);
    const region = card('Micro creators on YouTube');
    expect(region.getByRole('status')).toHaveTextContent('Now at the benchmark values for Micro on YouTube.');
    expect(region.getByRole('status')).toHaveTextContent(/followed the new one \(Fee per post, Reach rate/);
    expect(region.queryByRole('button', { name: 'Use benchmark values' })).toBeNull();
  });

  it('keeps a fee the planner typed and offers the benchmark beside it', () => {
    const { item } = setup(atBenchmark());
    const micro = card('Micro creators on Instagram');
    fireEvent.change(micro.getByRole('spinbutton', { name: 'Fee per post' }), { target: { value: '650' } });
    fireEvent.change(micro.getByRole('combobox', { name: 'Tier' }), { target: { value: 'macro' } });
    const macroTable = benchmarkDefaults('macro', 'instagram');
    expect(item()?.payment.feePerPost).toBe(650);
    expect(item()?.followers).toBe(macroTable.followers.value.typical);
    const macro = card('Macro creators on Instagram');
    const offer = macro.getByRole('group', { name: 'Benchmark values for Macro on Instagram' });
    // Macro · Instagram: 300,000 × √(0.06·0.22) = 34,467 views; √(6,000 · 22.5 · 34.467 = $730.9) =
    // $2,094 is a CPM of $60.8, over Instagram's $42: 42 × 34.467 = $1,447.6 → $1,400.
    expect(offer).toHaveTextContent('differ from yours: Fee per post €1,400.');
    expect(offer).toHaveTextContent(/followed the new one \(Followers, Reach rate/);
    fireEvent.click(within(offer).getByRole('button', { name: 'Keep mine' }));
    expect(item()?.payment.feePerPost).toBe(650);
    expect(macro.queryByRole('group', { name: 'Benchmark values for Macro on Instagram' })).toBeNull();
  });

  it('takes the offered values only when the planner accepts them', () => {
    const { item } = setup(atBenchmark());
    const micro = card('Micro creators on Instagram');
    fireEvent.change(micro.getByRole('spinbutton', { name: 'Followers' }), { target: { value: '45000' } });
    fireEvent.change(micro.getByRole('combobox', { name: 'Platform' }), { target: { value: 'tiktok' } });
    expect(item()?.followers).toBe(45_000);
    const tiktok = card('Micro creators on TikTok');
    expect(tiktok.getByRole('group', { name: 'Benchmark values for Micro on TikTok' })).toHaveTextContent('Followers 30,000');
    fireEvent.click(tiktok.getByRole('button', { name: 'Use benchmark values' }));
    expect(item()?.followers).toBe(30_000);
    expect(tiktok.getByRole('spinbutton', { name: 'Followers' })).toHaveValue('30000');
  });
});
