import { scaleLinear } from 'd3-scale';
import type { StructureKind } from '../../engine/paymentExplorer';
import { useI18n } from '../../i18n/i18n';
import { Axis } from '../Axis';
import { ChartFrame } from '../ChartFrame';
import type { LegendItem } from '../Legend';
import { Tooltip } from '../Tooltip';
import { useActiveIndex } from '../useActiveIndex';
import { useChartLayout } from '../useChartLayout';
import { BoxMark } from './BoxMark';
import type { BoxStats } from './boxStats';

/** One structure's two spreads. */
export interface RiskRow {
  kind: StructureKind;
  /** the structure's name as shown */
  label: string;
  profit: BoxStats;
  earnings: BoxStats;
}

export interface RiskBoxChartProps {
  /** one row per simulated structure, in display order */
  rows: readonly RiskRow[];
  /** trials behind each row */
  trials: number;
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const ROW = 46;
const BOX = 13;
const M = { top: 8, right: 18, bottom: 44, left: 84 };
const PROFIT = 'var(--c-profit, #009e73)';
const EARNINGS = 'var(--series-2, #e69f00)';

/** Brand profit against creator earnings for every structure on one money axis: who carries the risk. */
export function RiskBoxChart({ rows, trials, currency, width: fixedWidth }: RiskBoxChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const interaction = useActiveIndex(rows.length);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: { inner: () => rows.length * ROW } });
  const { width, innerWidth, innerHeight } = layout;
  const ends = rows.flatMap((r) => [r.profit.p5, r.profit.p95, r.earnings.p5, r.earnings.p95]);
  const x = scaleLinear()
    .domain([Math.min(0, ...ends), Math.max(0, ...ends)])
    .nice()
    .range([0, innerWidth]);
  const title = t('explorer.risk.title');
  const legend: LegendItem[] = [
    { label: t('explorer.risk.brand'), colour: PROFIT },
    { label: t('explorer.risk.creator'), colour: EARNINGS },
  ];
  const describe = (r: RiskRow) =>
    t('explorer.risk.row', {
      structure: r.label,
      profitLow: f.money(r.profit.p5),
      profitHigh: f.money(r.profit.p95),
      earningsLow: f.money(r.earnings.p5),
      earningsHigh: f.money(r.earnings.p95),
    });
  const activeIndex = interaction.active;
  const active = activeIndex === null ? undefined : rows[activeIndex];
  return (
    <ChartFrame
      title={title}
      summary={`${t('explorer.risk.summary')} ${rows.map(describe).join('. ')}.`}
      layout={layout}
      xLabel={t('explorer.risk.xAxis', { currency })}
      legend={legend}
      interaction={interaction}
      onPointerMove={(e) => {
        const top = e.currentTarget.getBoundingClientRect().top;
        const index = Math.floor((e.clientY - top - M.top) / ROW);
        interaction.setActive(index >= 0 && index < rows.length ? index : null);
      }}
      note={t('explorer.risk.whiskers', { trials: f.number(trials) })}
      tooltip={
        active &&
        activeIndex !== null && (
          <Tooltip x={M.left + x(active.profit.p95)} y={M.top + activeIndex * ROW} containerWidth={width}>
            <strong>{active.label}</strong>
            <span>
              {t('explorer.risk.brand')}: {f.money(active.profit.p5)} – {f.money(active.profit.p95)} ({t('explorer.risk.median', { value: f.money(active.profit.p50) })})
            </span>
            <span>
              {t('explorer.risk.creator')}: {f.money(active.earnings.p5)} – {f.money(active.earnings.p95)} (
              {t('explorer.risk.median', { value: f.money(active.earnings.p50) })})
            </span>
          </Tooltip>
        )
      }
      dataTable={
        <ul>
          {rows.map((r) => (
            <li key={r.kind}>{describe(r)}</li>
          ))}
        </ul>
      }
    >
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.moneyCompact(v)} tickCount={6} gridLength={innerHeight} />
      </g>
      <line x1={x(0)} x2={x(0)} y1={0} y2={innerHeight} stroke="var(--c-text, #1a2233)" strokeDasharray="3 3" />
      {rows.map((r, i) => {
        const mid = i * ROW + ROW / 2;
        const dimmed = activeIndex !== null && activeIndex !== i;
        return (
          <g key={r.kind} data-testid={`risk-row-${r.kind}`}>
            <text x={-8} y={mid} dy="0.32em" textAnchor="end" className="chart-label">
              {r.label}
            </text>
            <BoxMark stats={r.profit} x={x} y={mid - BOX / 2 - 1} height={BOX} colour={PROFIT} dimmed={dimmed} />
            <BoxMark stats={r.earnings} x={x} y={mid + BOX / 2 + 1} height={BOX} colour={EARNINGS} dimmed={dimmed} />
          </g>
        );
      })}
    </ChartFrame>
  );
}
