import type { ReactNode } from 'react';

export interface TooltipProps {
  /** anchor point in px, relative to the plot container */
  x: number;
  /** anchor point in px, relative to the plot container */
  y: number;
  /** width of the plot container, to flip the tooltip before it spills over the right edge */
  containerWidth: number;
  /** the lines to show */
  children: ReactNode;
}

/** A small card next to the highlighted mark; announced politely so keyboard users hear it too. */
export function Tooltip({ x, y, containerWidth, children }: TooltipProps) {
  const flip = x > containerWidth * 0.6;
  const style = flip
    ? { right: Math.max(0, containerWidth - x + 12), top: Math.max(0, y) }
    : { left: Math.max(0, x + 12), top: Math.max(0, y) };
  return (
    <div className="chart-tooltip" role="status" aria-live="polite" style={style}>
      {children}
    </div>
  );
}
