import type { Rng } from '../rng';
import { fillNormals } from '../normal';
import type { Scratch, VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import { exp, expm1 } from './exp';
import type { CreatorRow, TermsPricer } from './termsPricer';

/**
 * The draws creator j of a group needs, per rate kind: stream (kind, j) of the line item. Keyed by
 * j alone, so that a group that grows or shrinks keeps its other creators' draws (docs/MODEL.md §8:
 * the allocator compares creator counts on common random numbers). Streams are made on first use.
 */
export interface CreatorRngs {
  /** fills out[from..to) with the next normals of creator `creator`'s stream of rate kind `kindIndex` */
  fill(kindIndex: number, creator: number, out: Float64Array, from: number, to: number): void;
}

/** The four log-locations of one trial's group, per rate kind: μ_k + σ_k·√ρc·(√ρg·G + √(1−ρg)·e). */
export type GroupLocations = [Float64Array, Float64Array, Float64Array, Float64Array];

/**
 * The group locations of trials 0..n−1 (campaign factors at t0..t0+n−1), drawing one group normal e
 * per uncertain rate kind and trial from its group stream, into `out`.
 */
export function groupLocations(
  plan: LineItemPlan,
  groupRngs: readonly Rng[],
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  rhoC: number,
  rhoG: number,
  draws: Float64Array,
  out: GroupLocations,
): void {
  const sqG = Math.sqrt(rhoG);
  const sqE = Math.sqrt(1 - rhoG);
  for (let k = 0; k < 4; k++) {
    const m = out[k] as Float64Array;
    const mu = plan.mu[k] as number;
    const w = (plan.sigma[k] as number) * Math.sqrt(rhoC);
    const g = campaign[k] as Float64Array;
    if (!plan.uncertain[k]) {
      m.fill(mu, 0, n);
      continue;
    }
    fillNormals(groupRngs[k] as Rng, draws, 0, n);
    for (let t = 0; t < n; t++) m[t] = mu + w * (sqG * (g[t0 + t] as number) + sqE * (draws[t] as number));
  }
}

/** Running sums over a group's creators, per trial, before the group's posts and followers scale them. */
export interface CreatorSums {
  impressions: Float64Array;
  /** Σ −expm1(−P·r): the followers' share reached, summed over creators */
  reach: Float64Array;
  clicks: Float64Array;
  conversions: Float64Array;
  leads: Float64Array;
}

/**
 * Adds creator j's funnel, for trials 0..n−1, to the sums: its normals come from its own streams,
 * read in trial order, so the same creator adds the same numbers whatever the group's size, and a
 * group's sums are the same floating-point additions in the same order however they are reached.
 */
export function addCreator(
  plan: LineItemPlan,
  creatorRngs: CreatorRngs,
  j: number,
  rhoC: number,
  locations: GroupLocations,
  n: number,
  scratch: Scratch,
  sums: CreatorSums,
  row: CreatorRow | null = null,
): void {
  const z: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    if (!plan.uncertain[k]) {
      z.push(scratch.zeros);
      continue;
    }
    const buf = scratch.normals[k] as Float64Array;
    creatorRngs.fill(k, j, buf, 0, n);
    z.push(buf);
  }
  const within = Math.sqrt(1 - rhoC);
  const s = plan.sigma;
  const c = plan.lnCap;
  if (row !== null) {
    return creatorLoopKept(
      locations[0], locations[1], locations[2], locations[3],
      z[0] as Float64Array, z[1] as Float64Array, z[2] as Float64Array, z[3] as Float64Array,
      (s[0] as number) * within, (s[1] as number) * within, (s[2] as number) * within, (s[3] as number) * within,
      c[0] as number, c[1] as number, c[2] as number, c[3] as number,
      plan.posts, sums.impressions, sums.reach, sums.clicks, sums.conversions, sums.leads, n,
      row.conversions, row.leads, row.base,
    );
  }
  creatorLoop(
    locations[0], locations[1], locations[2], locations[3],
    z[0] as Float64Array, z[1] as Float64Array, z[2] as Float64Array, z[3] as Float64Array,
    (s[0] as number) * within, (s[1] as number) * within, (s[2] as number) * within, (s[3] as number) * within,
    c[0] as number, c[1] as number, c[2] as number, c[3] as number,
    plan.posts, sums.impressions, sums.reach, sums.clicks, sums.conversions, sums.leads, n,
  );
}

