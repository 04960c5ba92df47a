import { useId } from 'react';
import { isLinear } from '../../engine/payouts/terms';
import type { LineItem } from '../../engine/schema';
import type { LineItemPoint, LineItemTermsSummary, MonteCarloResult } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';

export interface TermsFiguresProps {
  /** the scenario's line items, for their terms */
  items: readonly LineItem[];
  /** the typical case's line items, in the same order */
  points: readonly LineItemPoint[];
  /** the latest Monte Carlo run; its lineItemTerms are preferred where they are there */
  monteCarlo: MonteCarloResult | null;
  /** ISO currency of the scenario */
  currency: string;
  /** the run belongs to earlier inputs */
  stale?: boolean;
}

/** One row's figures and where they come from. */
export interface TermsRow {
  id: string;
  label: string;
  /** undefined where the line item has no bonus (or no cap): shown as "—" */
  bonuses: number | undefined;
  chance: number | null | undefined;
  capSavings: number | undefined;
  payout: number;
  /** 'trials': averaged over the Monte Carlo's trials; 'typical': the typical case, every creator alike */
  source: 'trials' | 'typical';
}

/**
 * Per line item with tiers, a bonus or a cap: the Monte Carlo's averages where the run has them,
 * else the typical case, where every creator is alike, so the share reaching a bonus is all or none.
 */
export function termsRows(items: readonly LineItem[], points: readonly LineItemPoint[], monteCarlo: MonteCarloResult | null): TermsRow[] {
  const simulated = new Map<string, LineItemTermsSummary>((monteCarlo?.lineItemTerms ?? []).map((s) => [s.id, s]));
  return items.flatMap((item): TermsRow[] => {
    const point = points.find((p) => p.id === item.id);
    if (isLinear(item.payment) || !point) return [];
    const { bonus, payoutCap } = item.payment;
    const base = { id: item.id, label: item.label || item.id };
    const mc = simulated.get(item.id);
    if (mc) {
      return [{ ...base, bonuses: bonus ? mc.bonuses : undefined, chance: bonus ? mc.bonusShare : undefined, capSavings: payoutCap !== undefined ? mc.capSavings : undefined, payout: mc.payout, source: 'trials' }];
    }
    const { bonuses, capSavings } = point.payoutBreakdown;
    const perCreator = bonus && bonus.amount > 0 && item.creators > 0 ? bonus.amount * item.creators : null;
    return [
      {
        ...base,
        bonuses: bonus ? bonuses : undefined,
        chance: bonus ? (perCreator === null ? null : bonuses / perCreator) : undefined,
        capSavings: payoutCap !== undefined ? capSavings : undefined,
        payout: point.payout,
        source: 'typical',
      },
    ];
  });
}

/**
 * Expected bonuses, the chance a creator reaches the bonus and what the cap saves, per line item
 * with such terms: a few figures each, which read in a narrow results column as on a phone.
 */
export function TermsFigures({ items, points, monteCarlo, currency, stale = false }: TermsFiguresProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const id = useId();
  const rows = termsRows(items, points, monteCarlo);
  if (rows.length === 0) return null;
  const trials = monteCarlo?.trials ?? 0;
  return (
    <section className={`card terms-figures${stale ? ' is-stale' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-title">
        {t('results.terms.title')}
      </h3>
      {rows.map((row) => (
        // A group, not a region: the editor's card of the line item is the region of that name.
        <div key={row.id} className="terms-item" role="group" aria-labelledby={`${id}-${row.id}`}>
          <h4 id={`${id}-${row.id}`} className="terms-item-title">
            {row.label}
          </h4>
          <dl>
            <Figure label={t('results.terms.bonuses')} value={f.money(row.bonuses)} />
            <Figure label={t('results.terms.chance')} value={f.percent(row.chance)} />
            <Figure label={t('results.terms.capSavings')} value={f.money(row.capSavings)} />
            <Figure label={t('results.terms.payout')} value={f.money(row.payout)} />
          </dl>
          <p className="terms-source">
            {t('results.terms.source')}: {row.source === 'trials' ? t('results.terms.fromTrials', { n: f.count(trials) }) : t('results.terms.fromTypical')}
          </p>
        </div>
      ))}
      <p className="results-note">{t('results.terms.note')}</p>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="num">{value}</dd>
    </div>
  );
}
