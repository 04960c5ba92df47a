/**
 * The payout-terms benchmark (issue 11, `npm run bench -- --terms`): one Monte Carlo run of a
 * 20-line-item campaign of 1,190 creators at 10,000 trials with tiers, bonuses and caps, against
 * the same campaign without them. Target: within 3× the time. Runs alternate, with and without,
 * so that both see the same load; the ratio of their CPU medians is the figure that carries
 * across machines. It prints the load and never fails for slowness.
 */
import { execFileSync } from 'node:child_process';
import { runMonteCarlo } from '../src/engine/monteCarlo';
import { projectPoint } from '../src/engine/point';
import type { Scenario } from '../src/engine/schema';
import type { LineItemTermsSummary } from '../src/engine/types';
import { termsBenchScenario } from './scenario';
import { median, timed } from './timing';

const RUNS = 9;
const TRIALS = 10_000;

/** `uptime`'s line (load averages over 1, 5 and 15 minutes), as the machine reports it. */
function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime unavailable';
  }
}

/** Which terms the campaign has, and how many bind in the typical case (they are set around the typical creator). */
function termsReport(s: Scenario): string {
  const count = (has: (p: Scenario['lineItems'][number]['payment']) => boolean) => s.lineItems.filter((item) => has(item.payment)).length;
  const items = projectPoint(s).lineItems;
  const bonuses = items.filter((li) => li.payoutBreakdown.bonuses > 0).length;
  const capped = items.filter((li) => li.payoutBreakdown.capSavings > 0).length;
  return (
    `tiers on ${count((p) => (p.commissionTiers?.length ?? 0) > 0)} line items, a bonus on ${count((p) => p.bonus !== undefined)}, ` +
    `a cap on ${count((p) => p.payoutCap !== undefined)}, set around each group's typical creator; ` +
    `in the typical case ${bonuses} line items pay a bonus and the cap binds for ${capped} (both sit above the typical creator: only better creators reach them)`
  );
}

/** That the terms bind for some creators in the Monte Carlo: the share reaching a bonus, what the caps save. */
function monteCarloReport(terms: readonly LineItemTermsSummary[]): string {
  const shares = terms.flatMap((t) => (t.bonusShare === null ? [] : [t.bonusShare]));
  const range = shares.length > 0 ? `${(Math.min(...shares) * 100).toFixed(0)}–${(Math.max(...shares) * 100).toFixed(0)}%` : 'none';
  const sum = (f: (t: LineItemTermsSummary) => number) => terms.reduce((s, t) => s + f(t), 0).toFixed(0);
  return `chance a creator reaches the bonus ${range} by line item; mean bonuses ${sum((t) => t.bonuses)}, cap savings ${sum((t) => t.capSavings)}, payout ${sum((t) => t.payout)}`;
}

export function benchTerms(): void {
  const withTerms = termsBenchScenario(TRIALS, true);
  const without = termsBenchScenario(TRIALS, false);
  const creators = without.lineItems.reduce((sum, item) => sum + item.creators, 0);
  console.log(`Payout terms: ${without.lineItems.length} line items, ${creators.toLocaleString('en-US')} creators, ${TRIALS.toLocaleString('en-US')} trials; ${RUNS} runs each, alternating with and without the terms`);
  console.log(`  terms: ${termsReport(withTerms)}`);
  console.log(`  before: ${uptime()}`);
  for (let i = 0; i < 2; i++) [withTerms, without].forEach((s) => runMonteCarlo(s));

  const timings = { with: [] as { wall: number; cpu: number }[], without: [] as { wall: number; cpu: number }[] };
  let terms: LineItemTermsSummary[] | undefined;
  for (let i = 0; i < RUNS; i++) {
    timings.without.push(timed(() => runMonteCarlo(without)));
    timings.with.push(timed(() => (terms = runMonteCarlo(withTerms).lineItemTerms)));
  }
  const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu));
  const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall));
  console.log(`  after:  ${uptime()}`);
  console.log(`  without terms: ${cpu(timings.without).toFixed(0)} ms CPU, ${wall(timings.without).toFixed(0)} ms wall (medians)`);
  console.log(`  with terms:    ${cpu(timings.with).toFixed(0)} ms CPU, ${wall(timings.with).toFixed(0)} ms wall (medians)`);
  console.log(
    `  ratio ${(cpu(timings.with) / cpu(timings.without)).toFixed(2)}× CPU, ${(wall(timings.with) / wall(timings.without)).toFixed(2)}× wall (target ≤ 3×)` +
      (terms ? '' : '; the Monte Carlo reported no lineItemTerms, so it priced the terms as linear and this ratio says nothing yet'),
  );
  if (terms) console.log(`  in the Monte Carlo: ${monteCarloReport(terms)}`);
}
