import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { exampleScenario } from '../fixtures';

function renderEditor(scenario: Scenario = exampleScenario()) {
  const onChange = vi.fn<(next: Scenario) => void>();
  render(<ScenarioEditor scenario={scenario} onChange={onChange} />);
  return onChange;
}

/** The editor wired to state, as the app shell does, so edits build on each other. */
function Controlled({ initial, spy }: { initial: Scenario; spy: (s: Scenario) => void }) {
  const [scenario, setScenario] = useState(initial);
  return <ScenarioEditor scenario={scenario} onChange={(next) => (spy(next), setScenario(next))} />;
}

const economics = () => within(screen.getByRole('region', { name: 'Economics' }));
const item = (name: string) => within(screen.getByRole('region', { name }));

describe('number fields', () => {
  it('moving a slider calls onChange with the new value', () => {
    const onChange = renderEditor();
    fireEvent.change(item('Micro creators on TikTok').getByRole('slider', { name: 'Creators' }), { target: { value: '8' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0].lineItems[0]?.creators).toBe(8);
    expect(onChange.mock.calls[0]?.[0].lineItems[1]).toEqual(exampleScenario().lineItems[1]);
  });

  it('a percent slider stores a fraction', () => {
    const onChange = renderEditor();
    fireEvent.change(economics().getByRole('slider', { name: 'Gross margin' }), { target: { value: '0.4' } });
    expect(onChange.mock.calls[0]?.[0].economics.grossMargin).toBe(0.4);
  });

  it('a typed value in range is accepted in percent', () => {
    const onChange = renderEditor();
    fireEvent.change(economics().getByRole('spinbutton', { name: 'Gross margin' }), { target: { value: '42.5' } });
    expect(onChange.mock.calls[0]?.[0].economics.grossMargin).toBe(0.425);
  });

  it('a typed gross margin of 150% is refused with the allowed range, keeping the text and the old value', () => {
    const onChange = renderEditor();
    const typed = economics().getByRole('spinbutton', { name: 'Gross margin' });
    fireEvent.change(typed, { target: { value: '150' } });
    expect(onChange).not.toHaveBeenCalled();
    const alert = economics().getByRole('alert');
    expect(alert).toHaveTextContent('Must be between 0% and 100%.');
    expect(typed).toHaveAttribute('aria-invalid', 'true');
    expect(typed).toHaveAccessibleDescription(expect.stringContaining('between 0% and 100%'));
    expect(typed).toHaveValue('150');
    fireEvent.blur(typed);
    expect(typed).toHaveValue('150');
    expect(economics().getByRole('slider', { name: 'Gross margin' })).toHaveValue('0.55');
  });

  it('refuses text that is not a number, and fractional creators', () => {
    const onChange = renderEditor();
    fireEvent.change(economics().getByRole('spinbutton', { name: 'Average order value' }), { target: { value: 'sixty' } });
    expect(economics().getByRole('alert')).toHaveTextContent('Enter a number.');
    const creators = item('Micro creators on TikTok').getByRole('spinbutton', { name: 'Creators' });
    fireEvent.change(creators, { target: { value: '2.5' } });
    expect(item('Micro creators on TikTok').getByRole('alert')).toHaveTextContent('Enter a whole number.');
    fireEvent.change(creators, { target: { value: '-1' } });
    expect(item('Micro creators on TikTok').getByRole('alert')).toHaveTextContent('Must be between 0 and 1,000,000.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('the typed field accepts the full schema range beyond the slider', () => {
    const onChange = renderEditor();
    fireEvent.change(item('Micro creators on TikTok').getByRole('spinbutton', { name: 'Creators' }), { target: { value: '5000' } });
    expect(onChange.mock.calls[0]?.[0].lineItems[0]?.creators).toBe(5000);
  });

  it('a refused value clears once corrected', () => {
    const spy = vi.fn();
    render(<Controlled initial={exampleScenario()} spy={spy} />);
    const typed = economics().getByRole('spinbutton', { name: 'Returns' });
    fireEvent.change(typed, { target: { value: '101' } });
    expect(economics().getByRole('alert')).toBeInTheDocument();
    fireEvent.change(typed, { target: { value: '12' } });
    expect(economics().queryByRole('alert')).toBeNull();
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ economics: expect.objectContaining({ returnRate: 0.12 }) }));
  });

  it('reads Dutch decimals and shows Dutch messages', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider lang="nl">
        <ScenarioEditor scenario={exampleScenario()} onChange={onChange} />
      </I18nProvider>,
    );
    const region = within(screen.getByRole('region', { name: 'Economie' }));
    fireEvent.change(region.getByRole('spinbutton', { name: 'Brutomarge' }), { target: { value: '42,5' } });
    expect(onChange.mock.calls[0]?.[0].economics.grossMargin).toBe(0.425);
    fireEvent.change(region.getByRole('spinbutton', { name: 'Brutomarge' }), { target: { value: '150' } });
    expect(region.getByRole('alert')).toHaveTextContent('Moet tussen 0% en 100% liggen.');
  });
});

