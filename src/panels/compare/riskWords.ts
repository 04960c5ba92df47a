import type { MonteCarloResult } from '../../engine/types';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import { lossOdds } from '../results/risk';

/** The chance of losing money in the same words as the results panel, e.g. "1 in 8 chance of losing money (12.5%)". */
export function lossSentence(mc: MonteCarloResult, t: Translate, f: Formatters): string {
  const odds = lossOdds(mc.probabilityOfLoss);
  const pct = f.percent(mc.probabilityOfLoss);
  if (odds.kind === 'oneIn') return t('results.risk.oneIn', { n: odds.n, pct });
  if (odds.kind === 'share') return t(odds.likely ? 'results.risk.likely' : 'results.risk.share', { pct });
  return t(`results.risk.${odds.kind}`, { trials: f.number(mc.trials) });
}

/** "Typical profit €12,000; 90% of outcomes between …", as on the results panel. */
export function rangeSentence(mc: MonteCarloResult, t: Translate, f: Formatters): string {
  const p = mc.metrics.profit;
  return t('results.risk.range', { p50: f.money(p.p50), p5: f.money(p.p5), p95: f.money(p.p95) });
}
