import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { chartFileName, standaloneChart, svgToPng } from '../io/export/chartDownload';
import { saveFile } from '../io/export/saveFile';
import type { LegendItem } from './Legend';

export interface ChartDownloadButtonsProps {
  /** the chart's title: names the buttons and the files */
  title: string;
  /** the chart's series, drawn into the file so a slide shows which colour is which scenario */
  legend?: readonly LegendItem[] | undefined;
}

/**
 * "Download SVG" and "Download PNG" for the chart card they sit in (pass them as ChartFrame's
 * `controls`): they find the card's drawing themselves, so charts need no extra wiring.
 */
export function ChartDownloadButtons({ title, legend = [] }: ChartDownloadButtonsProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLSpanElement>(null);
  const [failed, setFailed] = useState(false);
  const drawing = () => ref.current?.closest('figure')?.querySelector<SVGSVGElement>('.chart-plot svg') ?? null;
  const downloadSvg = () => {
    const svg = drawing();
    if (svg) saveFile(standaloneChart(svg, title, legend).text, chartFileName(title, 'svg'), 'image/svg+xml;charset=utf-8');
  };
  const downloadPng = async () => {
    const svg = drawing();
    if (!svg) return;
    const chart = standaloneChart(svg, title, legend);
    try {
      setFailed(false);
      saveFile(await svgToPng(chart.text, chart.width, chart.height), chartFileName(title, 'png'));
    } catch {
      setFailed(true);
    }
  };
  return (
    <span className="chart-downloads no-print" ref={ref} style={{ display: 'inline-flex', gap: 4 }}>
      <button type="button" className="btn btn-sm btn-ghost" onClick={downloadSvg} aria-label={t('charts.download.svg', { title })}>
        SVG
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={() => void downloadPng()} aria-label={t('charts.download.png', { title })}>
        PNG
      </button>
      {failed && <span role="alert">{t('charts.download.failed')}</span>}
    </span>
  );
}
