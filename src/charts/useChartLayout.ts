import { useSize } from './useSize';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartLayout {
  /** attach to the plot container, so the chart follows its width */
  ref: (element: HTMLDivElement | null) => void;
  /** drawing size in px */
  width: number;
  height: number;
  /** the plot area inside the margins */
  innerWidth: number;
  innerHeight: number;
  margin: Margin;
}

export interface ChartLayoutOptions {
  margin: Margin;
  /** fixed drawing width (print, downloads); otherwise the container's width */
  width?: number | undefined;
  /** the drawing's whole height, or the plot's height given its width (rows that may wrap) */
  height: number | { inner: (innerWidth: number) => number };
}

/** The smallest plot a chart draws into, so a very narrow container still gets valid scales. */
const MIN_INNER = 10;

/** Width, margins and inner size of a chart, as visx's responsive charts take them: measured once, shared by every chart. */
export function useChartLayout({ margin, width: fixedWidth, height }: ChartLayoutOptions): ChartLayout {
  const size = useSize<HTMLDivElement>();
  const width = fixedWidth ?? size.width;
  const innerWidth = Math.max(MIN_INNER, width - margin.left - margin.right);
  const innerHeight = typeof height === 'number' ? height - margin.top - margin.bottom : height.inner(innerWidth);
  return { ref: size.ref, width, height: innerHeight + margin.top + margin.bottom, innerWidth, innerHeight, margin };
}
