import type { LegendItem } from '../../charts/Legend';
import { estimateTextWidth } from '../../charts/ticks';

const FONT_SIZE = 12;
const ROW_HEIGHT = 20;
const SWATCH = 12;
const GAP_AFTER_SWATCH = 6;
const GAP_BETWEEN_ITEMS = 18;
const PADDING = 8;

export interface LegendBand {
  /** svg markup of the legend, drawn from y = 0 */
  markup: string;
  height: number;
}

function swatch(item: LegendItem, x: number, y: number, colour: string): string {
  const mid = y + ROW_HEIGHT / 2;
  if (item.shape === 'line' || item.shape === 'dashed') {
    const dash = item.shape === 'dashed' ? ' stroke-dasharray="4 3"' : '';
    return `<line x1="${x}" x2="${x + SWATCH + 4}" y1="${mid}" y2="${mid}" stroke="${colour}" stroke-width="2.5"${dash}/>`;
  }
  return `<rect x="${x}" y="${mid - SWATCH / 2}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${colour}"/>`;
}

/**
 * The chart's HTML legend redrawn in SVG for a downloaded image, wrapped into rows that fit the
 * width, so a chart pasted onto a slide still says which colour is which scenario.
 */
export function legendBand(items: readonly LegendItem[], width: number, colourOf: (css: string) => string, escape: (text: string) => string): LegendBand {
  if (items.length < 2) return { markup: '', height: 0 };
  const parts: string[] = [];
  let x = PADDING;
  let y = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 4 + GAP_AFTER_SWATCH + estimateTextWidth(item.label, FONT_SIZE);
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      y += ROW_HEIGHT;
    }
    parts.push(swatch(item, x, y, colourOf(item.colour)));
    parts.push(`<text x="${x + SWATCH + 4 + GAP_AFTER_SWATCH}" y="${y + ROW_HEIGHT / 2 + 4}" font-size="${FONT_SIZE}" fill="#1a2233">${escape(item.label)}</text>`);
    x += itemWidth + GAP_BETWEEN_ITEMS;
  }
  return { markup: parts.join(''), height: y + ROW_HEIGHT + 4 };
}
