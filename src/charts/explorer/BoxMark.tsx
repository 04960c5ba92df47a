import type { BoxStats } from './boxStats';

export interface BoxMarkProps {
  /** the figures to draw */
  stats: BoxStats;
  /** the chart's money scale */
  x: (value: number) => number;
  /** vertical centre of the mark in px */
  y: number;
  /** box height in px */
  height: number;
  /** fill and stroke colour */
  colour: string;
  /** drawn lighter when another row is highlighted */
  dimmed: boolean;
}

/** A horizontal box plot: whiskers P5–P95, box P25–P75, a tick at the median. */
export function BoxMark({ stats, x, y, height, colour, dimmed }: BoxMarkProps) {
  const top = y - height / 2;
  const x25 = x(stats.p25);
  return (
    <g opacity={dimmed ? 0.45 : 1}>
      <line x1={x(stats.p5)} x2={x(stats.p95)} y1={y} y2={y} stroke={colour} strokeWidth={1.5} />
      <line x1={x(stats.p5)} x2={x(stats.p5)} y1={top + 2} y2={top + height - 2} stroke={colour} strokeWidth={1.5} />
      <line x1={x(stats.p95)} x2={x(stats.p95)} y1={top + 2} y2={top + height - 2} stroke={colour} strokeWidth={1.5} />
      <rect x={x25} y={top} width={Math.max(1, x(stats.p75) - x25)} height={height} fill={colour} fillOpacity={0.35} stroke={colour} rx={2} />
      <line x1={x(stats.p50)} x2={x(stats.p50)} y1={top} y2={top + height} stroke="var(--c-text, #1a2233)" strokeWidth={2} />
    </g>
  );
}
