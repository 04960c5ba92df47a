import type { AllocationResult, Binding } from '../../engine/allocation/types';
import type { Scenario } from '../../engine/schema';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';

const LIMITS = ['maxLossProbability', 'maxCpa', 'minReach'] as const;
type LimitName = (typeof LIMITS)[number];
const isLimit = (b: Binding): b is LimitName => (LIMITS as readonly string[]).includes(b);

/** A limit's value as the planner set it. */
function limitText(limit: LimitName, result: AllocationResult, f: Formatters): string {
  const value = result.settings[limit];
  // Three significant digits, so that a limit of 0.01% does not read "0%".
  if (limit === 'maxLossProbability') return f.rate(value);
  return limit === 'maxCpa' ? f.money(value) : f.number(value);
}

/** What the allocated plan reaches on a limit's measure, from its simulation. */
function actualText(limit: LimitName, result: AllocationResult, f: Formatters): string {
  const mc = result.result.monteCarlo;
  if (limit === 'maxLossProbability') return f.rate(mc.probabilityOfLoss);
  if (limit === 'minReach') return f.number(mc.metrics.reach.mean);
  const cost = mc.metrics.cost.mean;
  const conversions = mc.metrics.conversions.mean;
  return f.money(cost !== null && conversions !== null && conversions > 0 ? cost / conversions : null);
}

/** "the 30 available micro creators on Instagram", or by the line item's label where tier and platform do not tell it apart. */
function maxCreatorsText(id: string, scenario: Scenario, t: Translate, f: Formatters): string {
  const item = scenario.lineItems.find((li) => li.id === id);
  if (!item) return id;
  const max = item.maxCreators ?? 0;
  const twins = scenario.lineItems.filter((li) => li.tier === item.tier && li.platform === item.platform).length;
  if (twins > 1 || item.platform === 'other') {
    const name = item.label || item.id;
    return t(max === 1 ? 'allocate.binding.maxOneOf' : max === 0 ? 'allocate.binding.maxZeroOf' : 'allocate.binding.maxOf', { count: f.number(max), item: name });
  }
  const tier = t(`editor.tier.${item.tier}`).toLocaleLowerCase(f.locale);
  const platform = t(`editor.platform.${item.platform}`);
  return t(max === 1 ? 'allocate.binding.maxOne' : max === 0 ? 'allocate.binding.maxZero' : 'allocate.binding.max', { count: f.number(max), tier, platform });
}

function partText(binding: Binding, result: AllocationResult, t: Translate, f: Formatters): string {
  if (binding === 'budget') return t('allocate.binding.budget');
  if (isLimit(binding)) return t(`allocate.binding.${binding}`, { limit: limitText(binding, result, f) });
  return maxCreatorsText(binding.slice('maxCreators:'.length), result.scenario, t, f);
}

/** The sentence's subject starts it, so it takes a capital. */
const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * What limits the allocation, in plain words (docs/MODEL.md §8): for a feasible one, one sentence
 * naming every binding constraint ("The budget and the 30 available micro creators on Instagram
 * limit this plan."); for an infeasible one, what no split can meet and how close the closest
 * comes ("No split keeps the chance of loss under 10%: the closest is 14%.").
 */
export function bindingSentences(result: AllocationResult, t: Translate, f: Formatters): string[] {
  const list = new Intl.ListFormat(f.locale, { type: 'conjunction' });
  if (result.status !== 'infeasible') {
    if (result.binding.length === 0) return [t('allocate.binding.none')];
    const what = capitalised(list.format(result.binding.map((b) => partText(b, result, t, f))), f.locale);
    return [t(result.binding.length === 1 ? 'allocate.binding.one' : 'allocate.binding.many', { what })];
  }
  const out: string[] = [];
  const budget = f.money(result.settings.budget);
  if (result.binding.includes('budget')) {
    const point = result.result.point.totals.cost;
    out.push(result.settings.budgetRule === 'typical' ? t('allocate.infeasible.budget', { cost: f.money(point), budget }) : t('allocate.infeasible.budgetNoCost', { budget }));
  }
  for (const limit of LIMITS) {
    if (result.binding.includes(limit)) out.push(t(`allocate.infeasible.${limit}`, { limit: limitText(limit, result, f), actual: actualText(limit, result, f) }));
  }
  const others = result.binding.filter((b) => b.startsWith('maxCreators:'));
  if (others.length > 0) {
    const what = capitalised(list.format(others.map((b) => partText(b, result, t, f))), f.locale);
    out.push(t(others.length === 1 ? 'allocate.binding.one' : 'allocate.binding.many', { what }));
  }
  return out.length > 0 ? out : [t('allocate.status.infeasible')];
}
