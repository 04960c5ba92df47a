import { memo, useId, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { LineItemPoint } from '../engine/types';
import { useI18n } from '../i18n/i18n';
import { Axis } from './Axis';
import { ChartEmpty, ChartFrame } from './ChartFrame';
import type { LegendItem } from './Legend';
import { capSaving, PART_COLOURS, partsInUse, stackPayout } from './stack';
import { estimateTextWidth } from './ticks';
import { Tooltip } from './Tooltip';
import { localPoint, useActiveIndex } from './useActiveIndex';
import { useChartLayout } from './useChartLayout';
import { ChartDataTable } from './ChartDataTable';

export interface CostProfitChartProps {
  /** line items of the point projection */
  lineItems: readonly LineItemPoint[];
  /** ISO currency of the scenario */
  currency: string;
  /** fixed width in px; otherwise the chart fills its container */
  width?: number;
  /** at most this many line items are drawn, the costliest first */
  maxItems?: number;
}

const BAR = 16;
const ROW = 20 + BAR * 2 + 3 + 16;
/** The axis sits this far under the last row. */
const AXIS_GAP = 2;
const M = { top: 4, right: 70, bottom: 44, left: 4 };
const PROFIT_COLOUR = 'var(--c-profit, #009e73)';
const CAP_COLOUR = 'var(--c-text, #1a2233)';

function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
  return `${text.slice(0, chars)}…`;
}

/** Per line item, what it costs (stacked by payment component) against the gross profit it brings. */
function CostProfitChartImpl({ lineItems, currency, width: fixedWidth, maxItems = 12 }: CostProfitChartProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const items = useMemo(() => [...lineItems].sort((a, b) => b.payout - a.payout).slice(0, maxItems), [lineItems, maxItems]);
  const interaction = useActiveIndex(items.length);
  const title = t('charts.costProfit.title');
  const layout = useChartLayout({ margin: M, width: fixedWidth, height: { inner: () => Math.max(1, items.length) * ROW + AXIS_GAP } });
  const { width, innerWidth, innerHeight } = layout;
  const max = Math.max(1, ...items.flatMap((li) => [li.payout + li.payoutBreakdown.capSavings, li.grossProfit]));
  const saved = items.map((li) => capSaving(li.payoutBreakdown));
  const capped = saved.some((s) => s !== null);
  const patternId = `cap-hatch-${useId().replace(/:/g, '')}`;
  const x = scaleLinear().domain([0, max]).nice().range([0, innerWidth]);
  const parts = partsInUse(items.map((li) => li.payoutBreakdown));
  const legend: LegendItem[] = [
    ...parts.map((key) => ({ label: t(`charts.part.${key}`), colour: PART_COLOURS[key] })),
    ...(capped ? [{ label: t('charts.part.capSavings'), colour: CAP_COLOUR, shape: 'hatched' as const }] : []),
    { label: t('charts.costProfit.grossProfit'), colour: PROFIT_COLOUR },
  ];
  const name = (li: LineItemPoint) => li.label || li.id;
  const barValue = (v: number) => (Math.abs(v) >= 10_000 ? f.moneyCompact(v) : f.money(v));
  const summary =
    items.length === 0
      ? t('charts.costProfit.empty')
      : `${title}: ${items.map((li) => t('charts.costProfit.itemSummary', { name: name(li), cost: f.money(li.payout), gross: f.money(li.grossProfit) })).join('; ')}.`;
  const active = interaction.active !== null ? items[interaction.active] : undefined;
  if (items.length === 0) {
    return <ChartEmpty title={title} message={t('charts.costProfit.empty')} />;
  }
  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      xLabel={t('charts.costProfit.axis', { currency })}
      legend={legend}
      {...(lineItems.length > items.length && { note: t('charts.costProfit.truncated', { shown: items.length, total: lineItems.length }) })}
      interaction={interaction}
      onPointerMove={(e) => interaction.setActive(Math.max(0, Math.min(items.length - 1, Math.floor((localPoint(e).y - M.top) / ROW))))}
      tooltip={
        active && (
          <Tooltip x={M.left + x(Math.max(active.payout, active.grossProfit))} y={M.top + (interaction.active ?? 0) * ROW} containerWidth={width}>
            <strong>{name(active)}</strong>
            {stackPayout(active.payoutBreakdown).map((s) => (
              <span key={s.key}>
                {t(`charts.part.${s.key}`)}: {f.money(s.value)}
              </span>
            ))}
            {active.payoutBreakdown.capSavings > 0 && (
              <span>
                {t('charts.part.capSavings')}: −{f.money(active.payoutBreakdown.capSavings)}
              </span>
            )}
            <span>
              {t('charts.costProfit.cost')}: {f.money(active.payout)}
            </span>
            <span>
              {t('charts.costProfit.grossProfit')}: {f.money(active.grossProfit)}
            </span>
            <span>
              {t('charts.costProfit.profit')}: {f.money(active.profit)}
            </span>
          </Tooltip>
        )
      }
      dataTable={
        <ChartDataTable
          caption={title}
          columns={[
            t('charts.costProfit.item'),
            ...parts.map((key) => t(`charts.part.${key}`)),
            ...(capped ? [t('charts.part.capSavings')] : []),
            t('charts.costProfit.cost'),
            t('charts.costProfit.grossProfit'),
          ]}
          rows={items.map((li) => ({
            key: li.id,
            header: name(li),
            cells: [
              ...parts.map((key) => f.money(li.payoutBreakdown[key])),
              ...(capped ? [f.money(-li.payoutBreakdown.capSavings)] : []),
              f.money(li.payout),
              f.money(li.grossProfit),
            ],
          }))}
        />
      }
    >
      {capped && (
        <defs>
          <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="var(--c-surface, #fff)" fillOpacity={0.6} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={CAP_COLOUR} strokeWidth={2} />
          </pattern>
        </defs>
      )}
      <g transform={`translate(0,${innerHeight})`}>
        <Axis scale={x} orientation="bottom" format={(v) => f.moneyCompact(v)} tickCount={5} gridLength={innerHeight} />
      </g>
      {items.map((li, i) => (
        <g key={li.id} transform={`translate(0,${i * ROW})`} className={interaction.active === i ? 'is-active' : undefined}>
          <text y={13} className="chart-label" fontWeight={600}>
            {truncate(name(li), innerWidth + M.right, 13)}
            <title>{name(li)}</title>
          </text>
          {stackPayout(li.payoutBreakdown).map((s) => (
            <rect key={s.key} x={x(s.x0)} y={20} width={Math.max(0, x(s.x1) - x(s.x0))} height={BAR} fill={PART_COLOURS[s.key]} />
          ))}
          {saved[i] && (
            <rect x={x(saved[i].x0)} y={20} width={Math.max(0, x(saved[i].x1) - x(saved[i].x0))} height={BAR} fill={`url(#${patternId})`} stroke={CAP_COLOUR} strokeWidth={1} data-testid="cap-saving" />
          )}
          <text x={x(li.payout + li.payoutBreakdown.capSavings) + 6} y={20 + BAR / 2} dy="0.32em" className="chart-value">
            {barValue(li.payout)}
          </text>
          <rect y={20 + BAR + 3} width={Math.max(0, x(li.grossProfit))} height={BAR} fill={PROFIT_COLOUR} />
          <text x={x(li.grossProfit) + 6} y={20 + BAR * 1.5 + 3} dy="0.32em" className="chart-value">
            {barValue(li.grossProfit)}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

export const CostProfitChart = memo(CostProfitChartImpl);
