import { scaleBand, scaleLinear } from 'd3-scale';
import type { CampaignTotals } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { Axis } from '../Axis';
import { ChartFrame } from '../ChartFrame';
import { Tooltip } from '../Tooltip';
import { localPoint, useActiveIndex } from '../useActiveIndex';
import { useSize } from '../useSize';
import { seriesColour } from './series';
import { sharedCurrency, type CompareSeriesBase } from './types';
import { ChartDataTable } from '../ChartDataTable';

export interface BarSeries extends CompareSeriesBase {
  /** the scenario's point-projection totals */
  totals: CampaignTotals;
}

export interface GroupedBarChartProps {
  /** the compared scenarios, in column order */
  series: readonly BarSeries[];
  /** fixed width in px (print); otherwise the chart fills its container */
  width?: number;
}

export const BAR_METRICS = ['cost', 'profit', 'conversions', 'cpa'] as const;
type BarMetric = (typeof BAR_METRICS)[number];
const MONEY: ReadonlySet<BarMetric> = new Set(['cost', 'profit', 'cpa']);

const FACET_HEIGHT = 210;
const M = { top: 34, right: 12, bottom: 16, left: 58 };

/** Cost, profit, conversions and CPA side by side: one small panel per metric, one bar per scenario. */
export function GroupedBarChart({ series, width: fixedWidth }: GroupedBarChartProps) {
  const { t, fmt } = useI18n();
  const size = useSize<HTMLDivElement>();
  const width = fixedWidth ?? size.width;
  const currency = sharedCurrency(series);
  const f = fmt(currency ?? series[0]?.currency ?? 'EUR');
  const n = series.length;
  const interaction = useActiveIndex(BAR_METRICS.length * n);
  const title = t('compare.bars.title');
  const columns = width >= 720 ? 4 : 2;
  const rows = Math.ceil(BAR_METRICS.length / columns);
  const height = rows * (FACET_HEIGHT + M.top + M.bottom);
  const facetWidth = width / columns;
  const innerWidth = Math.max(10, facetWidth - M.left - M.right);
  const x = scaleBand<number>().domain(series.map((_, i) => i)).range([0, innerWidth]).padding(0.2);
  const valueOf = (s: BarSeries, m: BarMetric) => s.totals[m];
  const format = (m: BarMetric, v: number | null, s?: BarSeries) =>
    MONEY.has(m) ? (s ? fmt(s.currency).money(v) : currency ? f.moneyCompact(v) : f.compact(v)) : f.number(v);
  const metricName = (m: BarMetric) => t(`compare.metric.${m}`);
  const axisLabel = (m: BarMetric) =>
    MONEY.has(m) ? t('compare.bars.moneyAxis', { metric: metricName(m), currency: currency ?? t('compare.ownCurrency') }) : t('compare.bars.countAxis', { metric: metricName(m) });
  const active = interaction.active;
  const activeFacet = active === null || n === 0 ? null : Math.floor(active / n);
  const activeSeries = active === null || n === 0 ? null : active % n;
  const summary = BAR_METRICS.map((m) => `${metricName(m)}: ${series.map((s) => `${s.name} ${format(m, valueOf(s, m), s)}`).join(', ')}`).join('. ');
  const facetOrigin = (i: number) => ({ fx: (i % columns) * facetWidth + M.left, fy: Math.floor(i / columns) * (FACET_HEIGHT + M.top + M.bottom) + M.top });
  const scales = BAR_METRICS.map((m) => {
    const values = series.map((s) => valueOf(s, m) ?? 0);
    return scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values, 1e-9)]).nice().range([FACET_HEIGHT, 0]);
  });
  const tooltipFor = () => {
    if (activeFacet === null || activeSeries === null) return null;
    const m = BAR_METRICS[activeFacet];
    const s = series[activeSeries];
    const y = scales[activeFacet];
    if (!m || !s || !y) return null;
    const { fx, fy } = facetOrigin(activeFacet);
    const v = valueOf(s, m);
    return (
      <Tooltip x={fx + (x(activeSeries) ?? 0) + x.bandwidth() / 2} y={fy + y(Math.max(0, v ?? 0))} containerWidth={width}>
        <strong>{s.name}</strong>
        <span>{metricName(m)}: {format(m, v, s)}</span>
      </Tooltip>
    );
  };
  return (
    <ChartFrame
      title={title}
      summary={summary}
      width={width}
      height={height}
      containerRef={size.ref}
      legend={series.map((s, i) => ({ label: s.name, colour: seriesColour(i) }))}
      interaction={interaction}
      onPointerMove={(e) => {
        const { x: px, y: py } = localPoint(e);
        const scale = width / Math.max(1, (e.currentTarget.getBoundingClientRect().width || width));
        const col = Math.min(columns - 1, Math.floor((px * scale) / facetWidth));
        const row = Math.floor((py * scale) / (FACET_HEIGHT + M.top + M.bottom));
        const facet = row * columns + col;
        const within = px * scale - col * facetWidth - M.left;
        const idx = Math.floor(within / Math.max(1, x.step()));
        if (facet < BAR_METRICS.length && idx >= 0 && idx < n) interaction.setActive(facet * n + idx);
      }}
      tooltip={tooltipFor()}
      {...(currency === null && { note: t('compare.mixedCurrencies') })}
      dataTable={
        <ChartDataTable
          caption={title}
          columns={[t('compare.table.scenario'), ...BAR_METRICS.map((m) => metricName(m))]}
          rows={series.map((s) => ({ key: s.key, header: s.name, cells: BAR_METRICS.map((m) => format(m, valueOf(s, m), s)) }))}
        />
      }
    >
      {BAR_METRICS.map((m, fi) => {
        const y = scales[fi];
        if (!y) return null;
        const { fx, fy } = facetOrigin(fi);
        const zero = y(0);
        return (
          <g key={m} transform={`translate(${fx},${fy})`} data-testid={`facet-${m}`}>
            <text x={-M.left + 4} y={-M.top + 16} className="axis-label">{axisLabel(m)}</text>
            <Axis scale={y} orientation="left" format={(v) => format(m, v)} tickCount={4} gridLength={innerWidth} />
            {series.map((s, i) => {
              const v = valueOf(s, m);
              const top = y(Math.max(0, v ?? 0));
              const bottom = y(Math.min(0, v ?? 0));
              return (
                <rect
                  key={s.key}
                  x={x(i) ?? 0}
                  y={top}
                  width={x.bandwidth()}
                  height={Math.max(0, bottom - top)}
                  fill={seriesColour(i)}
                  opacity={active === null || active === fi * n + i ? 1 : 0.5}
                />
              );
            })}
            <line x2={innerWidth} y1={zero} y2={zero} stroke="var(--c-muted, #5b6577)" />
          </g>
        );
      })}
    </ChartFrame>
  );
}