describe('scenario details, overheads and timing', () => {
  it('refuses an empty name and keeps the last one', () => {
    const onChange = renderEditor();
    const name = screen.getByRole('textbox', { name: 'Scenario name' });
    fireEvent.change(name, { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('A scenario needs a name.');
  });

  it('switches currency from a list of ISO codes', () => {
    const onChange = renderEditor();
    fireEvent.change(screen.getByRole('combobox', { name: 'Currency' }), { target: { value: 'USD' } });
    expect(onChange.mock.calls[0]?.[0].currency).toBe('USD');
  });

  it('adds, edits and removes overheads', () => {
    const spy = vi.fn();
    render(<Controlled initial={exampleScenario()} spy={spy} />);
    const section = within(screen.getByRole('region', { name: 'Overheads' }));
    fireEvent.click(section.getByRole('button', { name: 'Add overhead' }));
    expect(spy.mock.lastCall?.[0].overheads).toEqual([{ label: 'Content production', amount: 2500 }, { label: 'Overhead 2', amount: 1000 }]);
    const first = within(section.getByRole('group', { name: 'Content production' }) as HTMLElement);
    fireEvent.change(first.getByRole('spinbutton', { name: 'Amount' }), { target: { value: '3000' } });
    expect(spy.mock.lastCall?.[0].overheads[0]).toEqual({ label: 'Content production', amount: 3000 });
    fireEvent.click(first.getByRole('button', { name: 'Remove' }));
    expect(spy.mock.lastCall?.[0].overheads).toHaveLength(1);
  });

  it('refuses amounts above the schema cap of 10^12, so the editor never makes a file the schema refuses', () => {
    const onChange = renderEditor();
    const aov = economics().getByRole('spinbutton', { name: 'Average order value' });
    fireEvent.change(aov, { target: { value: '10000000000000' } });
    expect(economics().getByRole('alert')).toHaveTextContent('Must be between €0.00 and €1,000,000,000,000.');
    expect(onChange).not.toHaveBeenCalled();
    expect(aov).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(aov, { target: { value: '1000000000000' } });
    expect(onChange.mock.lastCall?.[0].economics.averageOrderValue).toBe(1e12);
  });

  it('limits campaign length to 1–104 weeks', () => {
    const onChange = renderEditor();
    const region = within(screen.getByRole('region', { name: 'Timing and simulation' }));
    fireEvent.change(region.getByRole('spinbutton', { name: 'Campaign length' }), { target: { value: '120' } });
    expect(region.getByRole('alert')).toHaveTextContent('Must be between 1 and 104.');
    fireEvent.change(region.getByRole('slider', { name: 'Payout delay' }), { target: { value: '6' } });
    expect(onChange.mock.calls[0]?.[0].timing).toEqual({ weeks: 8, payoutDelayWeeks: 6 });
  });
});
