import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import { SensitivityPanel } from '../../../src/panels/sensitivity/SensitivityPanel';
import { handScenario } from '../../engine/fixtures';
import { resetStore, showView } from '../shell/shellHarness';

const show = (scenario: Scenario, lang: 'en' | 'nl' = 'en') => showView(<SensitivityPanel />, scenario, lang);

/** The tornado is worked out in the task host (on this thread in jsdom): wait for its first bar. */
const tornadoLabels = async () => (await screen.findAllByTestId('tornado-label')).map((l) => l.textContent);

const sentences = () =>
  within(screen.getByRole('region', { name: /What must be true|Wat moet kloppen/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const scopes = () =>
  within(screen.getByRole('region', { name: /What must be true|Wat moet kloppen/ }))
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);

// The case of test/engine/sensitivity.test.ts: 1 creator, 100,000 followers, CTR 1%, €50 gross
// profit per order, €100 fee; reach {0.1, 0.4}, conversion {0.01, 0.09}, engagement {0.01, 0.04}.
const ranged = handScenario({
  label: 'Micro creators on TikTok',
  reachRate: { low: 0.1, high: 0.4 },
  conversionRate: { low: 0.01, high: 0.09 },
  engagementRate: { low: 0.01, high: 0.04 },
});

describe('SensitivityPanel', () => {
  beforeEach(resetStore);

  it('draws the tornado widest swing first, labelled with the line item, the rate and its P5 → P95', async () => {
    show(ranged);
    const labels = await tornadoLabels();
    expect(labels).toEqual(['Micro creators on TikTok · conversion rate', 'Micro creators on TikTok · reach rate', 'Micro creators on TikTok · engagement rate']);
    const bars = screen.getAllByTestId('tornado-bar');
    expect(bars[0]).toHaveTextContent('1% → 9%');
    expect(bars[1]).toHaveTextContent('10% → 40%');
    // Profit with conversion at P5 is €0 and at P95 €800; reach gives €50 → €500 (hand calculation).
    const table = screen.getByRole('table', { name: 'What moves profit most' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('€0.00 → €800');
    expect(rows[0]).toHaveTextContent('€800');
    expect(rows[1]).toHaveTextContent('€50.00 → €500');
    // The drawing's name carries the summary, so screen readers hear the base and the widest swing.
    expect(screen.getByRole('img', { name: /What moves profit most/ })).toHaveAccessibleName(
      /Campaign profit is €200 in the typical case, every input at its median\. The widest swing comes from Micro creators on TikTok · conversion rate: €0\.00 at its P5, €800 at its P95\./,
    );
  });

  it('says what must be true, with the hand-calculated figures', () => {
    // Typical profit 300k − 100 → k = 1/3; break-even conversion 1% (typical 3%); fee up to €300.
    show(ranged);
    expect(sentences()).toEqual([
      'The campaign breaks even if conversion rates reach 33% of their typical values: a 67% margin of safety.',
      'Micro creators on TikTok: breaks even at a 1% conversion rate, below its typical 3%.',
      'Micro creators on TikTok: breaks even at up to €300 per post (now €100).',
    ]);
    expect(scopes()).toEqual(['The whole campaign: payouts (it has no overheads)', 'Each line item on its own: its payouts only, overheads not included']);
  });

  it('says how much conversion must rise when the plan loses money, and when that is out of reach', () => {
    // A €400 fee against €300 gross profit: k = 4/3.
    show(handScenario({ label: 'Group', payment: { model: 'fixed', feePerPost: 400 } }));
    // The line item needs 3% × 4/3 = 4%, the same 1.3× as the campaign: there are no overheads.
    expect(sentences()).toEqual([
      'The campaign loses money at typical rates: every conversion rate would have to be 1.3× its typical value.',
      'Group: breaks even at a 4% conversion rate, 1.3× its typical 3%.',
      'Group: breaks even at up to €300 per post (now €400).',
    ]);
  });

  it('tells the campaign with its overheads apart from the line item on its own', () => {
    // €400 fee + €200 overheads against €300 gross profit: the campaign needs 600/300 = 2× its
    // conversion rates, the line item alone 400/300 = 1.3× (4% against its typical 3%).
    show(handScenario({ label: 'Group', payment: { model: 'fixed', feePerPost: 400 } }, { overheads: [{ label: 'Agency', amount: 200 }] }));
    expect(scopes()).toEqual(['The whole campaign: payouts and €200 of overheads', 'Each line item on its own: its payouts only, overheads not included']);
    expect(sentences().slice(0, 2)).toEqual([
      'The campaign loses money at typical rates: every conversion rate would have to be 2× its typical value.',
      'Group: breaks even at a 4% conversion rate, 1.3× its typical 3%.',
    ]);
  });

  it('says so when the break-even conversion rate cannot be reached', () => {
    // A €100,000 fee: k = 100,000 / 300 = 333.3 and the break-even conversion rate 0.03 · 333.3 = 1,000%.
    show(handScenario({ label: 'Group', payment: { model: 'fixed', feePerPost: 100000 } }));
    expect(sentences()).toEqual([
      'The campaign loses money at typical rates: every conversion rate would have to be 333× its typical value, which would take more orders than clicks for Group: out of reach.',
      'Group: cannot break even; it would take a 1,000% conversion rate, more orders than clicks.',
      'Group: breaks even at up to €300 per post (now €100,000).',
    ]);
  });

  it('speaks Dutch', async () => {
    show(ranged, 'nl');
    expect((await tornadoLabels())[0]).toBe('Micro creators on TikTok · conversieratio');
    expect(sentences()).toEqual([
      'De campagne speelt quitte als de conversieratio’s 33% van hun typische waarde halen: een veiligheidsmarge van 67%.',
      'Micro creators on TikTok: quitte bij een conversieratio van 1%, onder de typische 3%.',
      'Micro creators on TikTok: quitte bij hoogstens €\u00a0300 per post (nu €\u00a0100).',
    ]);
  });

  it('explains the empty tornado when every rate is known', async () => {
    show(handScenario());
    expect(await screen.findByText(/Every rate in this plan is a known number/)).toBeInTheDocument();
    expect(screen.queryByTestId('tornado-bar')).toBeNull();
  });
});
