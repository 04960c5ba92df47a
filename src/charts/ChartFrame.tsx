import './words';
import { useId, type PointerEvent, type ReactNode } from 'react';
import { Legend, type LegendItem } from './Legend';
import type { ActiveIndex } from './useActiveIndex';
import './charts.css';
import { ChartDownloadButtons } from './ChartDownloadButtons';
import type { ChartLayout } from './useChartLayout';

export interface ChartFrameProps {
  /** the visible heading, also the accessible name of the drawing */
  title: string;
  /** one or two sentences with the key numbers: the drawing's <desc> */
  summary: string;
  /** size and margins: children then draw in the plot area, with the axis labels around it */
  layout?: ChartLayout;
  /** drawing width in px, for charts that lay out several plots themselves */
  width?: number;
  /** drawing height in px, likewise */
  height?: number;
  /** receives the plot container, for the size hook, likewise */
  containerRef?: (element: HTMLDivElement | null) => void;
  /** the label above the left axis */
  yLabel?: string;
  /** the label under the bottom axis */
  xLabel?: string;
  /** series shown above the plot; omitted for single-series charts */
  legend?: readonly LegendItem[];
  /** small controls beside the title, e.g. a scale switch */
  controls?: ReactNode;
  /** keyboard and pointer handling of the highlighted item */
  interaction?: ActiveIndex;
  /** maps a pointer move to the item under it */
  onPointerMove?: (event: PointerEvent<HTMLDivElement>) => void;
  /** shown over the plot when an item is highlighted */
  tooltip?: ReactNode;
  /** the data as a table for screen readers (visually hidden) */
  dataTable?: ReactNode;
  /** a line under the plot, e.g. what was left out */
  note?: string;
  /** extra class on the card, e.g. to dim stale results */
  className?: string;
  /** the svg content */
  children: ReactNode;
}

/** The card every chart sits in: title, legend, an accessible svg, a tooltip layer and a hidden data table. */
export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, layout, legend, controls, interaction, tooltip, dataTable, children } = props;
  const width = layout?.width ?? props.width ?? 0;
  const height = layout?.height ?? props.height ?? 0;
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className={`card chart ${props.className ?? ''}`.trim()}>
      <div className="chart-head">
        <h3 className="chart-title" id={`${id}-heading`}>
          {title}
        </h3>
        <div className="chart-controls">
          {controls}
          <ChartDownloadButtons title={title} legend={legend} />
        </div>
      </div>
      {legend && legend.length > 1 && <Legend items={legend} />}
      <div
        className="chart-plot"
        ref={layout?.ref ?? props.containerRef}
        onPointerMove={props.onPointerMove}
        aria-labelledby={`${id}-heading`}
        role="group"
        {...interaction?.handlers}
      >
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{summary}</desc>
          {layout ? (
            <PlotArea layout={layout} xLabel={props.xLabel} yLabel={props.yLabel}>
              {children}
            </PlotArea>
          ) : (
            children
          )}
        </svg>
        {tooltip}
      </div>
      {props.note && <p className="chart-note">{props.note}</p>}
      {dataTable && <div className="visually-hidden">{dataTable}</div>}
    </figure>
  );
}

/** Where the y label sits above the plot, and the x label below it. */
const Y_LABEL_FROM_TOP = 12;
const X_LABEL_BELOW = 38;

function PlotArea({ layout, xLabel, yLabel, children }: { layout: ChartLayout; xLabel?: string | undefined; yLabel?: string | undefined; children: ReactNode }) {
  const { margin, innerWidth, innerHeight } = layout;
  return (
    <g transform={`translate(${margin.left},${margin.top})`}>
      {children}
      {yLabel && (
        <text x={-margin.left} y={-margin.top + Y_LABEL_FROM_TOP} className="axis-label">
          {yLabel}
        </text>
      )}
      {xLabel && (
        <text x={innerWidth / 2} y={innerHeight + X_LABEL_BELOW} textAnchor="middle" className="axis-label">
          {xLabel}
        </text>
      )}
    </g>
  );
}

/** A chart's card while it has nothing to draw: the title and why. */
export function ChartEmpty({ title, message }: { title: string; message: string }) {
  return (
    <figure className="card chart">
      <h3 className="chart-title">{title}</h3>
      <p className="chart-empty">{message}</p>
    </figure>
  );
}
