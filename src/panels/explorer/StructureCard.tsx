import type { Formatters } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { StructureRow } from './structures';
import { hybridHint, termsText } from './terms';
import type { StructureRun } from './useStructureRuns';

export interface StructureCardProps {
  /** the structure's terms and break-even figures */
  row: StructureRow;
  /** its simulation, once started */
  run: StructureRun | undefined;
  /** ISO currency of the scenario */
  currency: string;
  /** what the creators expect to earn under every structure */
  expectedEarnings: number;
  /** makes a new scenario paid this way */
  onCreate: (row: StructureRow) => void;
}

/** One way of paying the creators: its terms, who carries the risk, and a button to plan with it. */
export function StructureCard({ row, run, currency, expectedEarnings, onCreate }: StructureCardProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const name = t(`explorer.structure.${row.kind}`);
  const headingId = `structure-${row.kind}`;
  return (
    <article className={`card structure-card${row.payment ? '' : ' is-infeasible'}`} aria-labelledby={headingId}>
      <header className="structure-head">
        <h3 id={headingId}>{name}</h3>
        {row.current && <span className="badge">{t('explorer.current')}</span>}
      </header>
      <p className="structure-hint">{row.kind === 'hybrid' && row.expectedPayout ? hybridHint(row.expectedPayout, t, f) : t(`explorer.structureHint.${row.kind}`)}</p>
      {row.payment ? (
        <>
          <p className="structure-terms" data-testid={`terms-${row.kind}`}>
            {termsText(row.payment, t, f)}
          </p>
          <dl className="structure-figures">
            <Figure label={t('explorer.card.expected')} value={f.money(expectedEarnings)} />
            <Figure label={t('explorer.card.earningsRange')} value={simulated(run, (o) => range(o.earnings.p5, o.earnings.p95, f, t), t)} />
            <Figure label={t('explorer.card.profitRange')} value={simulated(run, (o) => range(o.profit.p5, o.profit.p95, f, t), t)} />
            <Figure label={t('explorer.card.loss')} value={simulated(run, (o) => f.percent(o.probabilityOfLoss), t)} />
            <Figure label={t('explorer.card.breakEven')} value={breakEvenText(row, f, t)} />
          </dl>
          <button type="button" className="btn btn-sm" onClick={() => onCreate(row)}>
            {t('explorer.create')}{' '}
            <span className="visually-hidden">{t('explorer.createFor', { structure: name })}</span>
          </button>
        </>
      ) : (
        <p className="structure-infeasible">{t(`explorer.infeasible.${row.infeasible ?? 'noConversions'}`)}</p>
      )}
    </article>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

type Outcome = NonNullable<StructureRun['result']>;

function simulated(run: StructureRun | undefined, show: (o: Outcome) => string, t: Translate): string {
  if (run?.result) return show(run.result);
  return run?.status === 'error' ? t('explorer.card.failed') : t('explorer.card.pending');
}

function range(low: number, high: number, f: Formatters, t: Translate): string {
  return t('explorer.card.range', { low: f.money(low), high: f.money(high) });
}

function breakEvenText(row: StructureRow, f: Formatters, t: Translate): string {
  const rate = row.breakEvenConversionRate;
  if (rate === null) {
    // No break-even means profit keeps one side of zero from some rate on, bent or not: the side a
    // 100% conversion rate is on says whether that is profit throughout or a loss at any rate.
    const alwaysProfit = row.profitAt !== null && row.profitAt(1) >= 0;
    return t(alwaysProfit ? 'explorer.card.breakEvenNone' : 'explorer.card.breakEvenNever');
  }
  return rate > 1 ? t('explorer.card.breakEvenUnreachable', { rate: f.rate(rate) }) : f.rate(rate);
}
