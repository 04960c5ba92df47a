import { estimateTextWidth, thinTicks } from './ticks';

/** What the axis needs of a d3 continuous scale (linear or log). */
export interface AxisScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

export interface AxisProps {
  /** the d3 scale the marks use */
  scale: AxisScale;
  /** bottom: labels under a horizontal axis; left: labels beside a vertical one */
  orientation: 'bottom' | 'left';
  /** tick label text */
  format: (value: number) => string;
  /** how many ticks to ask the scale for; labels are thinned further if they would overlap */
  tickCount?: number;
  /** explicit tick values instead of the scale's own */
  tickValues?: readonly number[];
  /** length of the grid lines drawn across the plot from each tick; 0 for none */
  gridLength?: number;
  /** tick label font size in px */
  fontSize?: number;
}

/** An axis drawn by React from a d3 scale: tick labels never overlap and the grid stays faint. */
export function Axis({ scale, orientation, format, tickCount = 6, tickValues, gridLength = 0, fontSize = 12 }: AxisProps) {
  const values = tickValues ?? scale.ticks(tickCount);
  const labels = values.map(format);
  const positions = values.map((v) => scale(v));
  const sizes = orientation === 'bottom' ? labels.map((l) => estimateTextWidth(l, fontSize)) : labels.map(() => fontSize * 1.2);
  const kept = new Set(thinTicks(positions, sizes));
  const [r0 = 0, r1 = 0] = scale.range();
  const isBottom = orientation === 'bottom';
  return (
    <g className="axis" aria-hidden="true" fontSize={fontSize}>
      {isBottom ? <line x1={r0} x2={r1} stroke="var(--c-border, #dde2ea)" /> : <line y1={r0} y2={r1} stroke="var(--c-border, #dde2ea)" />}
      {values.map((v, i) => {
        if (!kept.has(i)) return null;
        const p = positions[i] ?? 0;
        return isBottom ? (
          <g key={v} transform={`translate(${p},0)`}>
            {gridLength > 0 && <line y2={-gridLength} className="axis-grid" />}
            <line y2={5} stroke="var(--c-border, #dde2ea)" />
            <text y={8} dy="0.71em" textAnchor="middle" fill="var(--c-muted, #5b6577)">
              {labels[i]}
            </text>
          </g>
        ) : (
          <g key={v} transform={`translate(0,${p})`}>
            {gridLength > 0 && <line x2={gridLength} className="axis-grid" />}
            <text x={-8} dy="0.32em" textAnchor="end" fill="var(--c-muted, #5b6577)">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
}
