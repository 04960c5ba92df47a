import { estimateTextWidth } from './ticks';

export interface PercentileMark {
  /** stable key, e.g. P5 */
  key: string;
  /** position on the x scale; null marks are skipped */
  value: number | null;
  /** text above the rule */
  label: string;
}

export interface PercentileRulesProps {
  /** the chart's x scale */
  x: (value: number) => number;
  /** plot height: rules run from 0 to here */
  height: number;
  /** plot width, to keep labels inside */
  width: number;
  /** low, middle and high marks, in that order */
  marks: readonly [PercentileMark, PercentileMark, PercentileMark];
}

const FONT = 12;

/**
 * Dashed rules for P5/P50/P95. The outer labels lean outwards, away from the median, and the median
 * sits on a line of its own above them, so labels neither collide nor get crossed by a rule.
 */
export function PercentileRules({ x, height, width, marks }: PercentileRulesProps) {
  return (
    <g className="percentile-rules">
      {marks.map((mark, i) => {
        if (mark.value === null) return null;
        const px = x(mark.value);
        const w = estimateTextWidth(mark.label, FONT);
        const wanted = i === 0 ? 'end' : i === 2 ? 'start' : 'middle';
        let anchor: 'start' | 'middle' | 'end' = wanted;
        let tx = px + (wanted === 'end' ? -4 : wanted === 'start' ? 4 : 0);
        if (anchor === 'end' && tx - w < 0) [anchor, tx] = ['start', px + 4];
        if (anchor === 'start' && tx + w > width) [anchor, tx] = ['end', Math.min(width, px - 4)];
        if (anchor === 'middle') tx = Math.min(width - w / 2, Math.max(w / 2, px));
        const ty = i === 1 ? -24 : -8;
        return (
          <g key={mark.key} data-testid={`rule-${mark.key}`}>
            <line x1={px} x2={px} y1={i === 1 ? ty + 4 : ty - 10} y2={height} stroke="var(--c-text, #1a2233)" strokeDasharray="4 3" strokeWidth={1.25} />
            <text x={tx} y={ty} textAnchor={anchor} fontSize={FONT} fontWeight={600} fill="var(--c-text, #1a2233)">
              {mark.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
