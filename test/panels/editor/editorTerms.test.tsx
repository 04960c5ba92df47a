import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Payment, Scenario } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { exampleScenario } from '../fixtures';

// The micro line item's typical creator (every rate at its median): 3 posts × 40,000 followers ×
// reach √(0.1 · 0.6) = 0.2449 × clicks √(0.002 · 0.01) = 0.004472 × conversions 2% = 2.63 orders;
// 80% tracked, 8% returned → 1.935 payable at €54 net → €104.48 of sales. So a first tier starts at
// €100 (two digits) at 1.5 × 10% = 15%, a bonus from 1.5 × €104.48 → €160 is worth 5% of it, at least
// €10, and a cap is twice the typical commission of €10.45, at least €50.

function Controlled({ initial, spy }: { initial: Scenario; spy: (s: Scenario) => void }) {
  const [scenario, setScenario] = useState(initial);
  return <ScenarioEditor scenario={scenario} onChange={(next) => (spy(next), setScenario(next))} />;
}

function renderControlled(scenario = exampleScenario()) {
  const spy = vi.fn<(s: Scenario) => void>();
  render(<Controlled initial={scenario} spy={spy} />);
  const lastPayment = (index: number): Payment | undefined => spy.mock.lastCall?.[0].lineItems[index]?.payment;
  return { spy, lastPayment };
}

