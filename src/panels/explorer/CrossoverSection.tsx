import { useMemo } from 'react';
import { CrossoverChart, type CrossoverLine, type CrossoverPoint } from '../../charts/explorer/CrossoverChart';
import { useI18n } from '../../i18n/i18n';
import { crossoverFindings, groupIdentical, type StructureLine } from './crossovers';
import { crossoverText } from './crossoverText';
import type { StructureRow } from './structures';

export interface CrossoverSectionProps {
  /** the structures; infeasible ones are left out */
  rows: readonly StructureRow[];
  /** the line item's typical conversion rate */
  typicalRate: number;
  /** the line item's name */
  itemLabel: string;
  /** ISO currency of the scenario */
  currency: string;
}

/** Where one structure starts to beat another for the brand: a chart of the lines and the same in words. */
export function CrossoverSection({ rows, typicalRate, itemLabel, currency }: CrossoverSectionProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const lines = useMemo(() => rows.flatMap((r): StructureLine[] => (r.profitAt ? [{ kind: r.kind, line: r.line, profitAt: r.profitAt }] : [])), [rows]);
  const findings = useMemo(() => crossoverFindings(lines, typicalRate), [lines, typicalRate]);
  const chartLines: CrossoverLine[] = groupIdentical(lines).flatMap((group) =>
    group.map((l, i) => ({ kind: l.kind, label: t(`explorer.structure.${l.kind}`), profitAt: l.profitAt, bends: l.line === null, dashed: i > 0 })),
  );
  const points: CrossoverPoint[] = findings.flatMap((x) => (x.type === 'beats' || x.type === 'between' || x.type === 'tiedFrom' ? [{ rate: x.rate, profit: x.profit, text: crossoverText(x, t, f) }] : []));
  if (lines.length === 0) return null;
  return (
    <div className="crossover-section">
      <CrossoverChart lines={chartLines} points={points} typicalRate={typicalRate} itemLabel={itemLabel} currency={currency} />
      <section className="card crossover-findings" aria-label={t('explorer.crossover.inWords')}>
        <h3 className="chart-title">{t('explorer.crossover.inWords')}</h3>
        <ul aria-label={t('explorer.crossover.title')}>
          {findings.map((x, i) => (
            <li key={i}>{crossoverText(x, t, f)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
