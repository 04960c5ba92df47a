import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';

/** How the chance of loss is put in plain words. */
export type LossOdds =
  | { kind: 'none' }
  | { kind: 'rare' }
  | { kind: 'oneIn'; n: number }
  | { kind: 'share'; likely: boolean }
  | { kind: 'all' };

/**
 * "1 in n" reads best for small risks; above about a third the rounding would mislead
 * (45% is not "1 in 2"), so larger risks are told as a percentage.
 */
export function lossOdds(probability: number): LossOdds {
  if (!(probability > 0)) return { kind: 'none' };
  if (probability >= 1) return { kind: 'all' };
  if (probability < 1 / 200) return { kind: 'rare' };
  if (probability < 0.35) return { kind: 'oneIn', n: Math.round(1 / probability) };
  return { kind: 'share', likely: probability > 0.5 };
}

/**
 * The chance of spending more than the budget (docs/MODEL.md §5, probabilityOverBudget) in the
 * same words as the chance of a loss: "1 in 9 chance of spending more than the budget (11.1%)".
 */
export function overBudgetSentence(probability: number, trials: number, t: Translate, f: Formatters): string {
  const odds = lossOdds(probability);
  const pct = f.percent(probability);
  if (odds.kind === 'oneIn') return t('results.risk.budget.oneIn', { n: odds.n, pct });
  if (odds.kind === 'share') return t(odds.likely ? 'results.risk.budget.likely' : 'results.risk.budget.share', { pct });
  return t(`results.risk.budget.${odds.kind}`, { trials: f.number(trials) });
}
