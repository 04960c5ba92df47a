import type { Scenario } from '../schema';
import { TrialBook, type Change, type StatsNeed, type TrialStats } from './book';
import { CountSampler, campaignFactors, runScratch, type CountSample } from './counts';
import type { AllocationSettings } from './settings';
import { TypicalCost } from './typical';

/** A limit of §8 that an allocation can break. */
export type Limit = 'maxLossProbability' | 'maxCpa' | 'minReach';

/** How one allocation fares (docs/MODEL.md §8). */
export interface Judgement {
  counts: number[];
  objective: number;
  /** the cost the budget rule compares with the budget: typical case, or the trials' P95 */
  cost: number;
  /** how far the limits are broken, 0 when every limit holds: the shares by which each misses, summed */
  violation: number;
  broken: Limit[];
  stats: TrialStats;
}

/** Sample memory kept per run, in trial values (8 bytes each): about 48 MB. */
const SAMPLE_VALUES = 6_000_000;
/** A cache key is line item · KEY_SPAN + count: counts stay below it (LIMITS.creators.max is a million). */
const KEY_SPAN = 2 ** 21;

/**
 * Judges allocations on the trials of one Monte Carlo run (common random numbers throughout): keeps
 * the current allocation in a TrialBook and recently used counts of every line item in a cache.
 */
export class Judge {
  readonly book: TrialBook;
  readonly typical: TypicalCost;
  readonly counts: number[];
  private readonly samplers: CountSampler[];
  /**
   * Samples by line item and count, least recently used first (a hit moves its entry to the end):
   * the searches come back to the counts near the current allocation, and the frontier's climb
   * passes them again, so what was used last is what is used next.
   */
  private readonly cache = new Map<number, CountSample>();
  private readonly capacity: number;
  /** samples dropped from the cache, whose arrays the next samples reuse */
  private readonly spare: CountSample[] = [];
  readonly need: StatsNeed;
  /** candidates judged so far (repeats answered from `seen` included) */
  judged = 0;
  /**
   * The judgements made since the book last changed, by their moves: the same moves on the same
   * book give the same figures to the last bit, so a search that asks again (the greedy's chosen
   * step, the local search's last cycle, the exchanges' one-creator moves) is answered without a pass.
   */
  private seen = new Map<string, Judgement>();

  constructor(
    readonly scenario: Scenario,
    readonly settings: AllocationSettings,
    start: readonly number[],
  ) {
    const { trials, seed } = settings;
    const campaign = campaignFactors(seed, trials);
    const scratch = runScratch(trials);
    const audiences = scenario.audiences ?? [];
    const audienceOf = scenario.lineItems.map((item) => audiences.findIndex((a) => a.id === item.audience));
    this.samplers = scenario.lineItems.map(
      (item, i) => new CountSampler(item, i, scenario, trials, seed, campaign, scratch, (audienceOf[i] ?? -1) >= 0 ? (audiences[audienceOf[i] as number]?.size ?? null) : null),
    );
    const perSample = trials * (audienceOf.some((a) => a >= 0) ? 5 : 4);
    this.capacity = Math.max(4 * scenario.lineItems.length, Math.floor(SAMPLE_VALUES / Math.max(1, perSample)));
    this.counts = [...start];
    this.typical = new TypicalCost(scenario);
    this.need = { profitP5: settings.objective === 'profitP5', costP95: settings.budgetRule === 'p95' };
    const overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
    this.book = new TrialBook(trials, overheads, audienceOf, audiences.map((a) => a.size), start.map((c, i) => this.sample(i, c)));
    this.book.counting = settings.objective === 'conversions' || settings.objective === 'reach' || settings.maxCpa !== null || settings.minReach !== null;
  }

  /** Creator-trials drawn so far, in the work units of montecarlo/estimate.ts. */
  get sampled(): number {
    return this.samplers.reduce((sum, s) => sum + s.work, 0);
  }

