import { placeRuleLabels, type Anchor } from './labelPlacement';
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
  /** plot height: rules run from their label down to here */
  height: number;
  /** plot width, to keep labels inside */
  width: number;
  /** low, middle and high marks, in that order */
  marks: readonly [PercentileMark, PercentileMark, PercentileMark];
}

const FONT = 12;
const ROW_HEIGHT = 15;
/** The low label leans left, the high one right and the median stays centred, unless they would collide. */
const ANCHORS: readonly (readonly Anchor[])[] = [
  ['end', 'start', 'middle'],
  ['middle', 'start', 'end'],
  ['start', 'end', 'middle'],
];

/**
 * Dashed rules for P5/P50/P95, labelled above the plot on up to three rows. When the full labels
 * cannot be placed without colliding (a narrow distribution on a phone), the rules keep only their
 * names and the values are left to the line under the chart.
 */
export function PercentileRules({ x, height, width, marks }: PercentileRulesProps) {
  const shown = marks.flatMap((mark, i) => (mark.value === null ? [] : [{ mark, px: x(mark.value), anchors: ANCHORS[i] ?? ['middle'] }]));
  const attempt = (text: (m: PercentileMark) => string) =>
    placeRuleLabels(
      shown.map((s) => ({ x: s.px, width: estimateTextWidth(text(s.mark), FONT) * 1.08, anchors: s.anchors })),
      width,
    );
  const full = attempt((m) => m.label);
  const short = full ? null : attempt((m) => m.key);
  const placements = full ?? short ?? shown.map((s, i) => ({ x: s.px, anchor: 'middle' as const, row: i }));
  return (
    <g className="percentile-rules">
      {shown.map((s, i) => {
        const place = placements[i] ?? { x: s.px, anchor: 'middle' as const, row: 0 };
        const ty = -8 - place.row * ROW_HEIGHT;
        return (
          <g key={s.mark.key} data-testid={`rule-${s.mark.key}`}>
            <line
              x1={s.px}
              x2={s.px}
              y1={place.anchor === 'middle' ? ty + 4 : ty - 10}
              y2={height}
              stroke="var(--c-text, #1a2233)"
              strokeDasharray="4 3"
              strokeWidth={1.25}
            />
            <text x={place.x} y={ty} textAnchor={place.anchor} fontSize={FONT} fontWeight={600} fill="var(--c-text, #1a2233)">
              {full ? s.mark.label : s.mark.key}
            </text>
          </g>
        );
      })}
    </g>
  );
}
