import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExplorerPanel } from '../../../src/panels/explorer/ExplorerPanel';
import { useAppStore } from '../../../src/store';
import { handScenario } from '../../engine/fixtures';
import { resetStore, ShellProviders } from '../shell/shellHarness';

// The scenario of test/engine/paymentExplorer.test.ts: 2 creators × 3 posts, 600 clicks, 30 orders,
// 6 leads; net order €72, 25% returns, 80% tracked → 18 payable orders, 4.8 tracked leads.
// A €50 fee per post → the creators expect €300.
const hand = handScenario(
  {
    label: 'Micro creators',
    creators: 2,
    posts: 3,
    followers: 10000,
    reachRate: 0.5,
    clickRate: 0.02,
    conversionRate: 0.05,
    leadRate: 0.01,
    payment: { model: 'fixed', feePerPost: 50 },
  },
  {
    name: 'Spring',
    simulation: { trials: 500, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 },
  },
);

function loadScenario(scenario = hand) {
  const key = useAppStore.getState().entries[0]!.key;
  act(() => useAppStore.getState().updateScenario(key, scenario));
}

function renderPanel() {
  return render(
    <ShellProviders>
      <ExplorerPanel />
    </ShellProviders>,
  );
}

const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });

describe('ExplorerPanel', () => {
  beforeEach(() => {
    resetStore();
    loadScenario();
  });

  it('shows the equal-earnings terms of every structure from the hand calculation', () => {
    renderPanel();
    expect(screen.getByText(/expect to earn €300\./)).toBeInTheDocument();
    expect(screen.getByTestId('terms-fixed')).toHaveTextContent('€50.00 per post');
    expect(screen.getByTestId('terms-gifting')).toHaveTextContent('€150 gift per creator');
    // CPA 300 / 18 = €16.67; CPS 300 / (18 · 72) = 23.1%; CPL 300 / 4.8 = €62.50; hybrid €25 + 11.6%
    expect(screen.getByTestId('terms-cpa')).toHaveTextContent('€16.67 per sale');
    expect(screen.getByTestId('terms-cps')).toHaveTextContent('23.1% commission');
    expect(screen.getByTestId('terms-cpl')).toHaveTextContent('€62.50 per lead');
    expect(screen.getByTestId('terms-hybrid')).toHaveTextContent('€25.00 per post + 11.6% commission');
    expect(within(card('Fixed fee')).getByText('current')).toBeInTheDocument();
  });

  it('gives each structure its break-even conversion rate and says where fixed fee and CPS cross', () => {
    renderPanel();
    // Fixed: −300 + 16,200 · cr = 0 → 1.85%. CPS pays per order, so it never loses: no break-even rate.
    expect(within(card('Fixed fee')).getByText('1.85%')).toBeInTheDocument();
    expect(within(card('CPS')).getByText('none: profit at any rate')).toBeInTheDocument();
    // The lines meet at the expected conversion rate, 5% (paymentExplorer.test.ts).
    const findings = screen.getByRole('list', { name: 'Brand profit by conversion rate' });
    expect(within(findings).getByText('Above a 5% conversion rate, the fixed fee beats CPA for the brand; below it, CPA does.')).toBeInTheDocument();
    expect(within(findings).getByText('The fixed fee, gifting and CPL give the brand the same profit at every conversion rate.')).toBeInTheDocument();
    expect(within(findings).getByText('CPA and CPS give the brand the same profit at every conversion rate.')).toBeInTheDocument();
  });

  it('says in words why a structure has no terms', () => {
    loadScenario({ ...hand, lineItems: [{ ...hand.lineItems[0]!, leadRate: 0, payment: { model: 'fixed', feePerPost: 3000 } }] });
    renderPanel();
    expect(within(card('CPL')).getByText(/no leads are expected/)).toBeInTheDocument();
    expect(within(card('CPS')).getByText(/more than all of the sales they bring in/)).toBeInTheDocument();
    expect(within(card('CPS')).queryByRole('button')).toBeNull();
    // €18,000 over 18 payable orders is €1,000 per sale against €27 of margin: a loss at any rate.
    expect(within(card('CPA')).getByText('none: a loss at any rate')).toBeInTheDocument();
  });

  it('turns a structure into a new scenario with that payment', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Create scenario with CPS' }));
    const { entries, selectedKey } = useAppStore.getState();
    expect(entries).toHaveLength(2);
    const created = entries[1]!;
    expect(selectedKey).toBe(created.key);
    expect(created.scenario.name).toBe('Spring — CPS 23.1%');
    expect(created.scenario.lineItems[0]!.payment.model).toBe('cps');
    expect(created.scenario.lineItems[0]!.payment.commissionRate).toBeCloseTo(300 / 1296, 12);
    expect(created.scenario.overheads).toEqual(hand.overheads);
    expect(entries[0]!.scenario.lineItems[0]!.payment).toEqual({ model: 'fixed', feePerPost: 50 });
  });

  it('follows the line item picked in the select', () => {
    const second = { ...hand.lineItems[0]!, id: 'b', label: 'Nano gifting', creators: 4, payment: { model: 'gifting' as const, giftCost: 30 } };
    loadScenario({ ...hand, lineItems: [hand.lineItems[0]!, second] });
    renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Line item' }), { target: { value: 'b' } });
    // 4 creators × €30 = €120 expected; a fee per post of 120 / 12 = €10.
    expect(screen.getByText(/creators of Nano gifting expect to earn €120\./)).toBeInTheDocument();
    expect(screen.getByTestId('terms-fixed')).toHaveTextContent('€10.00 per post');
  });

  it('speaks Dutch', () => {
    act(() => useAppStore.getState().setLang('nl'));
    renderPanel();
    expect(screen.getByTestId('terms-cps')).toHaveTextContent('23,1% commissie');
    expect(screen.getByTestId('terms-gifting')).toHaveTextContent('cadeau van € 150 per creator');
    expect(screen.getByRole('combobox', { name: 'Regel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scenario maken met Vast bedrag' })).toBeInTheDocument();
    expect(screen.getByText('Boven een conversieratio van 5% is het vaste bedrag voor het merk beter dan CPA; daaronder is CPA beter.')).toBeInTheDocument();
  });

  it('simulates each structure and shows who carries the risk', async () => {
    renderPanel();
    // With a fixed fee the creators earn exactly €300 in every trial: all the risk sits with the brand.
    const fixed = card('Fixed fee');
    expect(await within(fixed).findByText('€300 to €300', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByTestId('risk-row-cps', {}, { timeout: 5000 })).toBeInTheDocument();
    // CPS pays a share of each sale, so the brand never loses money on it.
    expect(within(card('CPS')).getAllByText('0%').length).toBeGreaterThan(0);
  });
});