  sample(i: number, count: number): CountSample {
    const key = i * KEY_SPAN + count;
    let s = this.cache.get(key);
    if (s) {
      this.cache.delete(key);
      this.cache.set(key, s);
      return s;
    }
    this.evict();
    s = (this.samplers[i] as CountSampler).sample(count, this.spare.pop() ?? null);
    this.cache.set(key, s);
    return s;
  }

  /** Makes room for one more sample: drops the least recently used past the capacity, never one the book holds. */
  private evict(): void {
    if (this.cache.size < this.capacity) return;
    for (const [key, dropped] of this.cache) {
      if (this.cache.size < this.capacity) break;
      const i = Math.floor(key / KEY_SPAN);
      if (this.counts[i] === key - i * KEY_SPAN) continue;
      this.cache.delete(key);
      // Only the book and this cache hold samples (callers read a sample's means at once), so a dropped one is free.
      this.spare.push(dropped);
    }
  }

  private changesOf(moves: readonly { index: number; count: number }[]): Change[] {
    return moves.map(({ index, count }) => ({ index, sample: this.sample(index, count) }));
  }

  /** The current allocation with these line items' counts changed. */
  judge(moves: readonly { index: number; count: number }[] = []): Judgement {
    this.judged++;
    let key = '';
    for (const m of moves) key += `${m.index}:${m.count},`;
    const known = this.seen.get(key);
    if (known) return known;
    const counts = [...this.counts];
    for (const m of moves) counts[m.index] = m.count;
    const stats = this.book.evaluate(this.changesOf(moves), this.need);
    const judgement = this.verdict(counts, stats);
    this.seen.set(key, judgement);
    return judgement;
  }

  /**
   * The budget rule's cost of the current allocation with these moves where it needs no trials (the
   * typical case, the very number a judgement reports), so that a move that cannot fit is dropped
   * before its samples are drawn; null under the P95 rule.
   */
  plannedCost(moves: readonly { index: number; count: number }[]): number | null {
    if (this.settings.budgetRule !== 'typical') return null;
    const counts = [...this.counts];
    for (const m of moves) counts[m.index] = m.count;
    return this.typical.cost(counts);
  }

  /** Makes the moves part of the current allocation. */
  apply(moves: readonly { index: number; count: number }[]): void {
    const changes = this.changesOf(moves);
    for (const m of moves) this.counts[m.index] = m.count;
    this.book.commit(changes);
    this.seen.clear();
  }

  /** Moves every line item to `counts`, with the totals summed afresh: the allocation's figures as reported. */
  moveTo(counts: readonly number[]): void {
    const moves = counts.flatMap((count, index) => (this.counts[index] === count ? [] : [{ index, count }]));
    if (moves.length > 0) this.apply(moves);
    this.book.settle();
    this.seen.clear();
  }

  verdict(counts: number[], stats: TrialStats): Judgement {
    const s = this.settings;
    const objective =
      s.objective === 'expectedProfit' ? stats.profit : s.objective === 'profitP5' ? stats.profitP5 : s.objective === 'conversions' ? stats.conversions : stats.reach;
    const cost = s.budgetRule === 'typical' ? this.typical.cost(counts) : stats.costP95;
    const broken: Limit[] = [];
    let violation = 0;
    if (s.maxLossProbability !== null && stats.probabilityOfLoss > s.maxLossProbability) {
      broken.push('maxLossProbability');
      violation += stats.probabilityOfLoss - s.maxLossProbability;
    }
    if (s.maxCpa !== null && stats.cost > s.maxCpa * stats.conversions) {
      broken.push('maxCpa');
      violation += (stats.cost - s.maxCpa * stats.conversions) / stats.cost;
    }
    if (s.minReach !== null && stats.reach < s.minReach) {
      broken.push('minReach');
      violation += 1 - stats.reach / s.minReach;
    }
    return { counts, objective, cost, violation, broken, stats };
  }
}
