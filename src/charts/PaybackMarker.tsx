import { estimateTextWidth } from './ticks';

export interface PaybackMarkerProps {
  /** x position of the payback week, or null when the campaign does not pay back */
  x: number | null;
  /** plot height */
  height: number;
  /** plot width, to keep the label inside */
  width: number;
  /** "Pays back in week 7" or "Does not pay back within 38 weeks" */
  label: string;
}

const FONT = 13;

/** A labelled rule at the payback week; without payback, the same label in the loss colour, top left. */
export function PaybackMarker({ x, height, width, label }: PaybackMarkerProps) {
  if (x === null) {
    return (
      <text x={0} y={-12} fontSize={FONT} fontWeight={600} fill="var(--c-loss-strong, #a94400)" data-testid="payback-label">
        {label}
      </text>
    );
  }
  const fitsRight = x + 6 + estimateTextWidth(label, FONT) <= width;
  return (
    <g data-testid="payback-marker">
      <line x1={x} x2={x} y1={-8} y2={height} stroke="var(--c-profit, #009e73)" strokeWidth={1.5} strokeDasharray="5 3" />
      <text
        x={fitsRight ? x + 6 : x - 6}
        y={-12}
        textAnchor={fitsRight ? 'start' : 'end'}
        fontSize={FONT}
        fontWeight={600}
        fill="var(--c-profit-strong, #00704f)"
        data-testid="payback-label"
      >
        {label}
      </text>
    </g>
  );
}