const item = (name: string) => within(screen.getByRole('region', { name }));
const micro = () => item('Micro creators on TikTok');
const typeInto = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('performance terms in the payment editor', () => {
  it('adds commission tiers as rows, says them in words, and removes them', () => {
    const { lastPayment } = renderControlled();
    fireEvent.click(micro().getByRole('button', { name: 'Add tier' }));
    expect(lastPayment(0)).toEqual({ model: 'hybrid', feePerPost: 400, commissionRate: 0.1, commissionTiers: [{ from: 100, rate: 0.15 }] });
    expect(micro().getByText('In words: 10% up to €100 of a creator’s sales, 15% above.')).toBeInTheDocument();

    typeInto(micro().getByRole('textbox', { name: 'Tier 1: from sales per creator of' }), '5000');
    typeInto(micro().getByRole('textbox', { name: 'Tier 1: rate' }), '12');
    // The next tier starts at twice the last one's start, at a quarter more: €10,000 at 15%.
    fireEvent.click(micro().getByRole('button', { name: 'Add tier' }));
    expect(lastPayment(0)?.commissionTiers).toEqual([{ from: 5000, rate: 0.12 }, { from: 10000, rate: 0.15 }]);
    expect(micro().getByText('In words: 10% up to €5,000 of a creator’s sales, 12% from €5,000 to €10,000, 15% above.')).toBeInTheDocument();

    fireEvent.click(micro().getByRole('button', { name: 'Remove tier 1' }));
    expect(lastPayment(0)?.commissionTiers).toEqual([{ from: 10000, rate: 0.15 }]);
    fireEvent.click(micro().getByRole('button', { name: 'Remove tier 1' }));
    expect(lastPayment(0)).toEqual({ model: 'hybrid', feePerPost: 400, commissionRate: 0.1 });
    expect(micro().queryByText(/^In words:/)).not.toBeInTheDocument();
  });

  it('keeps a tier that does not rise above the previous one out of the scenario, with the reason under it', () => {
    const { spy, lastPayment } = renderControlled();
    fireEvent.click(micro().getByRole('button', { name: 'Add tier' }));
    fireEvent.click(micro().getByRole('button', { name: 'Add tier' }));
    expect(lastPayment(0)?.commissionTiers).toEqual([{ from: 100, rate: 0.15 }, { from: 200, rate: 0.188 }]);
    const calls = spy.mock.calls.length;
    typeInto(micro().getByRole('textbox', { name: 'Tier 2: from sales per creator of' }), '80');
    expect(micro().getByRole('alert')).toHaveTextContent('Must be more than the previous tier’s start (€100).');
    expect(spy.mock.calls.length).toBe(calls);
    expect(micro().getByRole('button', { name: 'Add tier' })).toBeDisabled();
    typeInto(micro().getByRole('textbox', { name: 'Tier 2: from sales per creator of' }), '300');
    expect(micro().queryByRole('alert')).not.toBeInTheDocument();
    expect(lastPayment(0)?.commissionTiers).toEqual([{ from: 100, rate: 0.15 }, { from: 300, rate: 0.188 }]);
  });

  it('pays a bonus with any model, gifting too, with its metric, threshold and amount', () => {
    const { lastPayment } = renderControlled();
    const nano = () => item('Nano creators on Instagram');
    // Gifting has no performance part: no tiers and no cap, but a bonus.
    expect(nano().queryByRole('button', { name: 'Add tier' })).not.toBeInTheDocument();
    expect(nano().queryByRole('checkbox', { name: 'Cap the performance pay' })).not.toBeInTheDocument();
    fireEvent.click(micro().getByRole('checkbox', { name: 'Pay a bonus' }));
    expect(lastPayment(0)?.bonus).toEqual({ metric: 'sales', threshold: 160, amount: 10 });
    typeInto(micro().getByRole('textbox', { name: 'Bonus threshold per creator' }), '10000');
    typeInto(micro().getByRole('textbox', { name: 'Bonus per creator' }), '500');
    expect(micro().getByText('In words: €500 bonus per creator from €10,000 sales.')).toBeInTheDocument();
    // Counted in sales, the threshold restarts from 1.5 × the typical creator's 1.935 → 2.9 → 3.
    fireEvent.change(micro().getByRole('combobox', { name: 'Bonus for reaching' }), { target: { value: 'conversions' } });
    expect(lastPayment(0)?.bonus).toEqual({ metric: 'conversions', threshold: 3, amount: 500 });
    expect(micro().getByText('In words: €500 bonus per creator from 3 sales (count).')).toBeInTheDocument();
    typeInto(micro().getByRole('textbox', { name: 'Bonus per creator' }), '');
    expect(micro().getByRole('alert')).toHaveTextContent('Enter a number');
    expect(lastPayment(0)?.bonus?.amount).toBe(500);
  });

  it('caps the performance pay, and a model switch keeps only the terms the new model allows', () => {
    const { lastPayment } = renderControlled();
    fireEvent.click(micro().getByRole('button', { name: 'Add tier' }));
    fireEvent.click(micro().getByRole('checkbox', { name: 'Pay a bonus' }));
    fireEvent.click(micro().getByRole('checkbox', { name: 'Cap the performance pay' }));
    expect(lastPayment(0)?.payoutCap).toBe(50);
    typeInto(micro().getByRole('textbox', { name: 'Most performance pay per creator' }), '3000');
    expect(micro().getByText(/; at most €3,000 per creator\.$/)).toBeInTheDocument();
    fireEvent.change(micro().getByRole('combobox', { name: 'Payment model' }), { target: { value: 'fixed' } });
    expect(lastPayment(0)).toEqual({ model: 'fixed', feePerPost: 400, bonus: { metric: 'sales', threshold: 160, amount: 10 } });
    fireEvent.change(micro().getByRole('combobox', { name: 'Payment model' }), { target: { value: 'cps' } });
    expect(lastPayment(0)).toEqual({ model: 'cps', commissionRate: 0.1, bonus: { metric: 'sales', threshold: 160, amount: 10 } });
  });

  it('speaks Dutch', () => {
    render(
      <I18nProvider lang="nl">
        <Controlled initial={exampleScenario()} spy={() => {}} />
      </I18nProvider>,
    );
    const card = within(screen.getByRole('region', { name: 'Micro creators on TikTok' }));
    fireEvent.click(card.getByRole('button', { name: 'Staffel toevoegen' }));
    fireEvent.click(card.getByRole('checkbox', { name: 'Bonus betalen' }));
    expect(card.getByRole('group', { name: 'Prestatievoorwaarden' })).toBeInTheDocument();
    const preview = card.getByText(/^In woorden:/);
    expect(preview.textContent?.replace(/\s/g, ' ')).toBe('In woorden: 10% tot € 100 van de omzet van een creator, 15% daarboven; € 10,00 bonus per creator vanaf € 160 omzet.');
  });
});
