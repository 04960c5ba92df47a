import { memo, useMemo, useState } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { CampaignTotals } from '../engine/types';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartFrame } from './ChartFrame';
import { funnelSteps, type FunnelKey } from './funnel';
import { powersOfTen } from './ticks';
import { Tooltip } from './Tooltip';
import { localPoint, useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';
import { ChartDataTable } from './ChartDataTable';

export interface FunnelChartProps {
  /** campaign totals of the point projection */
  totals: CampaignTotals;
  /** ISO currency of the scenario, for the cost per step in tooltips */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const ROW = 46;
const BAR = 18;
/** The axis sits this far under the last bar. */
const AXIS_GAP = 4;
const M = { top: 4, right: 12, bottom: 42, left: 4 };

/** Impressions down to conversions (and leads) as bars, log scale by default so small steps stay visible. */
function FunnelChartImpl({ totals, currency, width: fixedWidth }: FunnelChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const [log, setLog] = useState(true);
  const steps = useMemo(() => funnelSteps(totals), [totals]);
  const interaction = useActiveIndex(steps.length);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: { inner: () => steps.length * ROW + AXIS_GAP } });
  const { width, innerWidth, innerHeight } = layout;
  const max = Math.max(1, ...steps.map((s) => s.value));
  const logTicks = powersOfTen(1, max);
  const x = log
    ? scaleLog().domain([1, logTicks[logTicks.length - 1] ?? 10]).range([0, innerWidth]).clamp(true)
    : scaleLinear().domain([0, max]).nice().range([0, innerWidth]);
  const barWidth = (v: number) => (log && v < 1 ? 0 : Math.max(0, x(v)));
  const unitCost: Partial<Record<FunnelKey, string>> = {
    impressions: t('charts.funnel.cpm', { value: f.money(totals.cpm) }),
    engagements: t('charts.funnel.cpe', { value: f.money(totals.cpe) }),
    clicks: t('charts.funnel.cpc', { value: f.money(totals.cpc) }),
    conversions: t('charts.funnel.cpa', { value: f.money(totals.cpa) }),
    leads: t('charts.funnel.cpl', { value: f.money(totals.cpl) }),
  };
  const rateText = (i: number) => {
    const s = steps[i];
    return s?.base ? t(`charts.funnel.per.${s.base}`, { rate: f.rate(s.rate) }) : '';
  };
  const summary = steps
    .map((s, i) => `${t(`charts.step.${s.key}`)} ${f.count(s.value)}${s.base ? ` (${rateText(i)})` : ''}`)
    .join('; ');
  const active = interaction.active !== null ? steps[interaction.active] : undefined;
  const activeIndex = interaction.active ?? 0;
  const controls = (
    <div className="chart-toggle" role="group" aria-label={t('charts.funnel.scale')}>
      <button type="button" aria-pressed={log} onClick={() => setLog(true)}>
        {t('charts.funnel.log')}
      </button>
      <button type="button" aria-pressed={!log} onClick={() => setLog(false)}>
        {t('charts.funnel.linear')}
      </button>
    </div>
  );
  return (
    <ChartFrame
      title={t('charts.funnel.title')}
      summary={`${t('charts.funnel.title')}: ${summary}.`}
      layout={layout}
      xLabel={t(log ? 'charts.funnel.axisLog' : 'charts.funnel.axisLinear')}
      controls={controls}
      interaction={interaction}
      onPointerMove={(e) => interaction.setActive(Math.max(0, Math.min(steps.length - 1, Math.floor((localPoint(e).y - M.top) / ROW))))}
      tooltip={
        active && (
          <Tooltip x={M.left + barWidth(active.value)} y={M.top + activeIndex * ROW} containerWidth={width}>
            <strong>{t(`charts.step.${active.key}`)}</strong>
            <span>{f.count(active.value)}</span>
            {active.base && <span>{rateText(activeIndex)}</span>}
            {unitCost[active.key] && <span>{unitCost[active.key]}</span>}
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={t('charts.funnel.title')}
          columns={[t('charts.funnel.step'), t('charts.funnel.count'), t('charts.funnel.rate')]}
          rows={steps.map((s, i) => ({ key: s.key, header: t(`charts.step.${s.key}`), cells: [f.count(s.value), rateText(i)] }))}
        />
      }
    >
      {steps.map((s, i) => (
        <g key={s.key} transform={`translate(0,${i * ROW})`} className={interaction.active === i ? 'is-active' : undefined}>
          <text y={14} className="chart-label">
            <tspan fontWeight={600}>{t(`charts.step.${s.key}`)}</tspan>
            <tspan dx={6}>{f.count(s.value)}</tspan>
            {s.base && (
              <tspan dx={6} fill="var(--c-muted, #5b6577)">
                {rateText(i)}
              </tspan>
            )}
          </text>
          <rect y={20} width={innerWidth} height={BAR} rx={3} fill="var(--c-border, #dde2ea)" opacity={0.35} />
          <rect y={20} width={barWidth(s.value)} height={BAR} rx={3} fill="var(--series-1, #0072b2)" />
        </g>
      ))}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis
          scale={x}
          orientation="bottom"
          format={(v) => f.compact(v)}
          {...(log ? { tickValues: logTicks } : { tickCount: 5 })}
        />
      </g>
    </ChartFrame>
  );
}

export const FunnelChart = memo(FunnelChartImpl);
