import { scaleLog } from 'd3-scale';
import { Axis } from './Axis';
import { ChartFrame } from './ChartFrame';
import type { LegendItem } from './Legend';
import { useChartLayout } from './useChartLayout';

export interface RangeShift {
  /** what moved, e.g. "Conversion rate" */
  label: string;
  /** the 90% range before, low = high for a known number */
  before: { low: number; high: number };
  after: { low: number; high: number };
}

export interface RangeShiftChartProps {
  title: string;
  /** the key numbers in words: the drawing's text alternative */
  summary: string;
  rows: readonly RangeShift[];
  /** names of the two series, for the legend */
  beforeLabel: string;
  afterLabel: string;
  xLabel: string;
  /** tick and value labels, e.g. percentages */
  format(value: number): string;
  /** fixed width in px; otherwise the container's */
  width?: number;
}

const ROW = 46;
const BAR = 8;
const M = { top: 8, right: 16, bottom: 44, left: 12 };
const BEFORE = 'var(--c-neutral, #8a94a6)';
const AFTER = 'var(--series-1, #0072b2)';

/**
 * Ranges before and after a change, one row each: the before bar above the after bar on one log
 * scale, so that rates as different as a reach rate (30%) and a conversion rate (2%) share it and
 * a range narrowing or moving reads the same for both.
 */
export function RangeShiftChart({ title, summary, rows, beforeLabel, afterLabel, xLabel, format, width }: RangeShiftChartProps) {
  const layout = useChartLayout({ margin: M, width, height: { inner: () => Math.max(1, rows.length) * ROW } });
  const ends = rows.flatMap((r) => [r.before.low, r.before.high, r.after.low, r.after.high]).filter((v) => v > 0);
  const lo = Math.min(...ends, 1);
  const hi = Math.max(...ends, lo * 1.0001);
  // A little room either side, so that a bar touching the edge still shows its end.
  const x = scaleLog()
    .domain([lo / 1.25, hi * 1.25])
    .range([0, layout.innerWidth]);
  const legend: LegendItem[] = [
    { label: beforeLabel, colour: BEFORE },
    { label: afterLabel, colour: AFTER },
  ];
  const bar = (range: { low: number; high: number }, y: number, fill: string) => {
    const x0 = x(Math.max(range.low, lo / 1.25));
    const x1 = x(Math.max(range.high, lo / 1.25));
    // A known number (low = high) is drawn as a short mark rather than vanishing.
    const w = Math.max(3, x1 - x0);
    return <rect x={x1 - x0 < 3 ? x0 - 1.5 : x0} y={y} width={w} height={BAR} rx={2} fill={fill} />;
  };
  return (
    <ChartFrame title={title} summary={summary} layout={layout} legend={legend} xLabel={xLabel}>
      <g transform={`translate(0,${layout.innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={format} tickCount={5} gridLength={layout.innerHeight} />
      </g>
      {rows.map((r, i) => {
        const top = i * ROW;
        return (
          <g key={r.label} transform={`translate(0,${top})`}>
            <text x={0} y={12} className="chart-label">
              {r.label}
            </text>
            {bar(r.before, 18, BEFORE)}
            {bar(r.after, 30, AFTER)}
          </g>
        );
      })}
    </ChartFrame>
  );
}
