import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../src/i18n/i18n';
import type { ComparedScenario } from '../../src/panels/compare/useComparison';
import { ExecutiveSummary } from '../../src/panels/present/ExecutiveSummary';

/** Just what the summary reads of a compared scenario: name, currency, the run's mean and chance of loss, the payback week. */
function option(name: string, mean: number | null, opts: { loss?: number; beats?: number | null; payback?: number | null; currency?: string } = {}): ComparedScenario {
  const { loss = 0, beats = null, payback = null, currency = 'EUR' } = opts;
  const weeks = Array.from({ length: 13 }, (_, week) => ({ week, cumulativeProfit: 0 }));
  return {
    key: name,
    scenario: { name, currency },
    cashFlow: { weeks, paybackWeek: payback },
    run: mean === null ? { result: null, status: 'running' } : { result: { metrics: { profit: { mean } }, probabilityOfLoss: loss }, status: 'done' },
    beatsBaseline: beats,
  } as unknown as ComparedScenario;
}

const wrap = (lang: 'en' | 'nl') => ({ wrapper: ({ children }: { children: ReactNode }) => <I18nProvider lang={lang}>{children}</I18nProvider> });
// keepSign glues the sign to the amount with a word joiner (U+2060) so it never wraps apart.
const text = () => (screen.getByText(/./, { selector: '.present-summary' }).textContent ?? '').replace(/\u2212/g, '-').replace(/\u2060/g, '');

describe('ExecutiveSummary', () => {
  const fees = option('Fixed fees', -6258.4, { loss: 1, payback: null });
  const cps = option('Commission only', 38187.6, { loss: 0.0125, beats: 0.8734, payback: 2 });
  const hybrid = option('Hybrid', 9026, { loss: 0.014, beats: 0.97, payback: 3 });

  it('names the option with the highest mean profit, its odds against the baseline, its chance of loss and its payback', () => {
    render(<ExecutiveSummary compared={[fees, cps, hybrid]} baselineIndex={0} />, wrap('en'));
    // 38,187.6 rounds to €38,188; −6,258.4 to −€6,258; 0.8734 → 87.3%; 0.0125 → 1.3% (one decimal, half up).
    expect(text()).toBe(
      'Commission only wins on expected profit: €38,188 on average over the simulated outcomes, against -€6,258 for the baseline, Fixed fees. ' +
        'It earns more than the baseline in 87.3% of the simulated outcomes. Its chance of a loss is 1.3%. The money comes back in week 2.',
    );
  });

  it('says so when the baseline itself wins, and when its money never comes back', () => {
    const weak = option('Weak alternative', -9000, { loss: 1, beats: 0.02 });
    render(<ExecutiveSummary compared={[weak, fees]} baselineIndex={1} />, wrap('en'));
    // The last of the 13 weeks (0–12) is week 12.
    expect(text()).toBe(
      'The baseline, Fixed fees, wins on expected profit: -€6,258 on average over the simulated outcomes; no alternative earns more. ' +
        'Its chance of a loss is 100%. The money does not come back within the 12 weeks of the plan.',
    );
  });

  it('waits for every run before naming a winner', () => {
    render(<ExecutiveSummary compared={[fees, option('Still running', null)]} baselineIndex={0} />, wrap('en'));
    expect(text()).toBe('The range of outcomes is still being simulated; the summary follows when it is done.');
  });

  it('leaves out, by name, options in another currency than the baseline', () => {
    const dollars = option('US launch', 99_000, { currency: 'USD', loss: 0 });
    render(<ExecutiveSummary compared={[fees, hybrid, dollars]} baselineIndex={0} />, wrap('en'));
    expect(text()).toMatch(/^Hybrid wins on expected profit: €9,026 .* 97% of the simulated outcomes\. Its chance of a loss is 1\.4%\. The money comes back in week 3\. Not ranked, because they are not in EUR: US launch\.$/);
  });

  it('speaks Dutch with Dutch numbers', () => {
    render(<ExecutiveSummary compared={[fees, cps]} baselineIndex={0} />, wrap('nl'));
    // nl-NL: € 38.188 with a (narrow) space after the sign, 87,3%.
    expect(text()).toMatch(/^Commission only wint op verwachte winst: gemiddeld €\s38\.188 over de gesimuleerde uitkomsten, tegen -?€\s-?6\.258 voor het basisscenario, Fixed fees\. Het levert meer op dan het basisscenario in 87,3% van de gesimuleerde uitkomsten\. De kans op verlies is 1,3%\. Het geld is terug in week 2\.$/);
  });
});
