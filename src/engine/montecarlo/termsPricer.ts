import { performanceOf, type CompiledTerms } from '../payouts/performance';
import type { NonLinearTerms } from '../unitEconomics';
import type { LineItemTermsSummary } from '../types';
import type { VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import type { CampaignTotals, LineItemSamples } from './totals';

/**
 * A group priced as a whole instead of creator by creator: the `sum` path's approximation
 * (termsTable.ts). The sampler registers it on the line item's pricer (`pricer.group = model`)
 * and keeps, per block index b, whatever its pricing needs (the trial's shared factors, say);
 * when the trial's saturation φ is known (1 outside an audience) the pricer calls priceGroup,
 * which adds the group's expected terms through `sink.addGroup(b, …)`.
 */
export interface GroupTerms {
  priceGroup(b: number, phi: number, sink: TermsPricer): void;
}

/** Where creator j's draws go in the block: rate products before posts · followers, at base + t. */
export interface CreatorRow {
  conversions: Float64Array;
  leads: Float64Array;
  base: number;
}

/**
 * Prices one line item's tiers, bonus and cap in the Monte Carlo (docs/MODEL.md §10), per creator,
 * on the volumes after overlap. The trial totals price every line item linearly (§4's
 * coefficients); this adds, per trial, each creator's correction (capped payout less its linear
 * part, CompiledTerms) to the line item's cost and takes it from its profit, and accumulates the
 * means of lineItemTerms.
 *
 * The interface, as the samplers use it, block by block (b = index within the run's block):
 * 1. `open(at)`: the sub-block about to be sampled starts at block index `at`;
 * 2. the sampler writes what it knows per creator or per group:
 *    - `exact`: creator j's conversion and lead rate products into `row(j)` (groupExact.ts);
 *    - `one` and `none`: nothing (all creators alike: the group's volumes / C, times C);
 *    - `sum`: registers `group` (GroupTerms) and keeps its own per-trial state by block index;
 * 3. `keepGroup(volumes, at, n)`: the group's conversions and leads, before overlap;
 * 4. `settle(from, n, phi, u0, totals)`: prices block indices from..from+n at saturation phi[b]
 *    (null: 1) and adds them to run trials u0.. of the totals. Outside an audience straight after
 *    sampling; in one, when the audience's block is flushed (audienceBlock.ts).
 * 5. `summary(trials)` at the end; `applyToKept` adds the corrections to kept per-line-item samples.
 */
export class TermsPricer {
  readonly rule: CompiledTerms;
  /** set by the `sum` sampler when it prices the group as a whole */
  group: GroupTerms | null = null;
  private readonly rows: number;
  private readonly weight: number;
  private readonly pf: number;
  /** the block indices a settle may span */
  readonly stride: number;
  private readonly creatorConversions: Float64Array;
  private readonly creatorLeads: Float64Array;
  private readonly groupConversions: Float64Array;
  private readonly groupLeads: Float64Array;
  private readonly correction: Float64Array;
  private readonly bonuses: Float64Array;
  private readonly reached: Float64Array;
  private readonly capSavings: Float64Array;
  private readonly rowView: CreatorRow;
  private position = 0;
  private sumPayout = 0;
  private sumBonuses = 0;
  private sumReached = 0;
  private sumCapSavings = 0;
  /** every trial's correction, when per-line-item samples are kept */
  private readonly runCorrection: Float64Array | null;

  /** `stride`: the block indices a settle may span (the sub-block outside an audience, the whole block in one). */
  constructor(
    readonly plan: LineItemPlan,
    private readonly terms: NonLinearTerms,
    stride: number,
    trials: number,
    keep: boolean,
  ) {
    this.rule = performanceOf(terms.terms);
    this.rows = plan.method === 'exact' ? plan.creators : 0;
    this.weight = plan.creators;
    this.pf = plan.posts * plan.followers;
    this.stride = stride;
    const array = (size: number) => new Float64Array(size);
    this.creatorConversions = array(this.rows * stride);
    this.creatorLeads = array(this.rows * stride);
    this.groupConversions = array(stride);
    this.groupLeads = array(stride);
    this.correction = array(stride);
    this.bonuses = array(stride);
    this.reached = array(stride);
    this.capSavings = array(stride);
    this.rowView = { conversions: this.creatorConversions, leads: this.creatorLeads, base: 0 };
    this.runCorrection = keep ? array(trials) : null;
  }

  open(at: number): void {
    this.position = at;
  }

  /** The block index the sub-block being sampled starts at (for a GroupTerms keeping per-trial state). */
  get at(): number {
    return this.position;
  }

  /** Creator j's row for the sub-block opened last; one object, rewritten per call. */
  row(j: number): CreatorRow {
    this.rowView.base = j * this.stride + this.position;
    return this.rowView;
  }

  keepGroup(volumes: VolumeBlock, at: number, n: number): void {
    this.groupConversions.set(volumes.conversions.subarray(0, n), at);
    this.groupLeads.set(volumes.leads.subarray(0, n), at);
  }

  /** Adds a group's terms priced as a whole at block index b (GroupTerms.priceGroup). */
  addGroup(b: number, correction: number, bonuses: number, reached: number, capSavings: number): void {
    this.correction[b] = (this.correction[b] as number) + correction;
    this.bonuses[b] = (this.bonuses[b] as number) + bonuses;
    this.reached[b] = (this.reached[b] as number) + reached;
    this.capSavings[b] = (this.capSavings[b] as number) + capSavings;
  }

  settle(from: number, n: number, phi: Float64Array | null, u0: number, totals: CampaignTotals): void {
    const rule = this.rule;
    const { payableShare, netOrderValue, trackedShare } = this.terms;
    const cc = this.creatorConversions, cl = this.creatorLeads;
    for (let i = 0; i < n; i++) {
      const b = from + i;
      const f = phi === null ? 1 : (phi[b] as number);
      let correction = 0, bonuses = 0, reached = 0, capSavings = 0;
      if (this.rows > 0) {
        const scale = this.pf * f;
        for (let j = 0, at = b; j < this.rows; j++, at += this.stride) {
          const payable = scale * (cc[at] as number) * payableShare;
          rule.price(payable, payable * netOrderValue, scale * (cl[at] as number) * trackedShare);
          correction += rule.correction;
          bonuses += rule.bonus;
          capSavings += rule.capSaving;
          if (rule.reached) reached++;
        }
      } else if (this.group === null) {
        const c = this.weight;
        const payable = (f * (this.groupConversions[b] as number) * payableShare) / c;
        rule.price(payable, payable * netOrderValue, (f * (this.groupLeads[b] as number) * trackedShare) / c);
        correction = c * rule.correction;
        bonuses = c * rule.bonus;
        capSavings = c * rule.capSaving;
        reached = rule.reached ? c : 0;
      }
      this.addGroup(b, correction, bonuses, reached, capSavings);
      this.group?.priceGroup(b, f, this);
      this.commit(b, u0 + i, f, totals);
    }
  }

  private commit(b: number, u: number, phi: number, totals: CampaignTotals): void {
    const { plan } = this;
    const correction = this.correction[b] as number;
    totals.cost[u] = (totals.cost[u] as number) + correction;
    totals.profit[u] = (totals.profit[u] as number) - correction;
    if (this.runCorrection) this.runCorrection[u] = correction;
    const linear = phi * ((this.groupConversions[b] as number) * plan.payoutPerConversion + (this.groupLeads[b] as number) * plan.payoutPerLead);
    this.sumPayout += plan.fixedCost + linear + correction;
    this.sumBonuses += this.bonuses[b] as number;
    this.sumReached += this.reached[b] as number;
    this.sumCapSavings += this.capSavings[b] as number;
    this.correction[b] = 0;
    this.bonuses[b] = 0;
    this.reached[b] = 0;
    this.capSavings[b] = 0;
  }

  /** Adds every trial's correction to the line item's kept payout and takes it from its profit (after any saturation). */
  applyToKept(keep: LineItemSamples): void {
    const r = this.runCorrection;
    if (!r) return;
    for (let u = 0; u < r.length; u++) {
      keep.payout[u] = (keep.payout[u] as number) + (r[u] as number);
      keep.profit[u] = (keep.profit[u] as number) - (r[u] as number);
    }
  }

  summary(trials: number): LineItemTermsSummary {
    const hasBonus = this.terms.terms.bonus !== undefined;
    return {
      id: this.plan.id,
      bonusShare: hasBonus ? this.sumReached / (this.weight * trials) : null,
      bonuses: this.sumBonuses / trials,
      capSavings: this.sumCapSavings / trials,
      payout: this.sumPayout / trials,
    };
  }
}
