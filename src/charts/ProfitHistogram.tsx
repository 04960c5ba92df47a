import { memo, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { MonteCarloResult } from '../engine/types';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartEmpty, ChartFrame } from './ChartFrame';
import { binSamples } from './histogram';
import type { LegendItem } from './Legend';
import { PercentileRules } from './PercentileRules';
import { Tooltip } from './Tooltip';
import { localPoint, useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';
import { ChartDataTable } from './ChartDataTable';

export interface ProfitHistogramProps {
  /** the latest Monte Carlo result, with samples.profit when kept; null before the first run */
  monteCarlo: MonteCarloResult | null;
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const HEIGHT = 300;
const M = { top: 66, right: 16, bottom: 46, left: 52 };
const LOSS = 'var(--c-loss, #d55e00)';
const GAIN = 'var(--c-profit, #009e73)';

/** How profit is spread over the simulated trials, with the loss side shaded and P5/P50/P95 marked. */
function ProfitHistogramImpl({ monteCarlo, currency, width: fixedWidth }: ProfitHistogramProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: HEIGHT });
  const { width, innerWidth, innerHeight } = layout;
  const samples = monteCarlo?.samples?.profit;
  const histogram = useMemo(() => (samples ? binSamples(samples) : null), [samples]);
  const bins = histogram?.bins ?? [];
  const interaction = useActiveIndex(bins.length);
  const title = t('charts.histogram.title');
  if (!monteCarlo || !histogram || histogram.total === 0) {
    return <ChartEmpty title={title} message={t('charts.histogram.empty')} />;
  }
  const summaryStats = monteCarlo.metrics.profit;
  const x = scaleLinear().domain(histogram.domain).range([0, innerWidth]);
  const maxShare = Math.max(...bins.map((b) => b.share), 0.01);
  const y = scaleLinear().domain([0, maxShare]).nice().range([innerHeight, 0]);
  const hasLoss = histogram.lossShare > 0;
  const lossLabel = t('charts.histogram.loss', { share: f.percent(histogram.lossShare) });
  const legend: LegendItem[] = [
    ...(hasLoss ? [{ label: lossLabel, colour: LOSS }] : []),
    { label: t('charts.histogram.gain'), colour: GAIN },
    { label: t('charts.histogram.percentiles'), colour: 'var(--c-text, #1a2233)', shape: 'dashed' as const },
  ];
  const summary = t('charts.histogram.summary', {
    trials: f.number(monteCarlo.trials),
    p50: f.money(summaryStats.p50),
    p5: f.money(summaryStats.p5),
    p95: f.money(summaryStats.p95),
    loss: f.percent(monteCarlo.probabilityOfLoss),
  });
  const active = interaction.active !== null ? bins[interaction.active] : undefined;
  const pick = (px: number) => {
    const value = x.invert(px - M.left);
    const index = bins.findIndex((b) => value < b.x1);
    interaction.setActive(index === -1 ? bins.length - 1 : index);
  };
  const rows: [string, string][] = [
    ['P5', f.money(summaryStats.p5)],
    ['P50', f.money(summaryStats.p50)],
    ['P95', f.money(summaryStats.p95)],
    [t('charts.histogram.mean'), f.money(summaryStats.mean)],
    [t('charts.histogram.chanceOfLoss'), f.percent(monteCarlo.probabilityOfLoss)],
  ];
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('charts.histogram.yAxis')}
      xLabel={t('charts.histogram.xAxis', { currency })}
      legend={legend}
      note={t('charts.histogram.note', { p5: f.money(summaryStats.p5), p50: f.money(summaryStats.p50), p95: f.money(summaryStats.p95) })}
      interaction={interaction}
      onPointerMove={(e) => pick(localPoint(e).x)}
      tooltip={
        active && (
          <Tooltip x={M.left + x((active.x0 + active.x1) / 2)} y={M.top + y(active.share)} containerWidth={width}>
            <strong>{t('charts.histogram.range', { from: f.money(active.x0), to: f.money(active.x1) })}</strong>
            <span>{t('charts.histogram.binShare', { share: f.percent(active.share), count: f.number(active.count) })}</span>
          </Tooltip>
        )
      }
      dataTable={<ChartDataTable caption={title} rows={rows.map(([k, v]) => ({ key: k, header: k, cells: [v] }))} />}
    >
      {hasLoss && (
        <rect className="loss-area" data-testid="loss-area" x={0} width={Math.max(0, Math.min(innerWidth, x(0)))} height={innerHeight} fill={LOSS} opacity={0.08} />
      )}
      <Axis scale={y} orientation="left" format={(v) => f.percent(v)} tickCount={5} gridLength={innerWidth} />
      {bins.map((b, i) => (
        <rect
          key={b.x0}
          x={x(b.x0) + 0.5}
          y={y(b.share)}
          width={Math.max(0, x(b.x1) - x(b.x0) - 1)}
          height={innerHeight - y(b.share)}
          fill={b.x1 <= 0 ? LOSS : GAIN}
          opacity={interaction.active === null || interaction.active === i ? 1 : 0.55}
        />
      ))}
      <PercentileRules
        x={x}
        height={innerHeight}
        width={innerWidth}
        marks={[
          { key: 'P5', value: summaryStats.p5, label: `P5 ${f.moneyCompact(summaryStats.p5)}` },
          { key: 'P50', value: summaryStats.p50, label: `P50 ${f.moneyCompact(summaryStats.p50)}` },
          { key: 'P95', value: summaryStats.p95, label: `P95 ${f.moneyCompact(summaryStats.p95)}` },
        ]}
      />
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.moneyCompact(v)} tickCount={6} />
      </g>
    </ChartFrame>
  );
}

export const ProfitHistogram = memo(ProfitHistogramImpl);
