import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { FrontierPoint } from '../engine/allocation/types';
import type { AllocationObjective } from '../engine/vocabulary';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartDataTable } from './ChartDataTable';
import { ChartEmpty, ChartFrame } from './ChartFrame';
import type { LegendItem } from './Legend';
import { estimateTextWidth } from './ticks';
import { Tooltip } from './Tooltip';
import { localPoint, useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';

export interface FrontierChartProps {
  /** the allocator's frontier: the best split of 10 %, 20 %, … 200 % of the budget */
  points: readonly FrontierPoint[];
  /** the budget the planner set, marked on the chart */
  budget: number;
  /** what the allocator maximised: the line is the mean profit where that was the objective, else the median */
  objective: AllocationObjective;
  /** the limit on the chance of loss, drawn on its panel; null when there is none */
  maxLossProbability: number | null;
  /** ISO currency of the scenario */
  currency: string;
  /** the end of the budget axis, so that a frontier still filling in keeps its scale; else its last point's budget */
  xMax?: number;
  /** replaces the summary of a whole frontier, which a frontier still filling in cannot give */
  summary?: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

/** Two panels on one budget axis: profit above (a band and a line), the chance of loss below, where its own scale keeps it readable. */
const PROFIT_HEIGHT = 210;
const GAP = 44;
const LOSS_HEIGHT = 96;
const M = { top: 40, right: 20, bottom: 46, left: 64 };
const LINE = 'var(--series-1, #0072b2)';
const LOSS = 'var(--c-loss-strong, #a94400)';
const MARK = 'var(--c-text, #1a2233)';
const FONT = 12;

/** What each budget buys: the allocator's best split at every budget from a tenth to twice the one set (docs/MODEL.md §8). */
function FrontierChartImpl({ points, budget, objective, maxLossProbability, currency, xMax, summary: given, width: fixedWidth }: FrontierChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: PROFIT_HEIGHT + GAP + LOSS_HEIGHT + M.top + M.bottom });
  const interaction = useActiveIndex(points.length);
  const title = t('allocate.frontier.title');
  const last = points[points.length - 1];
  if (!last) return <ChartEmpty title={title} message={t('allocate.empty', { budget: f.money(budget) })} />;

  const { innerWidth, width } = layout;
  const mean = objective === 'expectedProfit';
  const lineLabel = t(mean ? 'allocate.frontier.profit' : 'allocate.frontier.median');
  const valueOf = (p: FrontierPoint) => (mean ? p.objective : p.profit.p50);
  const x = scaleLinear().domain([0, Math.max(xMax ?? last.budget, budget)]).nice().range([0, innerWidth]);
  const profits = points.flatMap((p) => [p.profit.p5, p.profit.p95, valueOf(p)]);
  const y = scaleLinear().domain([Math.min(0, ...profits), Math.max(0, ...profits)]).nice().range([PROFIT_HEIGHT, 0]);
  const lossTop = PROFIT_HEIGHT + GAP;
  const lossMax = Math.max(0.05, maxLossProbability ?? 0, ...points.map((p) => p.probabilityOfLoss));
  const yLoss = scaleLinear().domain([0, lossMax]).nice().range([lossTop + LOSS_HEIGHT, lossTop]);

  const band = area<FrontierPoint>().x((p) => x(p.budget)).y0((p) => y(p.profit.p5)).y1((p) => y(p.profit.p95))(points) ?? '';
  const profitLine = line<FrontierPoint>().x((p) => x(p.budget)).y((p) => y(valueOf(p)))(points) ?? '';
  const lossLine = line<FrontierPoint>().x((p) => x(p.budget)).y((p) => yLoss(p.probabilityOfLoss))(points) ?? '';

  const here = points.reduce((best, p) => (Math.abs(p.budget - budget) < Math.abs(best.budget - budget) ? p : best), last);
  const twice = last;
  const currentLabel = t('allocate.frontier.currentAt', { budget: f.money(budget) });
  const bx = x(budget);
  const labelFitsRight = bx + 6 + estimateTextWidth(currentLabel, FONT) <= innerWidth;
  const summary = given ?? t('allocate.frontier.summary', {
    low: f.money(points[0]?.budget),
    high: f.money(last.budget),
    budget: f.money(budget),
    profit: `${lineLabel} ${f.money(valueOf(here))}`,
    p5: f.money(here.profit.p5),
    p95: f.money(here.profit.p95),
    loss: f.percent(here.probabilityOfLoss, 1),
    profit2: `${lineLabel} ${f.money(valueOf(twice))}`,
    loss2: f.percent(twice.probabilityOfLoss, 1),
  });
  const legend: LegendItem[] = [
    { label: lineLabel, colour: LINE, shape: 'line' },
    { label: t('allocate.frontier.band'), colour: 'var(--series-5, #56b4e9)' },
    { label: t('allocate.frontier.loss'), colour: LOSS, shape: 'line' },
    ...(maxLossProbability === null ? [] : [{ label: t('allocate.frontier.limit'), colour: LOSS, shape: 'dashed' as const }]),
    { label: t('allocate.frontier.current'), colour: MARK, shape: 'dashed' },
  ];
  const statusText = (p: FrontierPoint) => t(`allocate.status.short.${p.status}`);
  const activeIndex = interaction.active;
  const active = activeIndex === null ? undefined : points[activeIndex];
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('allocate.frontier.yAxis', { currency })}
      xLabel={t('allocate.frontier.xAxis', { currency })}
      legend={legend}
      interaction={interaction}
      note={t('allocate.frontier.note')}
      onPointerMove={(e) => {
        const at = x.invert(localPoint(e).x - M.left);
        let nearest = 0;
        points.forEach((p, i) => {
          if (Math.abs(p.budget - at) < Math.abs((points[nearest]?.budget ?? 0) - at)) nearest = i;
        });
        interaction.setActive(nearest);
      }}
      tooltip={
        active && (
          <Tooltip x={M.left + x(active.budget)} y={M.top + y(valueOf(active))} containerWidth={width}>
            <strong>
              {f.money(active.budget)} · {t('allocate.frontier.share', { share: f.percent(active.budget / budget, 0) })}
            </strong>
            <span>
              {lineLabel}: {f.money(valueOf(active))}
            </span>
            <span>
              {t('allocate.frontier.band')}: {f.money(active.profit.p5)} – {f.money(active.profit.p95)}
            </span>
            <span>
              {t('allocate.frontier.loss')}: {f.percent(active.probabilityOfLoss, 1)}
            </span>
            <span>
              {t('allocate.frontier.cost')}: {f.money(active.cost)} ({statusText(active)})
            </span>
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={title}
          columns={[t('allocate.frontier.budget'), lineLabel, t('allocate.frontier.p5'), t('allocate.frontier.p95'), t('allocate.frontier.loss'), t('allocate.frontier.cost'), t('allocate.frontier.status')]}
          rows={points.map((p) => ({
            key: p.budget,
            header: f.money(p.budget),
            cells: [f.money(valueOf(p)), f.money(p.profit.p5), f.money(p.profit.p95), f.percent(p.probabilityOfLoss, 1), f.money(p.cost), statusText(p)],
          }))}
        />
      }
    >
      <Axis scale={y} orientation="left" format={(v) => f.moneyCompact(v)} tickCount={5} gridLength={innerWidth} />
      <path d={band} fill="var(--series-5, #56b4e9)" opacity={0.3} />
      <line x2={innerWidth} y1={y(0)} y2={y(0)} stroke="var(--c-muted, #5b6577)" strokeWidth={1.25} />
      <path d={profitLine} fill="none" stroke={LINE} strokeWidth={2.5} strokeLinejoin="round" />
      {points.map((p) => (
        <circle key={p.budget} cx={x(p.budget)} cy={y(valueOf(p))} r={3} fill={p.status === 'infeasible' ? '#fff' : LINE} stroke={LINE} strokeWidth={1.5} />
      ))}

      <text x={-M.left} y={lossTop - 12} className="axis-label">
        {t('allocate.frontier.lossAxis')}
      </text>
      <Axis scale={yLoss} orientation="left" format={(v) => f.percent(v, 0)} tickCount={3} gridLength={innerWidth} />
      {maxLossProbability !== null && (
        <line x2={innerWidth} y1={yLoss(maxLossProbability)} y2={yLoss(maxLossProbability)} stroke={LOSS} strokeWidth={1.5} strokeDasharray="6 4" />
      )}
      <path d={lossLine} fill="none" stroke={LOSS} strokeWidth={2} strokeLinejoin="round" />
      {points.map((p) => (
        <circle key={p.budget} cx={x(p.budget)} cy={yLoss(p.probabilityOfLoss)} r={2.5} fill={LOSS} />
      ))}

      <g data-testid="frontier-budget">
        <line x1={bx} x2={bx} y1={-8} y2={lossTop + LOSS_HEIGHT} stroke={MARK} strokeWidth={1.5} strokeDasharray="5 3" />
        <text x={labelFitsRight ? bx + 6 : bx - 6} y={-12} textAnchor={labelFitsRight ? 'start' : 'end'} className="chart-value">
          {currentLabel}
        </text>
      </g>
      {active && <line x1={x(active.budget)} x2={x(active.budget)} y1={0} y2={lossTop + LOSS_HEIGHT} stroke="var(--c-muted, #5b6577)" strokeWidth={1} />}
      {active && <circle cx={x(active.budget)} cy={y(valueOf(active))} r={5} fill={LINE} stroke="#fff" strokeWidth={1.5} />}
      <g transform={`translate(0,${lossTop + LOSS_HEIGHT})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.moneyCompact(v)} tickCount={8} />
      </g>
    </ChartFrame>
  );
}

export const FrontierChart = memo(FrontierChartImpl);
