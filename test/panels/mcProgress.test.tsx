import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n';
import { McProgress, type McProgressProps } from '../../src/panels/results/McProgress';
import type { RunGate } from '../../src/worker/useRunGate';

const gate = (over: Partial<RunGate> = {}): RunGate => ({
  asking: false,
  trials: 1_000_000,
  seconds: 45,
  cheaper: { trials: 10_000, workUnits: 1, seconds: 4 },
  runAnyway: vi.fn(),
  runCheaper: vi.fn(),
  ...over,
});

function show(props: Partial<McProgressProps>, lang: 'en' | 'nl' = 'en') {
  const all: McProgressProps = { status: 'running', progress: 0.35, hasResult: true, gate: gate(), onCancel: vi.fn(), onRerun: vi.fn(), ...props };
  render(
    <I18nProvider lang={lang}>
      <McProgress {...all} />
    </I18nProvider>,
  );
  return all;
}

describe('McProgress', () => {
  it('asks before a long run, with its estimate and a cheaper choice, and marks the shown result as stale', () => {
    const g = gate({ asking: true });
    show({ status: 'asking', gate: g });
    expect(screen.getByText(/This run will take about 45 seconds \(1,000,000 trials\)/)).toBeInTheDocument();
    expect(screen.getByText('Results of the previous inputs')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Run it' }));
    expect(g.runAnyway).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Run 10,000 trials instead (about 4 seconds)' }));
    expect(g.runCheaper).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the progress, the expected duration and a Cancel button while a long run is under way', () => {
    const props = show({ status: 'running' });
    expect(screen.getByRole('status')).toHaveTextContent('Simulating 1,000,000 trials… 35%, about 45 seconds in all');
    expect(screen.getByRole('progressbar', { name: 'Simulation progress' })).toHaveAttribute('value', '0.35');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel simulation' }));
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('offers no Cancel button for a run shorter than a second', () => {
    show({ status: 'running', gate: gate({ seconds: 0.2 }) });
    expect(screen.queryByRole('button', { name: 'Cancel simulation' })).toBeNull();
    expect(screen.queryByText('Results of the previous inputs')).toBeNull();
  });

  it('says a run was cancelled and that the figures are of the previous inputs, and runs again on request', () => {
    const props = show({ status: 'cancelled' });
    expect(screen.getByRole('status')).toHaveTextContent('Results of the previous inputsSimulation cancelled.');
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(props.onRerun).toHaveBeenCalledTimes(1);
  });

  it('speaks Dutch', () => {
    show({ status: 'running' }, 'nl');
    expect(screen.getByRole('button', { name: 'Simulatie annuleren' })).toBeInTheDocument();
    // nl-NL groups thousands with a dot and writes the percent sign after a space-less number.
    expect(screen.getByRole('status')).toHaveTextContent('1.000.000 trials simuleren… 35%, in totaal ongeveer 45 seconden');
  });
});
