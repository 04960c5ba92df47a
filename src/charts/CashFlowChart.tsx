import { memo, useId, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { CashFlowResult, CashFlowWeek } from '../engine/types';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartEmpty, ChartFrame } from './ChartFrame';
import type { LegendItem } from './Legend';
import { PaybackMarker } from './PaybackMarker';
import { Tooltip } from './Tooltip';
import { localPoint, useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';
import { ChartDataTable } from './ChartDataTable';

export interface CashFlowChartProps {
  /** weekly cash flow of the point projection */
  cashFlow: CashFlowResult;
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const HEIGHT = 320;
const M = { top: 48, right: 16, bottom: 46, left: 60 };
const LINE = 'var(--c-text, #1a2233)';
const COST = 'var(--c-cost, #e69f00)';
const REVENUE = 'var(--c-revenue, #0072b2)';

/** Cumulative profit week by week: how deep the money goes and when it comes back. */
function CashFlowChartImpl({ cashFlow, currency, width: fixedWidth }: CashFlowChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: HEIGHT });
  const { width, innerWidth, innerHeight } = layout;
  const clipId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [weekly, setWeekly] = useState(true);
  const weeks = cashFlow.weeks;
  const interaction = useActiveIndex(weeks.length);
  const title = t('charts.cashFlow.title');
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) {
    return <ChartEmpty title={title} message={t('charts.cashFlow.empty')} />;
  }
  const x = scaleLinear().domain([first.week, Math.max(last.week, first.week + 1)]).range([0, innerWidth]);
  const values = weeks.flatMap((w) => [w.cumulativeProfit, ...(weekly ? [w.netRevenue, -w.cost] : [])]);
  const y = scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values)]).nice().range([innerHeight, 0]);
  const zero = y(0);
  const areaPath = area<CashFlowWeek>().x((w) => x(w.week)).y0(zero).y1((w) => y(w.cumulativeProfit))(weeks) ?? '';
  const linePath = line<CashFlowWeek>().x((w) => x(w.week)).y((w) => y(w.cumulativeProfit))(weeks) ?? '';
  const step = innerWidth / Math.max(1, weeks.length);
  const barWidth = Math.max(1, Math.min(12, step * 0.4));
  const trough = weeks.reduce((lo, w) => (w.cumulativeProfit < lo.cumulativeProfit ? w : lo), first);
  const payback = cashFlow.paybackWeek;
  const paybackText =
    payback === null ? t('charts.cashFlow.noPayback', { weeks: last.week }) : t('charts.cashFlow.payback', { week: payback });
  const summary = t('charts.cashFlow.summary', {
    trough: f.money(trough.cumulativeProfit),
    troughWeek: trough.week,
    end: f.money(last.cumulativeProfit),
    lastWeek: last.week,
    payback: paybackText,
  });
  const legend: LegendItem[] = [
    { label: t('charts.cashFlow.cumulative'), colour: LINE, shape: 'line' },
    ...(weekly
      ? [
          { label: t('charts.cashFlow.weeklyRevenue'), colour: REVENUE },
          { label: t('charts.cashFlow.weeklyCost'), colour: COST },
        ]
      : []),
    ...(payback === null ? [] : [{ label: t('charts.cashFlow.paybackLegend'), colour: 'var(--c-profit, #009e73)', shape: 'dashed' as const }]),
  ];
  const active = interaction.active !== null ? weeks[interaction.active] : undefined;
  const controls = (
    <label className="chart-switch">
      <input type="checkbox" checked={weekly} onChange={(e) => setWeekly(e.target.checked)} />
      {t('charts.cashFlow.showWeekly')}
    </label>
  );
  const money = (v: number) => f.money(v);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('charts.cashFlow.yAxis', { currency })}
      xLabel={t('charts.cashFlow.xAxis')}
      legend={legend}
      controls={controls}
      interaction={interaction}
      onPointerMove={(e) => {
        const week = Math.round(x.invert(localPoint(e).x - M.left));
        interaction.setActive(Math.max(0, Math.min(weeks.length - 1, week - first.week)));
      }}
      tooltip={
        active && (
          <Tooltip x={M.left + x(active.week)} y={M.top + y(active.cumulativeProfit)} containerWidth={width}>
            <strong>{t('common.week', { n: active.week })}</strong>
            <span>{t('charts.cashFlow.cumulative')}: {money(active.cumulativeProfit)}</span>
            <span>{t('charts.cashFlow.weeklyRevenue')}: {money(active.netRevenue)}</span>
            <span>{t('charts.cashFlow.weeklyCost')}: {money(active.cost)}</span>
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={`${title}. ${paybackText}`}
          columns={[t('charts.cashFlow.week'), t('charts.cashFlow.weeklyCost'), t('charts.cashFlow.weeklyRevenue'), t('charts.cashFlow.cumulative')]}
          rows={weeks.map((w) => ({ key: w.week, header: w.week, cells: [money(w.cost), money(w.netRevenue), money(w.cumulativeProfit)] }))}
        />
      }
    >
      <defs>
        <clipPath id={`${clipId}-above`}>
          <rect width={innerWidth} height={Math.max(0, zero)} />
        </clipPath>
        <clipPath id={`${clipId}-below`}>
          <rect y={zero} width={innerWidth} height={Math.max(0, innerHeight - zero)} />
        </clipPath>
      </defs>
      <Axis scale={y} orientation="left" format={(v) => f.moneyCompact(v)} tickCount={6} gridLength={innerWidth} />
      {weekly &&
        weeks.map((w) => (
          <g key={w.week}>
            {w.netRevenue > 0 && <rect x={x(w.week) - barWidth} y={y(w.netRevenue)} width={barWidth} height={zero - y(w.netRevenue)} fill={REVENUE} opacity={0.55} />}
            {w.cost > 0 && <rect x={x(w.week)} y={zero} width={barWidth} height={y(-w.cost) - zero} fill={COST} opacity={0.55} />}
          </g>
        ))}
      <path d={areaPath} fill="var(--c-profit, #009e73)" opacity={0.16} clipPath={`url(#${clipId}-above)`} />
      <path d={areaPath} fill="var(--c-loss, #d55e00)" opacity={0.16} clipPath={`url(#${clipId}-below)`} />
      <line x2={innerWidth} y1={zero} y2={zero} stroke="var(--c-muted, #5b6577)" strokeWidth={1.25} />
      <path d={linePath} fill="none" stroke={LINE} strokeWidth={2.5} strokeLinejoin="round" />
      <PaybackMarker x={payback === null ? null : x(payback)} height={innerHeight} width={innerWidth} label={paybackText} />
      {active && <circle cx={x(active.week)} cy={y(active.cumulativeProfit)} r={4.5} fill={LINE} stroke="#fff" strokeWidth={1.5} />}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => String(v)} tickCount={10} />
      </g>
    </ChartFrame>
  );
}

export const CashFlowChart = memo(CashFlowChartImpl);
