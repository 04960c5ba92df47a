import type { Tornado, TornadoBar } from '../../engine/sensitivity';
import type { Translate } from '../../i18n/i18n';

/** How many bars the chart draws; the rest are counted in a note. */
export const TORNADO_TOP = 10;

/** What the tornado chart draws. */
export interface TornadoView {
  baseProfit: number;
  /** the widest swings, widest first */
  shown: TornadoBar[];
  /** how many inputs were left out */
  hiddenCount: number;
  /** the widest swing among them (0 when none, or when they do not move profit) */
  hiddenMaxSwing: number;
  /** the profit range the axis must cover: every shown bar end and the base */
  domain: [number, number];
}

export function tornadoView(tornado: Tornado, top = TORNADO_TOP): TornadoView {
  const shown = tornado.bars.slice(0, top);
  const hidden = tornado.bars.slice(top);
  const ends = [tornado.baseProfit, ...shown.flatMap((b) => [b.profitAtLow, b.profitAtHigh])];
  return {
    baseProfit: tornado.baseProfit,
    shown,
    hiddenCount: hidden.length,
    hiddenMaxSwing: hidden.reduce((m, b) => Math.max(m, b.swing), 0),
    domain: [Math.min(...ends), Math.max(...ends)],
  };
}

/** "Micro creators on TikTok · conversion rate" */
export function tornadoLabel(bar: Pick<TornadoBar, 'lineItemLabel' | 'kind'>, t: Translate): string {
  return `${bar.lineItemLabel} · ${t(`sensitivity.rate.${bar.kind}`)}`;
}
