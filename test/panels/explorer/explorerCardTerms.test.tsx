import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import { ExplorerPanel } from '../../../src/panels/explorer/ExplorerPanel';
import { useAppStore } from '../../../src/store';
import { handScenario } from '../../engine/fixtures';
import { resetStore, showView } from '../shell/shellHarness';

// The case of explorerStructures.test.tsx: 2 creators × 3 posts, 30 orders, net order €72, 25%
// returns, 80% tracked → 18 payable orders. Here the creators are paid a €60 gift each plus 10%
// commission: gifts 2 × 60 = €120, commission 0.1 × 18 × 72 = €129.60, €249.60 expected in all,
// so 120 / 249.6 = 48.1% comes as gifts and 129.6 / 249.6 = 51.9% as commission.
const giftPlusCommission = (overheads: Scenario['overheads'] = []) =>
  handScenario(
    {
      label: 'Nano creators',
      creators: 2,
      posts: 3,
      followers: 10000,
      reachRate: 0.5,
      clickRate: 0.02,
      conversionRate: 0.05,
      leadRate: 0,
      payment: { model: 'hybrid', giftCost: 60, commissionRate: 0.1 },
    },
    {
      name: 'Spring',
      overheads,
      simulation: { trials: 200, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
      economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 },
    },
  );

const show = (scenario: Scenario, lang: 'en' | 'nl' = 'en') => showView(<ExplorerPanel />, scenario, lang);

const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });

describe('Payment structure cards show their real terms', () => {
  beforeEach(resetStore);

  it('a gift + commission hybrid reads as its gift and commission, with the split it really has', () => {
    show(giftPlusCommission());
    const hybrid = card('Hybrid');
    expect(within(hybrid).getByText('current')).toBeInTheDocument();
    expect(screen.getByTestId('terms-hybrid')).toHaveTextContent(/^€60\.00 gift per creator \+ 10% commission$/);
    expect(within(hybrid).getByText('48.1% as a gift and 51.9% as commission')).toBeInTheDocument();
    expect(screen.getByText(/Under their current payment \(€60\.00 gift per creator \+ 10% commission\) the creators of Nano creators expect to earn €250\./)).toBeInTheDocument();
  });

  it('the explorer’s own hybrid says half and half only because it is', () => {
    // Paid €50 per post now (€300 expected): its hybrid is €150 / 6 posts = €25 per post plus
    // 150 / (18 · 72) = 11.6% commission, each half of the €300.
    show(handScenario({ creators: 2, posts: 3, followers: 10000, reachRate: 0.5, clickRate: 0.02, conversionRate: 0.05, payment: { model: 'fixed', feePerPost: 50 } }, { economics: giftPlusCommission().economics }));
    expect(screen.getByTestId('terms-hybrid')).toHaveTextContent('€25.00 per post + 11.6% commission');
    expect(within(card('Hybrid')).getByText('50% as a fee per post and 50% as commission')).toBeInTheDocument();
  });

  it('names a scenario made from the hybrid by its own parts', () => {
    show(giftPlusCommission());
    fireEvent.click(screen.getByRole('button', { name: 'Create scenario with Hybrid' }));
    const created = useAppStore.getState().entries[1]!.scenario;
    expect(created.name).toBe('Spring — Hybrid €60.00/creator + 10%');
    expect(created.lineItems[0]!.payment).toEqual({ model: 'hybrid', giftCost: 60, commissionRate: 0.1 });
  });

  it('says the brand figures leave the overheads out, and how much they are', () => {
    show(giftPlusCommission([{ label: 'Agency', amount: 1500 }, { label: 'Shipping', amount: 500 }]));
    expect(screen.getByText(/Brand figures below are for Nano creators alone: its gross profit minus its payouts, before the campaign’s €2,000 of overheads\./)).toBeInTheDocument();
    expect(within(card('Hybrid')).getByText('Brand profit before overheads, P5–P95')).toBeInTheDocument();
  });

  it('speaks Dutch', () => {
    show(giftPlusCommission(), 'nl');
    expect(screen.getByTestId('terms-hybrid')).toHaveTextContent('cadeau van € 60,00 per creator + 10% commissie');
    expect(within(card('Hybride')).getByText('48,1% als cadeau en 51,9% als commissie')).toBeInTheDocument();
    expect(screen.getByText(/\(de campagne heeft geen overhead\)/)).toBeInTheDocument();
  });
});
