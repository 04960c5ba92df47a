import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { scenarioSchema, type Scenario } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { buildScenario, lineItemInput } from '../../fixtures/scenario';

/**
 * Two line items of one creator each, 100,000 followers, one post and a known reach rate of ln 2,
 * so each reaches 100,000 · (1 − e^(−ln 2)) = 50,000 people before overlap.
 */
function twoGroups(): Scenario {
  const item = (id: string, label: string) => lineItemInput({ id, label, creators: 1, followers: 100_000, posts: 1, reachRate: Math.LN2 });
  return buildScenario({ name: 'Overlap', lineItems: [item('a', 'Group A'), item('b', 'Group B')] });
}

/** The editor wired to state, as the app shell does, so edits build on each other; every scenario it emits must validate. */
function Controlled({ initial, spy, lang = 'en' }: { initial: Scenario; spy: (s: Scenario) => void; lang?: 'en' | 'nl' }) {
  const [scenario, setScenario] = useState(initial);
  return (
    <I18nProvider lang={lang}>
      <ScenarioEditor
        scenario={scenario}
        onChange={(next) => {
          expect(scenarioSchema.safeParse(next).error?.issues ?? []).toEqual([]);
          spy(next);
          setScenario(next);
        }}
      />
    </I18nProvider>
  );
}

const last = (spy: ReturnType<typeof vi.fn>) => spy.mock.lastCall?.[0] as Scenario;
const section = (name: string) => within(screen.getByRole('region', { name }));
const group = (name: string) => within(screen.getByRole('region', { name: 'Audiences' })).getByRole('group', { name });

/** Adds "Audience 1", sizes it to 100,000 people and assigns both line items to it. */
function shareOneAudience(spy: ReturnType<typeof vi.fn>) {
  fireEvent.click(section('Audiences').getByRole('button', { name: 'Add audience' }));
  fireEvent.change(within(group('Audience 1')).getByRole('spinbutton', { name: 'Size' }), { target: { value: '100000' } });
  for (const name of ['Group A', 'Group B']) fireEvent.change(section(name).getByRole('combobox', { name: 'Audience' }), { target: { value: 'audience-1' } });
  return last(spy);
}

