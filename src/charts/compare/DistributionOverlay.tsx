import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { useI18n } from '../../i18n/i18n';
import { Axis } from '../Axis';
import { ChartEmpty, ChartFrame } from '../ChartFrame';
import { Tooltip } from '../Tooltip';
import { localPoint, useActiveIndex } from '../useActiveIndex';
import { useChartLayout } from '../useChartLayout';
import { overlayBins, stepPath } from './overlay';
import { seriesColour, seriesDash } from './series';
import { sharedCurrency, type CompareSeriesBase } from './types';
import { ChartDataTable } from '../ChartDataTable';

export interface DistributionSeries extends CompareSeriesBase {
  /** profit of every simulated trial; null while the run is under way */
  profit: Float64Array | null;
}

export interface DistributionOverlayProps {
  /** the compared scenarios */
  series: readonly DistributionSeries[];
  /** fixed width in px (print); otherwise the chart fills its container */
  width?: number;
}

const HEIGHT = 320;
const M = { top: 40, right: 16, bottom: 46, left: 52 };

/** The profit distributions of all compared scenarios as step outlines on one axis, each median marked. */
export function DistributionOverlay({ series, width: fixedWidth }: DistributionOverlayProps) {
  const { t, fmt } = useI18n();
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: HEIGHT });
  const { width, innerWidth, innerHeight } = layout;
  const currency = sharedCurrency(series);
  const f = fmt(currency ?? series[0]?.currency ?? 'EUR');
  const ready = series.filter((s) => s.profit !== null);
  const overlay = useMemo(() => overlayBins(series.map((s) => s.profit ?? new Float64Array())), [series]);
  const interaction = useActiveIndex(overlay.bins.length);
  const title = t('compare.distribution.title');
  if (ready.length === 0 || overlay.bins.length === 0) {
    return <ChartEmpty title={title} message={t('compare.distribution.empty')} />;
  }
  const money = (v: number | null) => (currency ? f.moneyCompact(v) : f.compact(v));
  const x = scaleLinear().domain(overlay.domain).range([0, innerWidth]);
  const y = scaleLinear().domain([0, Math.max(overlay.maxShare, 0.01)]).nice().range([innerHeight, 0]);
  const p50Label = (i: number) => t('compare.distribution.p50', { value: series[i] ? fmt(series[i].currency).money(overlay.series[i]?.p50 ?? null) : '—' });
  const legend = series.map((s, i) => ({ label: `${s.name} (${p50Label(i)})`, colour: seriesColour(i), shape: 'line' as const }));
  const summary = t('compare.distribution.summary', { medians: series.map((s, i) => `${s.name} ${p50Label(i)}`).join('; ') });
  const activeBin = interaction.active === null ? undefined : overlay.bins[interaction.active];
  const zeroInside = overlay.domain[0] < 0 && overlay.domain[1] > 0;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('charts.histogram.yAxis')}
      xLabel={t('charts.histogram.xAxis', { currency: currency ?? t('compare.ownCurrency') })}
      legend={legend}
      interaction={interaction}
      onPointerMove={(e) => {
        const v = x.invert(localPoint(e).x - M.left);
        const index = overlay.bins.findIndex((b) => v < b.x1);
        interaction.setActive(index === -1 ? overlay.bins.length - 1 : index);
      }}
      tooltip={
        activeBin && (
          <Tooltip x={M.left + x((activeBin.x0 + activeBin.x1) / 2)} y={M.top} containerWidth={width}>
            <strong>{t('charts.histogram.range', { from: money(activeBin.x0), to: money(activeBin.x1) })}</strong>
            {series.map((s, i) => (
              <span key={s.key}>{s.name}: {f.percent(overlay.series[i]?.shares[interaction.active ?? 0] ?? null)}</span>
            ))}
          </Tooltip>
        )
      }
      {...(currency === null && { note: t('compare.mixedCurrencies') })}
      dataTable={<ChartDataTable caption={title} rows={series.map((s, i) => ({ key: s.key, header: s.name, cells: [p50Label(i)] }))} />}
    >
      {zeroInside && <rect x={0} width={x(0)} height={innerHeight} fill="var(--c-loss, #d55e00)" opacity={0.07} />}
      <Axis scale={y} orientation="left" format={(v) => f.percent(v)} tickCount={5} gridLength={innerWidth} />
      {series.map((s, i) => {
        const shares = overlay.series[i]?.shares;
        if (!s.profit || !shares) return null;
        return (
          <path key={s.key} d={stepPath(overlay.bins, shares, x, y)} fill="none" stroke={seriesColour(i)} strokeWidth={2} strokeDasharray={seriesDash(i)} strokeLinejoin="round" />
        );
      })}
      {series.map((s, i) => {
        const p50 = overlay.series[i]?.p50;
        if (p50 === null || p50 === undefined) return null;
        const px = x(p50);
        return (
          <g key={s.key} data-testid={`p50-${i}`}>
            <line x1={px} x2={px} y1={0} y2={innerHeight} stroke={seriesColour(i)} strokeWidth={1.25} strokeDasharray="3 3" />
            <path d={`M${px - 5},${-10}L${px + 5},${-10}L${px},${-2}Z`} fill={seriesColour(i)} />
          </g>
        );
      })}
      {activeBin && <rect x={x(activeBin.x0)} width={Math.max(0, x(activeBin.x1) - x(activeBin.x0))} height={innerHeight} fill="var(--c-text, #1a2233)" opacity={0.06} />}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => money(v)} tickCount={6} />
      </g>
    </ChartFrame>
  );
}
