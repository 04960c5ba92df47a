import { volumeBlock, type Scratch, type VolumeBlock } from '../montecarlo/buffers';
import { LineItemRun } from '../montecarlo/lineItemRun';
import type { LineItemPlan } from '../montecarlo/plan';
import { TermsPricer } from '../montecarlo/termsPricer';
import { CampaignTotals } from '../montecarlo/totals';

/**
 * Rows of creators a block keeps for pricing (termsPricer.ts): blocks shrink for large groups so
 * that they stay within about this many values per array.
 */
const ROW_VALUES = 1 << 18;
const MAX_BLOCK = 2048;

/**
 * A line item with tiers, a bonus or a cap at one creator count, for the allocator (docs/MODEL.md
 * §8, §10): its volumes over the whole run and each trial's correction (capped payout less its
 * linear part), drawn and priced block by block exactly as runMonteCarlo does outside an audience,
 * so that the allocator's judged figures are the Monte Carlo's. The correction is added to the
 * sample's performance payouts and taken from its margin (counts.ts). For a line item of an
 * audience the correction is priced before overlap: the judgement is then close but not exact
 * (the reported result is runMonteCarlo's all the same).
 */
export function sampleWithTerms(
  plan: LineItemPlan,
  seed: number,
  rhoC: number,
  rhoG: number,
  campaign: readonly Float64Array[],
  scratch: Scratch,
  out: VolumeBlock,
): Float64Array {
  const trials = out.conversions.length;
  const terms = plan.terms;
  if (terms === null) throw new Error('sampleWithTerms: a line item without non-linear terms');
  const block = plan.method === 'exact' ? Math.min(MAX_BLOCK, Math.max(64, Math.floor(ROW_VALUES / plan.creators))) : MAX_BLOCK;
  const run = new LineItemRun(plan, seed, rhoC, rhoG);
  const pricer = new TermsPricer(plan, terms, block, trials, false);
  // The pricer adds each trial's correction to these totals, which start at 0: they end holding it.
  const corrections = new CampaignTotals(trials);
  const volumes = volumeBlock(block);
  for (let t0 = 0; t0 < trials; t0 += block) {
    const n = Math.min(block, trials - t0);
    pricer.open(0);
    run.sample(campaign, t0, n, scratch, volumes, pricer);
    pricer.keepGroup(volumes, 0, n);
    pricer.settle(0, n, null, t0, corrections);
    out.impressions.set(volumes.impressions.subarray(0, n), t0);
    out.reach.set(volumes.reach.subarray(0, n), t0);
    out.clicks.set(volumes.clicks.subarray(0, n), t0);
    out.conversions.set(volumes.conversions.subarray(0, n), t0);
    out.leads.set(volumes.leads.subarray(0, n), t0);
  }
  return corrections.cost;
}
