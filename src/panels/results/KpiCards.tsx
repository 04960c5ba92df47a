import { useId } from 'react';
import type { CampaignTotals, MonteCarloResult, Summary } from '../../engine/types';
import { isOverBudget } from '../../engine/budgetSlack';
import type { Formatters } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { KpiCard, type KpiCardProps } from './KpiCard';

export interface KpiCardsProps {
  /** campaign totals of the point projection */
  totals: CampaignTotals;
  /** first week whose cumulative profit is ≥ 0, or null */
  paybackWeek: number | null;
  /** the latest Monte Carlo result; null until the first run ends */
  monteCarlo: MonteCarloResult | null;
  /** whether the simulation failed, so missing risk figures say so instead of waiting */
  mcFailed: boolean;
  /** ISO currency of the scenario */
  currency: string;
  /** media value is shown only when the scenario gives a paid-media CPM */
  mediaValueCpm: number;
  /** a new simulation is under way: the figures from the previous one are dimmed */
  mcStale?: boolean;
  /** some audience overlaps, so reach counts people reached twice once */
  overlap?: boolean;
}

type Card = Omit<KpiCardProps, 'id'> & { id: string };

const toneOf = (v: number | null): Pick<Card, 'tone'> => (v === null ? {} : { tone: v < 0 ? 'loss' : 'profit' });

/**
 * A card fits about eight characters of figure at its smallest width ("€150,250", "-€15,025");
 * a longer one ("€1,502,500", "2,683,282") would be clipped, so it shows compact ("€1.5M") with
 * the full figure as its accessible text and tooltip.
 */
const FITS = 8;
const WORD_JOINER = /\u2060/g;

function fitted(v: number | null, full: (v: number | null) => string, short: (v: number | null) => string): Pick<Card, 'value' | 'fullValue'> {
  const text = full(v);
  return text.replace(WORD_JOINER, '').length > FITS ? { value: short(v), fullValue: text } : { value: text };
}

/**
 * Budget left, or over, at a glance (docs/MODEL.md §4): the amount with a thin bar of the budget
 * used. Over budget, the label says so, the figure turns to the loss colour and the bar shows the
 * budget's part of the cost with the excess beyond it. Over means by half a cent or more, as the
 * Monte Carlo counts it: a cost a rounding error past the budget spends it and reads "€0.00" left.
 */
function budgetCard(c: CampaignTotals, f: Formatters, t: Translate): Card[] {
  if (c.budget === null || c.budgetLeft === null) return [];
  const over = isOverBudget(c.cost, c.budget);
  const used = c.budget > 0 ? c.cost / c.budget : null;
  const sub =
    used === null
      ? t('results.kpi.budgetUsedNoShare', { cost: f.money(c.cost), budget: f.money(c.budget) })
      : t('results.kpi.budgetUsed', { cost: f.money(c.cost), budget: f.money(c.budget), pct: f.percent(used, 0) });
  const card: Card = {
    id: 'budget',
    label: t(over ? 'results.kpi.overBudget' : 'results.kpi.budgetLeft'),
    ...fitted(Math.abs(c.budgetLeft), f.money, f.moneyFit),
    ...(over && { tone: 'loss' as const }),
    sub,
    meter: { filled: over ? (c.cost > 0 ? c.budget / c.cost : 0) : (used ?? 0), over },
  };
  return [card];
}

function range(s: Summary, format: (v: number | null) => string, t: Translate): string {
  return t('results.kpi.range', { low: format(s.p5), high: format(s.p95) });
}

