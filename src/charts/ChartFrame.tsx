import { useId, type PointerEvent, type ReactNode } from 'react';
import { Legend, type LegendItem } from './Legend';
import type { ActiveIndex } from './useActiveIndex';
import './charts.css';
import { ChartDownloadButtons } from './ChartDownloadButtons';

export interface ChartFrameProps {
  /** the visible heading, also the accessible name of the drawing */
  title: string;
  /** one or two sentences with the key numbers: the drawing's <desc> */
  summary: string;
  /** drawing width in px */
  width: number;
  /** drawing height in px */
  height: number;
  /** receives the plot container, for the size hook */
  containerRef?: (element: HTMLDivElement | null) => void;
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
  const { title, summary, width, height, legend, controls, interaction, tooltip, dataTable, children } = props;
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
          <ChartDownloadButtons title={title} />
        </div>
      </div>
      {legend && legend.length > 1 && <Legend items={legend} />}
      <div
        className="chart-plot"
        ref={props.containerRef}
        onPointerMove={props.onPointerMove}
        aria-labelledby={`${id}-heading`}
        role="group"
        {...interaction?.handlers}
      >
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{summary}</desc>
          {children}
        </svg>
        {tooltip}
      </div>
      {props.note && <p className="chart-note">{props.note}</p>}
      {dataTable && <div className="visually-hidden">{dataTable}</div>}
    </figure>
  );
}