describe('the Audiences section', () => {
  it('starts empty, with the explanation of overlap closed; line items have no audience picker yet', () => {
    render(<Controlled initial={twoGroups()} spy={vi.fn()} />);
    expect(section('Audiences').getByText(/No audiences yet/)).toBeInTheDocument();
    expect(section('Group A').queryByRole('combobox', { name: 'Audience' })).toBeNull();
    const summary = section('Audiences').getByText('How does overlap work?');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    expect(details).toHaveTextContent('profit stops growing in step with creators');
    expect(details).toHaveTextContent('Impressions, fixed fees and gifts are not');
  });

  it('adds, renames and resizes an audience, and assigns line items with the picker', () => {
    const spy = vi.fn();
    render(<Controlled initial={twoGroups()} spy={spy} />);
    const s = shareOneAudience(spy);
    expect(s.audiences).toEqual([{ id: 'audience-1', label: 'Audience 1', size: 100_000 }]);
    expect(s.lineItems.map((i) => i.audience)).toEqual(['audience-1', 'audience-1']);
    fireEvent.change(within(group('Audience 1')).getByRole('textbox', { name: 'Name' }), { target: { value: 'Dutch beauty shoppers' } });
    expect(last(spy).audiences?.[0]).toEqual({ id: 'audience-1', label: 'Dutch beauty shoppers', size: 100_000 });
    // The picker offers the new name; the line items stay assigned because the id did not change.
    const picker = section('Group A').getByRole('combobox', { name: 'Audience' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['None (no overlap)', 'Dutch beauty shoppers']);
    expect(picker).toHaveValue('audience-1');
    fireEvent.change(picker, { target: { value: '' } });
    expect('audience' in last(spy).lineItems[0]!).toBe(false);
  });

  it('says in words and in a small chart how much of the reach is overlap', () => {
    const spy = vi.fn();
    render(<Controlled initial={twoGroups()} spy={spy} />);
    // One line item alone: q = 50,000 / 100,000 = 0.5 and U = 100,000 · 0.5 = its own reach: no overlap.
    fireEvent.click(section('Audiences').getByRole('button', { name: 'Add audience' }));
    fireEvent.change(within(group('Audience 1')).getByRole('spinbutton', { name: 'Size' }), { target: { value: '100000' } });
    fireEvent.change(section('Group A').getByRole('combobox', { name: 'Audience' }), { target: { value: 'audience-1' } });
    expect(group('Audience 1')).toHaveTextContent(/Of 50K reached, 50K different people: 50% of the audience\. No overlap/i);
    // Both: U = 100,000 · (1 − 0.5 · 0.5) = 75,000 of R = 100,000, so φ = 75% and a quarter is overlap.
    fireEvent.change(section('Group B').getByRole('combobox', { name: 'Audience' }), { target: { value: 'audience-1' } });
    const row = group('Audience 1');
    expect(row).toHaveTextContent('Used by 2 line items: Group A, Group B.');
    const words = /Of 100K reached, 75K different people: 75% of the audience\. 25% of that reach is overlap \(people reached again\), so its line items’ clicks and sales count at 75%\./i;
    expect(row).toHaveTextContent(words);
    const chart = within(row).getByRole('img', { name: /^Reach of Audience 1/ });
    expect(chart.querySelector('title')).toHaveTextContent('Reach of Audience 1');
    expect(chart.querySelector('desc')?.textContent).toMatch(words);
    expect(row).toHaveTextContent(/Different people 75K/i);
    expect(row).toHaveTextContent(/Reached again 25K/i);
  });

  it('removing an audience in use unassigns its line items, and can put it back', () => {
    const spy = vi.fn();
    render(<Controlled initial={twoGroups()} spy={spy} />);
    shareOneAudience(spy);
    fireEvent.click(within(group('Audience 1')).getByRole('button', { name: 'Remove' }));
    const removed = last(spy);
    expect('audiences' in removed).toBe(false);
    expect(removed.lineItems.map((i) => 'audience' in i)).toEqual([false, false]);
    expect(section('Audiences').getByRole('status')).toHaveTextContent('Removed “Audience 1”; 2 line items no longer have an audience.');
    fireEvent.click(section('Audiences').getByRole('button', { name: 'Put it back' }));
    expect(last(spy).audiences).toEqual([{ id: 'audience-1', label: 'Audience 1', size: 100_000 }]);
    expect(last(spy).lineItems.map((i) => i.audience)).toEqual(['audience-1', 'audience-1']);
    expect(section('Audiences').queryByRole('status')).toBeNull();
  });

  it('speaks Dutch', () => {
    render(<Controlled initial={twoGroups()} spy={vi.fn()} lang="nl" />);
    fireEvent.click(section('Doelgroepen').getByRole('button', { name: 'Doelgroep toevoegen' }));
    const row = within(screen.getByRole('region', { name: 'Doelgroepen' })).getByRole('group', { name: 'Doelgroep 1' });
    expect(within(row).getByRole('spinbutton', { name: 'Omvang' })).toHaveValue('1000000');
    expect(within(row).getByText(/Nog geen groep gebruikt deze/)).toBeInTheDocument();
    expect(section('Group A').getByRole('combobox', { name: 'Doelgroep' })).toHaveDisplayValue('Geen (geen overlap)');
    expect(screen.getByText('Hoe werkt overlap?')).toBeInTheDocument();
  });
});

describe('the budget field', () => {
  it('sets a budget, removes it when emptied, and refuses text out of bounds', () => {
    const spy = vi.fn();
    render(<Controlled initial={twoGroups()} spy={spy} />);
    const budget = section('Scenario').getByRole('textbox', { name: 'Budget' });
    expect(budget).toHaveValue('');
    expect(budget).toHaveAttribute('placeholder', 'no budget');
    fireEvent.change(budget, { target: { value: '20,000' } });
    expect(last(spy).budget).toBe(20_000);
    fireEvent.change(budget, { target: { value: '-5' } });
    // The same words as every amount field (money below €100 shows its cents).
    expect(section('Scenario').getByRole('alert')).toHaveTextContent(/^Must be between €0\.00 and €1,000,000,000,000\.$/);
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(last(spy).budget).toBe(20_000);
    fireEvent.change(budget, { target: { value: 'lots' } });
    expect(section('Scenario').getByRole('alert')).toHaveTextContent('Enter a number.');
    fireEvent.change(budget, { target: { value: '' } });
    expect(section('Scenario').queryByRole('alert')).toBeNull();
    expect('budget' in last(spy)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reads Dutch amounts', () => {
    const spy = vi.fn();
    render(<Controlled initial={twoGroups()} spy={spy} lang="nl" />);
    fireEvent.change(section('Scenario').getByRole('textbox', { name: 'Budget' }), { target: { value: '12.500,50' } });
    expect(last(spy).budget).toBe(12_500.5);
  });
});

describe('creator bounds', () => {
  it('sets and clears min and max, warns (without refusing) when creators lie outside, and refuses min above max', () => {
    const spy = vi.fn();
    const initial = buildScenario({ lineItems: [lineItemInput({ id: 'a', label: 'Group A', creators: 10 })] });
    render(<Controlled initial={initial} spy={spy} />);
    const card = section('Group A');
    fireEvent.change(card.getByRole('textbox', { name: 'Max. creators' }), { target: { value: '8' } });
    expect(last(spy).lineItems[0]).toMatchObject({ creators: 10, maxCreators: 8 });
    expect(card.getByRole('status')).toHaveTextContent('More creators than the 8 that can be hired.');
    expect(card.queryByRole('alert')).toBeNull();
    // A minimum above the maximum would make an invalid file: refused with the allowed range.
    const min = card.getByRole('textbox', { name: 'Min. creators' });
    fireEvent.change(min, { target: { value: '12' } });
    expect(card.getByRole('alert')).toHaveTextContent('Must be between 0 and 8.');
    expect('minCreators' in last(spy).lineItems[0]!).toBe(false);
    // Once the maximum is cleared, the same minimum is accepted.
    fireEvent.change(card.getByRole('textbox', { name: 'Max. creators' }), { target: { value: '' } });
    fireEvent.change(min, { target: { value: '' } });
    fireEvent.change(min, { target: { value: '12' } });
    expect(last(spy).lineItems[0]).toMatchObject({ creators: 10, minCreators: 12 });
    expect('maxCreators' in last(spy).lineItems[0]!).toBe(false);
    expect(card.getByRole('status')).toHaveTextContent('Fewer creators than the 12 already committed.');
    fireEvent.change(card.getByRole('spinbutton', { name: 'Creators' }), { target: { value: '12' } });
    expect(card.queryByRole('status')).toBeNull();
  });
});