/** The headline figures in four groups: money, volume, efficiency and risk. */
export function KpiCards(props: KpiCardsProps) {
  const { totals: c, monteCarlo: mc, currency } = props;
  const { t, fmt } = useI18n();
  const uid = useId();
  const f: Formatters = fmt(currency);
  const money: Card[] = [
    { id: 'cost', label: t('results.kpi.cost'), ...fitted(c.cost, f.money, f.moneyFit), sub: t('results.kpi.costSub', { payout: f.money(c.payout), overheads: f.money(c.overheads) }) },
    ...budgetCard(c, f, t),
    { id: 'netRevenue', label: t('results.kpi.netRevenue'), ...fitted(c.netRevenue, f.money, f.moneyFit) },
    {
      id: 'profit',
      label: t('results.kpi.profit'),
      ...fitted(c.profit, f.money, f.moneyFit),
      ...toneOf(c.profit),
      ...(c.breakEvenConversionMultiplier !== null && { sub: t('results.kpi.breakEven', { k: f.times(c.breakEvenConversionMultiplier) }) }),
    },
    { id: 'roi', label: t('results.kpi.roi'), value: f.percent(c.roi), ...toneOf(c.roi) },
    ...(props.mediaValueCpm > 0 ? [{ id: 'mediaValue', label: t('results.kpi.mediaValue'), ...fitted(c.mediaValue, f.money, f.moneyFit), sub: t('results.kpi.mediaValueSub') }] : []),
    { id: 'roas', label: t('results.kpi.roas'), value: f.multiple(c.roas) },
  ];
  const volume: Card[] = [
    { id: 'impressions', label: t('results.kpi.impressions'), ...fitted(c.impressions, f.count, f.countFit) },
    { id: 'reach', label: t('results.kpi.reach'), ...fitted(c.reach, f.count, f.countFit), ...(props.overlap && { sub: t('results.kpi.reachSub') }) },
    { id: 'frequency', label: t('results.kpi.frequency'), value: f.times(c.frequency), sub: t('results.kpi.frequencySub') },
    { id: 'engagements', label: t('results.kpi.engagements'), ...fitted(c.engagements, f.count, f.countFit) },
    { id: 'clicks', label: t('results.kpi.clicks'), ...fitted(c.clicks, f.count, f.countFit) },
    { id: 'conversions', label: t('results.kpi.conversions'), ...fitted(c.conversions, f.count, f.countFit) },
    ...(c.leads > 0 ? [{ id: 'leads', label: t('results.kpi.leads'), ...fitted(c.leads, f.count, f.countFit) }] : []),
  ];
  const efficiency: Card[] = (['cpm', 'cpe', 'cpc', 'cpa', 'cpl'] as const).map((k) => ({
    id: k,
    label: t(`results.kpi.${k}`),
    ...fitted(c[k], f.money, f.moneyFit),
    sub: c[k] === null ? t(`results.kpi.${k}Undefined`) : t(`results.kpi.${k}Sub`),
  }));
  const pending = mc === null;
  const stale = props.mcStale === true;
  const waiting = props.mcFailed ? '—' : '…';
  const waitingSub = t(props.mcFailed ? 'results.kpi.mcFailed' : 'results.kpi.mcPending');
  const risk: Card[] = [
    {
      id: 'payback',
      label: t('results.kpi.payback'),
      value: props.paybackWeek === null ? t('results.kpi.noPayback') : t('common.week', { n: props.paybackWeek }),
      sub: t('results.kpi.paybackSub'),
      ...(props.paybackWeek === null && { tone: 'loss' as const, compact: true }),
    },
    mc
      ? { id: 'probabilityOfLoss', stale, label: t('results.kpi.probabilityOfLoss'), value: f.percent(mc.probabilityOfLoss), sub: t('results.kpi.trials', { n: f.number(mc.trials) }) }
      : { id: 'probabilityOfLoss', label: t('results.kpi.probabilityOfLoss'), value: waiting, sub: waitingSub, pending },
    ...(c.budget === null
      ? []
      : [
          mc && mc.probabilityOverBudget !== null
            ? { id: 'overBudget', stale, label: t('results.kpi.overBudgetChance'), value: f.percent(mc.probabilityOverBudget), sub: t('results.kpi.overBudgetChanceSub') }
            : { id: 'overBudget', label: t('results.kpi.overBudgetChance'), value: waiting, sub: waitingSub, pending },
        ]),
    mc
      ? { id: 'profitRange', stale, label: t('results.kpi.profitRange'), value: range(mc.metrics.profit, f.moneyCompact, t), compact: true, sub: t('results.kpi.median', { value: f.money(mc.metrics.profit.p50) }) }
      : { id: 'profitRange', label: t('results.kpi.profitRange'), value: waiting, sub: waitingSub, pending },
    mc
      ? { id: 'roiRange', stale, label: t('results.kpi.roiRange'), value: range(mc.metrics.roi, (v) => f.percent(v, 0), t), compact: true, sub: t('results.kpi.median', { value: f.percent(mc.metrics.roi.p50) }) }
      : { id: 'roiRange', label: t('results.kpi.roiRange'), value: waiting, sub: waitingSub, pending },
  ];
  const groups: ['money' | 'volume' | 'efficiency' | 'risk', Card[]][] = [
    ['money', money],
    ['volume', volume],
    ['efficiency', efficiency],
    ['risk', risk],
  ];
  return (
    <div className="kpi-groups">
      {groups.map(([key, cards]) => (
        <section key={key} className="kpi-group" aria-labelledby={`${uid}-${key}`}>
          <h3 id={`${uid}-${key}`} className="kpi-group-title">
            {t(`results.group.${key}`)}
          </h3>
          <div className="kpi-grid">
            {cards.map(({ id, ...card }) => (
              <KpiCard key={id} id={id} {...card} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
