import type { Judge, Judgement } from './judge';

/** Objectives within this relative distance count as equal: judgements by difference differ in the last bits. */
export const SAME = 1e-12;

/**
 * How finely a greedy climb looks ahead. `fine`: from one creator more on. `coarse`, for the
 * frontier's points above the budget: a group of COARSE_FROM creators or more steps by an eighth of
 * itself at the least, two creators for the smaller ones. Those points stand 10% of the budget apart
 * and need no single creator's precision, and each count the climb looks at is one more sample to
 * draw (a group's sample costs about as much as ten judgements), most of which it never takes.
 */
export type LookAhead = 'fine' | 'coarse';

/** The smallest group a coarse look-ahead steps by more than one creator: smaller ones keep every count. */
export const COARSE_FROM = 8;

/**
 * The counts one line item at count c looks ahead to: c + 1, then the multiples of
 * 2, 4, 8, … above it, up to twice c (or c + 4 for a small group). On a grid, so that the steps
 * after this one look at the same counts again, which are then drawn already. Coarse: only those a
 * stride or more above c.
 */
export function targets(c: number, room: number, lookAhead: LookAhead = 'fine'): number[] {
  const out = [c + 1];
  const last = c + Math.min(room, Math.max(4, c));
  for (let step = 2; ; step *= 2) {
    const t = Math.ceil((c + 2) / step) * step;
    if (t > last) break;
    if (t > (out[out.length - 1] as number)) out.push(t);
  }
  const within = out.filter((t) => t <= c + room);
  if (lookAhead === 'fine' || c < COARSE_FROM) return within;
  const stride = Math.max(2, Math.floor(c / 8));
  const far = within.filter((t) => t - c >= stride);
  // Near its maximum a group may have less room than a stride: it can still fill it.
  return far.length > 0 ? far : within.slice(-1);
}

/**
 * What a step did to the objective and the cost, remembered where the objective is a mean and no
 * limit is set: then a step's effect depends only on the counts of its line item's audience (or of
 * the line item alone), and a step judged once need not be judged again while those stay put.
 */
export class StepMemo {
  private readonly memo = new Map<string, { objective: number; cost: number }>();
  /** per line item, the line items whose counts its steps depend on; null where nothing is remembered */
  private readonly groups: number[][] | null;

  get separable(): boolean {
    return this.groups !== null;
  }

  /** Whether a step of line item i can change what a step of line item j does. */
  shared(i: number, j: number): boolean {
    return this.groups === null || (this.groups[i] as number[]).includes(j);
  }

  constructor(judge: Judge) {
    const s = judge.settings;
    const separable = s.objective !== 'profitP5' && s.budgetRule === 'typical' && s.maxLossProbability === null && s.maxCpa === null && s.minReach === null;
    const items = judge.scenario.lineItems;
    this.groups = separable ? items.map((item, i) => (item.audience === undefined ? [i] : items.flatMap((other, j) => (other.audience === item.audience ? [j] : [])))) : null;
  }

  /** The judgement of moving line item i to `count`: remembered, or judged (null when remembered) and its effect kept. */
  step(judge: Judge, current: Judgement, i: number, count: number): { objective: number; cost: number; judged: Judgement | null } {
    if (!this.groups) {
      const to = judge.judge([{ index: i, count }]);
      return { objective: to.objective - current.objective, cost: to.cost - current.cost, judged: to };
    }
    const key = `${i}>${count}|${(this.groups[i] as number[]).map((j) => judge.counts[j]).join(',')}`;
    const known = this.memo.get(key);
    if (known) return { ...known, judged: null };
    const to = judge.judge([{ index: i, count }]);
    const effect = { objective: to.objective - current.objective, cost: to.cost - current.cost };
    this.memo.set(key, effect);
    return { ...effect, judged: to };
  }
}