/** The loop on its own, with nothing but its arguments before it, for the reason given at oneLoop (groupOneTotals.ts). */
function creatorLoop(
  mR: Float64Array, mK: Float64Array, mV: Float64Array, mL: Float64Array,
  zR: Float64Array, zK: Float64Array, zV: Float64Array, zL: Float64Array,
  aR: number, aK: number, aV: number, aL: number,
  capR: number, capK: number, capV: number, capL: number,
  P: number,
  imp: Float64Array, rch: Float64Array, clk: Float64Array, conv: Float64Array, lead: Float64Array,
  n: number,
): void {
  for (let t = 0; t < n; t++) {
    let lr = (mR[t] as number) + aR * (zR[t] as number);
    let lk = (mK[t] as number) + aK * (zK[t] as number);
    let lv = (mV[t] as number) + aV * (zV[t] as number);
    let ll = (mL[t] as number) + aL * (zL[t] as number);
    if (lr > capR) lr = capR;
    if (lk > capK) lk = capK;
    if (lv > capV) lv = capV;
    if (ll > capL) ll = capL;
    const r = exp(lr);
    const c = r * exp(lk);
    imp[t] = (imp[t] as number) + r;
    rch[t] = (rch[t] as number) - expm1(-P * r);
    clk[t] = (clk[t] as number) + c;
    conv[t] = (conv[t] as number) + c * exp(lv);
    lead[t] = (lead[t] as number) + c * exp(ll);
  }
}

/**
 * creatorLoop that also writes the creator's own conversion and lead rate products to its row, for
 * a line item whose payout terms price each creator (termsPricer.ts). A loop of its own so that the
 * linear line items' loop stays as it was; the sums get the same additions in the same order.
 */
function creatorLoopKept(
  mR: Float64Array, mK: Float64Array, mV: Float64Array, mL: Float64Array,
  zR: Float64Array, zK: Float64Array, zV: Float64Array, zL: Float64Array,
  aR: number, aK: number, aV: number, aL: number,
  capR: number, capK: number, capV: number, capL: number,
  P: number,
  imp: Float64Array, rch: Float64Array, clk: Float64Array, conv: Float64Array, lead: Float64Array,
  n: number,
  rowConv: Float64Array, rowLead: Float64Array, base: number,
): void {
  for (let t = 0; t < n; t++) {
    let lr = (mR[t] as number) + aR * (zR[t] as number);
    let lk = (mK[t] as number) + aK * (zK[t] as number);
    let lv = (mV[t] as number) + aV * (zV[t] as number);
    let ll = (mL[t] as number) + aL * (zL[t] as number);
    if (lr > capR) lr = capR;
    if (lk > capK) lk = capK;
    if (lv > capV) lv = capV;
    if (ll > capL) ll = capL;
    const r = exp(lr);
    const c = r * exp(lk);
    const v = c * exp(lv);
    const l = c * exp(ll);
    imp[t] = (imp[t] as number) + r;
    rch[t] = (rch[t] as number) - expm1(-P * r);
    clk[t] = (clk[t] as number) + c;
    conv[t] = (conv[t] as number) + v;
    lead[t] = (lead[t] as number) + l;
    rowConv[base + t] = v;
    rowLead[base + t] = l;
  }
}

/** The group's volumes from its creator sums: impressions, clicks, conversions and leads × P·F, reach × F; in place. */
export function scaleSums(plan: LineItemPlan, sums: CreatorSums, n: number, out: VolumeBlock): void {
  const pf = plan.posts * plan.followers;
  const F = plan.followers;
  for (let t = 0; t < n; t++) {
    out.impressions[t] = pf * (sums.impressions[t] as number);
    out.reach[t] = F * (sums.reach[t] as number);
    out.clicks[t] = pf * (sums.clicks[t] as number);
    out.conversions[t] = pf * (sums.conversions[t] as number);
    out.leads[t] = pf * (sums.leads[t] as number);
  }
}

/**
 * Exact per-creator sampling (docs/MODEL.md §5 as written): per trial and uncertain rate kind, one
 * group draw e from the kind's stream and one draw z per creator from that creator's stream; every
 * creator's rates are capped, and the group's volumes are the sums of its creators' funnels. Cost
 * grows with creators. The sums are built in `out` itself and scaled in place.
 */
export function sampleExact(
  plan: LineItemPlan,
  groupRngs: readonly Rng[],
  creatorRngs: CreatorRngs,
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  rhoC: number,
  rhoG: number,
  scratch: Scratch,
  out: VolumeBlock,
  pricer: TermsPricer | null = null,
): void {
  const x = scratch.extra;
  const locations: GroupLocations = [x.subarray(0, n), x.subarray(n, 2 * n), x.subarray(2 * n, 3 * n), x.subarray(3 * n, 4 * n)];
  groupLocations(plan, groupRngs, campaign, t0, n, rhoC, rhoG, scratch.normals[0] as Float64Array, locations);
  out.impressions.fill(0, 0, n);
  out.reach.fill(0, 0, n);
  out.clicks.fill(0, 0, n);
  out.conversions.fill(0, 0, n);
  out.leads.fill(0, 0, n);
  for (let j = 0; j < plan.creators; j++) addCreator(plan, creatorRngs, j, rhoC, locations, n, scratch, out, pricer?.row(j) ?? null);
  scaleSums(plan, out, n, out);
}
