import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExplorerPanel } from '../../../src/panels/explorer/ExplorerPanel';
import { useAppStore } from '../../../src/store';
import { handScenario } from '../../engine/fixtures';
import { resetStore, ShellProviders } from '../shell/shellHarness';

// The hand scenario of explorerStructures.test.tsx: 2 creators, each selling 9 payable orders at
// €72 = €648, at €50 a post (6 posts) → they expect €300. Fee + bonus: €150 as €25 a post and a bonus
// from €640 (€648 to two digits) that both reach, so €75 each. Tiered: r · 648 + 0.5 r · 8 = €150
// per creator → r = 23.006% (shown 23%), 34.5% above €640.
const hand = handScenario(
  { label: 'Micro creators', creators: 2, posts: 3, followers: 10000, reachRate: 0.5, clickRate: 0.02, conversionRate: 0.05, leadRate: 0.01, payment: { model: 'fixed', feePerPost: 50 } },
  {
    name: 'Spring',
    simulation: { trials: 500, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 },
  },
);

describe('the explorer’s structures that bend', () => {
  beforeEach(() => {
    resetStore();
    const key = useAppStore.getState().entries[0]!.key;
    act(() => useAppStore.getState().updateScenario(key, hand));
  });

  it('shows fee + bonus and tiered commission at equal expected earnings, and turns one into a scenario', () => {
    render(
      <ShellProviders>
        <ExplorerPanel />
      </ShellProviders>,
    );
    expect(screen.getByTestId('terms-feeBonus')).toHaveTextContent('€25.00 per post + €75.00 bonus per creator from €640 sales');
    expect(screen.getByTestId('terms-tiered')).toHaveTextContent('23% up to €640 of a creator’s sales, 34.5% above');
    const card = within(screen.getByRole('article', { name: /^Fee \+ bonus/ }));
    expect(card.getByText('€300')).toBeInTheDocument();
    // Above cr = 640 / 12,960 = 4.94% both creators earn the bonus and the fee + bonus costs what the fixed fee does.
    expect(screen.getByRole('list', { name: 'Brand profit by conversion rate' })).toHaveTextContent('Below a 4.94% conversion rate, the fee + bonus beats the fixed fee for the brand; from there on they give it the same profit.');
    fireEvent.click(screen.getByRole('button', { name: 'Create scenario with Fee + bonus' }));
    const created = useAppStore.getState().entries[1]!.scenario;
    expect(created.name).toBe('Spring — Fee + bonus €25.00/post + €75.00 bonus');
    expect(created.lineItems[0]!.payment).toEqual({ model: 'fixed', feePerPost: 25, bonus: { metric: 'sales', threshold: 640, amount: expect.closeTo(75, 9) } });
  });
});
