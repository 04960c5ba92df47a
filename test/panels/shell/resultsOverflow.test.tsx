import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ResultsColumn } from '../../../src/panels/shell/ResultsColumn';
import { defaultScenario } from '../../../src/store/defaultWorkspace';

// The point projection alone overflows; the Monte Carlo worker is not what this test is about.
vi.mock('../../../src/worker/useSimulations', () => ({ useSimulation: () => ({ result: null, status: 'running', progress: 0 }) }));

/**
 * A scenario object that bypassed the schema's caps (as a bug or a future field might): a fee
 * of 1e308 per post times 3 posts overflows to Infinity. The results must say so, not show a
 * profit of "—" beside "none of the outcomes loses money".
 */
function overflowing(): Scenario {
  const base = defaultScenario('Overflow');
  const item = base.lineItems[0]!;
  return {
    ...base,
    simulation: { ...base.simulation, trials: 50 },
    lineItems: [{ ...item, creators: 10, posts: 3, payment: { model: 'fixed', feePerPost: 1e308 } }],
  };
}

describe('ResultsColumn with figures too large to compute', () => {
  it('shows an error naming the figures instead of the results, in English and Dutch', () => {
    const { unmount } = render(
      <I18nProvider lang="en">
        <ResultsColumn scenario={overflowing()} />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('too large to compute');
    expect(alert.textContent).toMatch(/\bpayout\b.*\bcost\b/);
    expect(screen.queryByText(/loses money/)).toBeNull();
    unmount();
    render(
      <I18nProvider lang="nl">
        <ResultsColumn scenario={overflowing()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('te groot om te berekenen');
  });
});
