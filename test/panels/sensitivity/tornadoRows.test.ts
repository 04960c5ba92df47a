import { describe, expect, it } from 'vitest';
import type { Tornado, TornadoBar } from '../../../src/engine/sensitivity';
import { translator } from '../../../src/i18n/i18n';
import { tornadoLabel, tornadoView } from '../../../src/panels/sensitivity/tornadoRows';

const bar = (id: string, profitAtLow: number, profitAtHigh: number): TornadoBar => ({
  lineItemId: id,
  lineItemLabel: id,
  kind: 'conversionRate',
  lowValue: 0.01,
  highValue: 0.09,
  profitAtLow,
  profitAtHigh,
  swing: Math.abs(profitAtHigh - profitAtLow),
});

describe('tornadoView', () => {
  it('keeps the widest bars, counts the rest and spans every bar end and the base', () => {
    const bars = Array.from({ length: 13 }, (_, i) => bar(`li${i}`, 100 - (13 - i) * 10, 100 + (13 - i) * 5));
    const tornado: Tornado = { baseProfit: 100, bars };
    const view = tornadoView(tornado, 10);
    expect(view.shown.map((b) => b.lineItemId)).toEqual(bars.slice(0, 10).map((b) => b.lineItemId));
    expect(view.hiddenCount).toBe(3);
    // The widest hidden bar is li10: from 100 − 30 to 100 + 15, a swing of 45.
    expect(view.hiddenMaxSwing).toBe(45);
    // li0 reaches furthest: 100 − 130 = −30 and 100 + 65 = 165.
    expect(view.domain).toEqual([-30, 165]);
  });

  it('covers the base profit even when every bar lies on one side of it', () => {
    const view = tornadoView({ baseProfit: -50, bars: [bar('a', 10, 40)] });
    expect(view.domain).toEqual([-50, 40]);
    expect(view.hiddenCount).toBe(0);
    expect(view.hiddenMaxSwing).toBe(0);
  });
});

describe('tornadoLabel', () => {
  it('names the line item and the rate in the interface language', () => {
    const b = { lineItemLabel: 'Micro creators on TikTok', kind: 'clickRate' as const };
    expect(tornadoLabel(b, translator('en'))).toBe('Micro creators on TikTok · click rate');
    expect(tornadoLabel(b, translator('nl'))).toBe('Micro creators on TikTok · klikratio');
  });
});
