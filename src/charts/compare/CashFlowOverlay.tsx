import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CashFlowResult, CashFlowWeek } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { Axis } from '../Axis';
import { ChartFrame } from '../ChartFrame';
import { Tooltip } from '../Tooltip';
import { localPoint, useActiveIndex } from '../useActiveIndex';
import { useChartLayout } from '../useChartLayout';
import { seriesColour, seriesDash } from './series';
import { sharedCurrency, type CompareSeriesBase } from './types';
import { ChartDataTable } from '../ChartDataTable';

export interface CashFlowSeries extends CompareSeriesBase {
  /** weekly cash flow of the scenario's point projection */
  cashFlow: CashFlowResult;
}

export interface CashFlowOverlayProps {
  /** the compared scenarios */
  series: readonly CashFlowSeries[];
  /** fixed width in px (print); otherwise the chart fills its container */
  width?: number;
}

const HEIGHT = 320;
const M = { top: 40, right: 16, bottom: 46, left: 60 };

/** Cumulative profit of every compared scenario on one time axis, with a marker where each pays back. */
export function CashFlowOverlay({ series, width: fixedWidth }: CashFlowOverlayProps) {
  const { t, fmt } = useI18n();
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: HEIGHT });
  const { width, innerWidth, innerHeight } = layout;
  const currency = sharedCurrency(series);
  const f = fmt(currency ?? series[0]?.currency ?? 'EUR');
  const lastWeek = Math.max(1, ...series.map((s) => s.cashFlow.weeks[s.cashFlow.weeks.length - 1]?.week ?? 0));
  const interaction = useActiveIndex(lastWeek + 1);
  const title = t('compare.cashFlow.title');
  const money = (v: number | null) => (currency ? f.moneyCompact(v) : f.compact(v));
  const values = series.flatMap((s) => s.cashFlow.weeks.map((w) => w.cumulativeProfit));
  const x = scaleLinear().domain([0, lastWeek]).range([0, innerWidth]);
  const y = scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values)]).nice().range([innerHeight, 0]);
  const path = line<CashFlowWeek>().x((w) => x(w.week)).y((w) => y(w.cumulativeProfit));
  const paybackText = (s: CashFlowSeries) =>
    s.cashFlow.paybackWeek === null ? t('compare.cashFlow.noPayback') : t('compare.cashFlow.payback', { week: s.cashFlow.paybackWeek });
  const legend = series.map((s, i) => ({ label: `${s.name} (${paybackText(s)})`, colour: seriesColour(i), shape: 'line' as const }));
  const summary = series.map((s) => `${s.name}: ${paybackText(s)}`).join('. ');
  const week = interaction.active;
  const cumulativeAt = (s: CashFlowSeries, wk: number) => s.cashFlow.weeks.find((w) => w.week === wk)?.cumulativeProfit ?? null;
  // Scenarios that pay back in the same week share a marker position: stack their labels upwards
  // from the highest of their points, one line each, so they never print over one another.
  const paybackLabels = new Map<number, { y: number }>();
  const byWeek = new Map<number, { i: number; top: number }[]>();
  series.forEach((s, i) => {
    const pb = s.cashFlow.paybackWeek;
    const v = pb === null ? null : cumulativeAt(s, pb);
    if (pb === null || v === null) return;
    byWeek.set(pb, [...(byWeek.get(pb) ?? []), { i, top: y(v) }]);
  });
  for (const group of byWeek.values()) {
    const top = Math.min(...group.map((g) => g.top));
    group.forEach((g, j) => paybackLabels.set(g.i, { y: top - 18 - 13 * j }));
  }
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('charts.cashFlow.yAxis', { currency: currency ?? t('compare.ownCurrency') })}
      xLabel={t('charts.cashFlow.xAxis')}
      legend={legend}
      interaction={interaction}
      onPointerMove={(e) => interaction.setActive(Math.max(0, Math.min(lastWeek, Math.round(x.invert(localPoint(e).x - M.left)))))}
      tooltip={
        week !== null && (
          <Tooltip x={M.left + x(week)} y={M.top} containerWidth={width}>
            <strong>{t('common.week', { n: week })}</strong>
            {series.map((s) => (
              <span key={s.key}>{s.name}: {fmt(s.currency).money(cumulativeAt(s, week))}</span>
            ))}
          </Tooltip>
        )
      }
      {...(currency === null && { note: t('compare.mixedCurrencies') })}
      dataTable={<ChartDataTable caption={title} rows={series.map((s) => ({ key: s.key, header: s.name, cells: [paybackText(s)] }))} />}
    >
      <Axis scale={y} orientation="left" format={(v) => money(v)} tickCount={6} gridLength={innerWidth} />
      <line x2={innerWidth} y1={y(0)} y2={y(0)} stroke="var(--c-muted, #5b6577)" strokeWidth={1.25} />
      {week !== null && <line x1={x(week)} x2={x(week)} y2={innerHeight} stroke="var(--c-border, #dde2ea)" />}
      {series.map((s, i) => (
        <path key={s.key} d={path(s.cashFlow.weeks) ?? ''} fill="none" stroke={seriesColour(i)} strokeWidth={2.25} strokeDasharray={seriesDash(i)} strokeLinejoin="round" />
      ))}
      {series.map((s, i) => {
        const pb = s.cashFlow.paybackWeek;
        const v = pb === null ? null : cumulativeAt(s, pb);
        if (pb === null || v === null) return null;
        const label = paybackLabels.get(i) ?? { y: y(v) - 18 };
        return (
          <g key={s.key} data-testid={`payback-${i}`}>
            <line x1={x(pb)} x2={x(pb)} y1={y(v) - 14} y2={y(v) + 14} stroke={seriesColour(i)} strokeWidth={2} />
            <circle cx={x(pb)} cy={y(v)} r={5} fill="#fff" stroke={seriesColour(i)} strokeWidth={2.5} />
            <text x={x(pb)} y={label.y} textAnchor="middle" fontSize={11} fontWeight={600} fill={seriesColour(i)}>
              {t('compare.cashFlow.marker', { week: pb })}
            </text>
          </g>
        );
      })}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => String(v)} tickCount={10} />
      </g>
    </ChartFrame>
  );
}
