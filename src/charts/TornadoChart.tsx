import { scaleLinear } from 'd3-scale';
import type { TornadoBar } from '../engine/sensitivity';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartFrame } from './ChartFrame';
import type { LegendItem } from './Legend';
import { estimateTextWidth, fitText } from './ticks';
import { Tooltip } from './Tooltip';
import { useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';
import { ChartDataTable } from './ChartDataTable';

export interface TornadoChartProps {
  /** campaign profit with every input typical: the bars grow from here */
  baseProfit: number;
  /** the bars to draw, widest swing first */
  bars: readonly TornadoBar[];
  /** each bar's name, e.g. "Micro creators on TikTok · conversion rate", in the order of `bars` */
  labels: readonly string[];
  /** a line under the chart, e.g. how many inputs were left out */
  note?: string;
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
}

const ROW = 46;
/** On narrow screens the P5 → P95 values move under the name, and rows grow to hold them. */
const ROW_TWO_LINES = 62;
const LABEL_FONT = 13;
const BAR = 16;
const M = { top: 30, right: 12, bottom: 44, left: 12 };
const LOW = 'var(--series-2, #e69f00)';
const HIGH = 'var(--series-1, #0072b2)';

/** "<line item> · <rate>" as its two parts; the rate part keeps a trailing space for the values. */
function splitName(name: string): { item: string; rate: string } {
  const at = name.lastIndexOf(' · ');
  return at < 0 ? { item: name, rate: '' } : { item: name.slice(0, at), rate: `${name.slice(at + 3)} ` };
}

/** Campaign profit with each uncertain input at its P5 and at its P95, the widest swing on top. */
export function TornadoChart({ baseProfit, bars, labels, note, currency, width: fixedWidth }: TornadoChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const interaction = useActiveIndex(bars.length);
  const values = (b: TornadoBar) => `${f.percent(b.lowValue, 2)} → ${f.percent(b.highValue, 2)}`;
  const wraps = (plotWidth: number) => bars.some((b, i) => estimateTextWidth(`${labels[i] ?? ''} ${values(b)}`, LABEL_FONT) > plotWidth);
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: { inner: (w) => bars.length * (wraps(w) ? ROW_TWO_LINES : ROW) } });
  const { width, innerWidth, innerHeight } = layout;
  const twoLines = wraps(innerWidth);
  const row = twoLines ? ROW_TWO_LINES : ROW;
  const ends = [baseProfit, ...bars.flatMap((b) => [b.profitAtLow, b.profitAtHigh])];
  const x = scaleLinear()
    .domain([Math.min(...ends), Math.max(...ends)])
    .nice()
    .range([0, innerWidth]);
  const title = t('sensitivity.tornado.title');
  const legend: LegendItem[] = [
    { label: t('sensitivity.tornado.low'), colour: LOW },
    { label: t('sensitivity.tornado.high'), colour: HIGH },
    { label: t('sensitivity.tornado.base', { profit: f.money(baseProfit) }), colour: 'var(--c-text, #1a2233)', shape: 'line' },
  ];
  const nameOf = (i: number) => labels[i] ?? '';
  const profits = (b: TornadoBar) => `${f.money(b.profitAtLow)} → ${f.money(b.profitAtHigh)}`;
  const first = bars[0];
  const summary = t('sensitivity.tornado.summary', {
    base: f.money(baseProfit),
    top: first ? t('sensitivity.tornado.topBar', { name: nameOf(0), low: f.money(first.profitAtLow), high: f.money(first.profitAtHigh) }) : '',
  });
  const activeIndex = interaction.active;
  const active = activeIndex === null ? undefined : bars[activeIndex];
  const base = x(baseProfit);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      xLabel={t('sensitivity.tornado.xAxis', { currency })}
      legend={legend}
      interaction={interaction}
      onPointerMove={(e) => {
        const index = Math.floor((e.clientY - e.currentTarget.getBoundingClientRect().top - M.top) / row);
        interaction.setActive(index >= 0 && index < bars.length ? index : null);
      }}
      {...(note === undefined ? {} : { note })}
      tooltip={
        active &&
        activeIndex !== null && (
          <Tooltip x={M.left + x(Math.max(active.profitAtLow, active.profitAtHigh))} y={M.top + activeIndex * row} containerWidth={width}>
            <strong>{nameOf(activeIndex)}</strong>
            <span>
              {t('sensitivity.tornado.bar', {
                name: t(`sensitivity.rate.${active.kind}`),
                lowValue: f.percent(active.lowValue, 2),
                highValue: f.percent(active.highValue, 2),
                low: f.money(active.profitAtLow),
                high: f.money(active.profitAtHigh),
              })}
            </span>
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={title}
          columns={[t('sensitivity.tornado.input'), t('sensitivity.tornado.range'), t('sensitivity.tornado.profitRange'), t('sensitivity.tornado.swing')]}
          rows={bars.map((b, i) => ({ key: `${b.lineItemId}-${b.kind}`, header: nameOf(i), cells: [values(b), profits(b), f.money(b.swing)] }))}
        />
      }
    >
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.moneyCompact(v)} tickCount={6} gridLength={innerHeight} />
      </g>
      {bars.map((b, i) => {
        const top = i * row;
        const barTop = top + row - BAR - 12;
        const dimmed = activeIndex !== null && activeIndex !== i;
        const span = (value: number) => ({ x: Math.min(base, x(value)), width: Math.max(1, Math.abs(x(value) - base)) });
        return (
          <g key={`${b.lineItemId}-${b.kind}`} data-testid="tornado-bar" opacity={dimmed ? 0.5 : 1}>
            <text x={0} y={top + 12} className="chart-label">
              {/* SVG text does not wrap: on two lines the line item's name may be cut (the full one is the
                  tooltip), while the rate moves down beside its values so it is never the part cut off. */}
              <title>{nameOf(i)}</title>
              <tspan data-testid="tornado-label">{twoLines ? fitText(splitName(nameOf(i)).item, innerWidth, LABEL_FONT) : nameOf(i)}</tspan>
              <tspan fill="var(--c-muted, #5b6577)" {...(twoLines ? { x: 0, dy: 16 } : {})}>
                {twoLines ? splitName(nameOf(i)).rate : ' '}
                {values(b)}
              </tspan>
            </text>
            <rect {...span(b.profitAtLow)} y={barTop} height={BAR} fill={LOW} rx={2} />
            <rect {...span(b.profitAtHigh)} y={barTop} height={BAR} fill={HIGH} rx={2} />
            {/* The base rule is drawn per bar so it never strikes through the names above. */}
            <line x1={base} x2={base} y1={barTop - 4} y2={barTop + BAR + 4} stroke="var(--c-text, #1a2233)" strokeWidth={1.5} />
          </g>
        );
      })}
      <text x={base} y={-8} textAnchor={base > innerWidth * 0.7 ? 'end' : base < innerWidth * 0.3 ? 'start' : 'middle'} className="chart-value">
        {t('sensitivity.tornado.base', { profit: f.moneyCompact(baseProfit) })}
      </text>
    </ChartFrame>
  );
}
