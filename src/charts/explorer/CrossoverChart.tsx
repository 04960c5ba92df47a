import { scaleLinear } from 'd3-scale';
import type { StructureKind } from '../../engine/paymentExplorer';
import { useI18n } from '../../i18n/i18n';
import { Axis } from '../Axis';
import { ChartFrame } from '../ChartFrame';
import type { LegendItem } from '../Legend';
import { Tooltip } from '../Tooltip';
import { useActiveIndex } from '../useActiveIndex';
import { useChartLayout } from '../useChartLayout';
import { ChartDataTable } from '../ChartDataTable';

/** One structure's brand profit by conversion rate: a line, or bent by tiers, a bonus or a cap. */
export interface CrossoverLine {
  kind: StructureKind;
  /** the structure's name as shown */
  label: string;
  /** brand profit at a conversion rate */
  profitAt: (rate: number) => number;
  /** drawn through many points when true; a straight line needs its two ends */
  bends: boolean;
  /** drawn dashed, so a line lying on top of an identical one stays visible */
  dashed: boolean;
}

/** Where two lines cross, marked with a dot. */
export interface CrossoverPoint {
  rate: number;
  profit: number;
  /** the sentence that explains the crossing */
  text: string;
}

export interface CrossoverChartProps {
  /** one line per feasible structure */
  lines: readonly CrossoverLine[];
  /** crossings within 0–100% */
  points: readonly CrossoverPoint[];
  /** the line item's typical conversion rate, marked with a rule */
  typicalRate: number;
  /** the line item's name, for the summary */
  itemLabel: string;
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const HEIGHT = 300;
const M = { top: 24, right: 18, bottom: 46, left: 64 };
const COLOURS: Record<StructureKind, string> = {
  fixed: 'var(--series-1)',
  gifting: 'var(--series-2)',
  cpa: 'var(--series-3)',
  cps: 'var(--series-4)',
  cpl: 'var(--series-5)',
  hybrid: 'var(--series-6)',
  feeBonus: 'var(--series-7)',
  tiered: 'var(--series-8)',
};

/** Points a bent curve is drawn through: enough that a bonus's step reads as a step. */
const CURVE_POINTS = 240;

/** The rates a structure's profit is drawn through, from 0 to `end`. */
function ratesOf(l: CrossoverLine, end: number): number[] {
  const n = l.bends ? CURVE_POINTS : 1;
  return Array.from({ length: n + 1 }, (_, i) => (end * i) / n);
}

/** The widest conversion rate shown: twice the typical one, far enough to show every crossing, at most 100%. */
export function crossoverDomainEnd(typicalRate: number, crossings: readonly number[]): number {
  const wanted = Math.max(typicalRate * 2, ...crossings.map((r) => r * 1.25), 1e-4);
  return Math.min(1, wanted);
}

/** Brand profit of a line item against its conversion rate, a line per structure, crossings marked. */
export function CrossoverChart({ lines, points, typicalRate, itemLabel, currency, width: fixedWidth }: CrossoverChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: HEIGHT });
  const interaction = useActiveIndex(points.length);
  const { width, innerWidth, innerHeight } = layout;
  const end = crossoverDomainEnd(typicalRate, points.map((p) => p.rate));
  const x = scaleLinear().domain([0, end]).range([0, innerWidth]);
  const curves = lines.map((l) => ratesOf(l, end).map((rate) => [rate, l.profitAt(rate)] as const));
  const ys = curves.flatMap((c) => c.map(([, profit]) => profit));
  const y = scaleLinear()
    .domain([Math.min(0, ...ys), Math.max(0, ...ys)])
    .nice()
    .range([innerHeight, 0]);
  const title = t('explorer.crossover.title');
  const legend: LegendItem[] = lines.map((l) => ({ label: l.label, colour: COLOURS[l.kind], shape: l.dashed ? 'dashed' : 'line' }));
  const active = interaction.active === null ? undefined : points[interaction.active];
  const summary = [t('explorer.crossover.summary', { label: itemLabel }), ...points.map((p) => p.text)].join(' ');
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      yLabel={t('explorer.crossover.yAxis', { currency })}
      xLabel={t('explorer.crossover.xAxis')}
      legend={legend}
      interaction={interaction}
      tooltip={
        active && (
          <Tooltip x={M.left + x(active.rate)} y={M.top + y(active.profit)} containerWidth={width}>
            <span>{active.text}</span>
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={title}
          columns={[t('explorer.crossover.rate'), ...lines.map((l) => l.label)]}
          rows={[0, typicalRate, end].map((rate) => ({
            key: rate,
            header: f.rate(rate),
            cells: lines.map((l) => f.money(l.profitAt(rate))),
          }))}
        />
      }
    >
      <Axis scale={y} orientation="left" format={(v) => f.moneyCompact(v)} tickCount={5} gridLength={innerWidth} />
      <line x1={0} x2={innerWidth} y1={y(0)} y2={y(0)} stroke="var(--c-text, #1a2233)" strokeOpacity={0.5} />
      <line x1={x(typicalRate)} x2={x(typicalRate)} y1={0} y2={innerHeight} stroke="var(--c-muted, #5b6577)" strokeDasharray="4 3" />
      <text x={x(typicalRate) + 4} y={10} className="chart-label">
        {t('explorer.crossover.typical', { rate: f.rate(typicalRate) })}
      </text>
      {lines.map((l, i) => (
        <path
          key={l.kind}
          data-testid={`crossover-line-${l.kind}`}
          d={`M${(curves[i] ?? []).map(([rate, profit]) => `${x(rate)},${y(profit)}`).join('L')}`}
          fill="none"
          stroke={COLOURS[l.kind]}
          strokeWidth={2.5}
          strokeDasharray={l.dashed ? '7 5' : undefined}
        />
      ))}
      {points.map((p, i) => (
        <circle
          key={`${p.rate}-${i}`}
          data-testid="crossover-point"
          cx={x(p.rate)}
          cy={y(p.profit)}
          r={interaction.active === i ? 7 : 5}
          fill="var(--c-surface, #fff)"
          stroke="var(--c-text, #1a2233)"
          strokeWidth={2}
          onPointerEnter={() => interaction.setActive(i)}
        />
      ))}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.percent(v, 2)} tickCount={6} />
      </g>
    </ChartFrame>
  );
}
