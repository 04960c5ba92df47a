import type { BreakEvenConditions } from '../../engine/sensitivity';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';

/** A multiplier this close to 1 is "just breaks even", not a 0% margin or a 1.00× shortfall. */
const EXACT = 1e-9;

/** What must be true, said separately for the campaign (overheads included) and each line item (payouts only). */
export interface MustBeTrue {
  /** the scope of the campaign sentence, naming its overheads */
  campaignScope: string;
  campaign: string;
  /** the scope of the line-item sentences: their own payouts, no overheads */
  lineItemScope: string;
  lineItems: string[];
}

/**
 * "What must be true" for the plan to break even, in sentences: the campaign's conversion
 * multiplier with its margin of safety, then each line item's break-even conversion rate and fee
 * per post. The two scopes differ by the overheads, so their multipliers differ and each says so.
 * `profit` is the typical-case campaign profit, which says what a missing multiplier means.
 */
export function mustBeTrue(conditions: BreakEvenConditions, profit: number, overheads: number, t: Translate, f: Formatters): MustBeTrue {
  return {
    campaignScope: overheads > 0 ? t('sensitivity.must.campaign', { overheads: f.money(overheads) }) : t('sensitivity.must.campaignNoOverheads'),
    campaign: campaignSentence(conditions, profit, t, f),
    lineItemScope: t('sensitivity.must.lineItems'),
    lineItems: conditions.lineItems.flatMap((li) => lineItemSentences(li, t, f)),
  };
}

function campaignSentence(c: BreakEvenConditions, profit: number, t: Translate, f: Formatters): string {
  const k = c.conversionMultiplier;
  if (k === null) return t(profit >= 0 ? 'sensitivity.must.anyRate' : 'sensitivity.must.never');
  if (Math.abs(k - 1) <= EXACT) return t('sensitivity.must.exact');
  if (k < 1) return t('sensitivity.must.margin', { k: f.percent(k, 0), margin: f.percent(c.marginOfSafety, 0) });
  const times = f.times(k);
  const outOfReach = c.lineItems.find((li) => li.typicalConversionRate * k > 1);
  return outOfReach ? t('sensitivity.must.shortUnreachable', { k: times, item: outOfReach.label }) : t('sensitivity.must.short', { k: times });
}

function lineItemSentences(li: BreakEvenConditions['lineItems'][number], t: Translate, f: Formatters): string[] {
  const out: string[] = [];
  const rate = li.breakEvenConversionRate;
  if (rate !== null) {
    const typical = li.typicalConversionRate;
    const vars = { label: li.label, rate: f.rate(rate), typical: f.rate(typical) };
    out.push(
      rate > 1
        ? t('sensitivity.must.rateUnreachable', vars)
        : rate > typical && typical > 0
          ? t('sensitivity.must.rate', { ...vars, k: f.times(rate / typical) })
          : t('sensitivity.must.rateBelow', vars),
    );
  }
  if (li.feePerPost !== null && li.breakEvenFeePerPost !== null) {
    const fee = f.money(li.feePerPost);
    out.push(
      li.breakEvenFeePerPost < 0
        ? t('sensitivity.must.feeNegative', { label: li.label, fee })
        : t('sensitivity.must.fee', { label: li.label, breakEven: f.money(li.breakEvenFeePerPost), fee }),
    );
  }
  return out;
}
