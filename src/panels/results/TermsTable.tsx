import { useId } from 'react';
import { isLinear } from '../../engine/payouts/terms';
import type { LineItem } from '../../engine/schema';
import type { LineItemPoint, LineItemTermsSummary, MonteCarloResult } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';

export interface TermsTableProps {
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

/** Expected bonuses, the chance a creator reaches the bonus and what the cap saves, per line item with such terms. */
export function TermsTable({ items, points, monteCarlo, currency, stale = false }: TermsTableProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const id = useId();
  const rows = termsRows(items, points, monteCarlo);
  if (rows.length === 0) return null;
  const trials = monteCarlo?.trials ?? 0;
  return (
    <div className={`card line-item-table terms-table${stale ? ' is-stale' : ''}`}>
      <h3 id={`${id}-title`} className="chart-title">
        {t('results.terms.title')}
      </h3>
      <div className="table-scroll" role="region" aria-label={t('results.terms.region')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('results.table.item')}</th>
              <th scope="col">{t('results.terms.bonuses')}</th>
              <th scope="col">{t('results.terms.chance')}</th>
              <th scope="col">{t('results.terms.capSavings')}</th>
              <th scope="col">{t('results.terms.payout')}</th>
              <th scope="col">{t('results.terms.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>{f.money(row.bonuses)}</td>
                <td>{f.percent(row.chance)}</td>
                <td>{f.money(row.capSavings)}</td>
                <td>{f.money(row.payout)}</td>
                <td>{row.source === 'trials' ? t('results.terms.fromTrials', { n: f.count(trials) }) : t('results.terms.fromTypical')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-note">{t('results.terms.note')}</p>
    </div>
  );
}
