import { describe, expect, it } from 'vitest';
import { benchmarkDefaults, defaultLineItem, perViewToPerFollower, type TierPlatformDefaults } from '../../src/engine/defaults';
import { lineItemSchema, MAX_REACH_RATE, PLATFORMS, TIERS, type RateRange } from '../../src/engine/schema';
import { TIER_BOUNDS, tierOfFollowers, type TierConvention } from '../../src/engine/tiers';

const CONVENTIONS: TierConvention[] = ['standard', 'agency'];
const cells = CONVENTIONS.flatMap((convention) =>
  TIERS.flatMap((tier) => PLATFORMS.map((platform) => ({ tier, platform, convention }))),
);

const rates = (d: TierPlatformDefaults): [string, RateRange, number][] => [
  ['reachRate', d.reachRate.value, MAX_REACH_RATE],
  ['engagementRate', d.engagementRate.value, 1],
  ['clickRate', d.clickRate.value, 1],
  ['conversionRate', d.conversionRate.value, 1],
];

describe('benchmarkDefaults', () => {
  it.each(cells)('$tier · $platform ($convention) makes a schema-valid line item', ({ tier, platform, convention }) => {
    const item = defaultLineItem(tier, platform, `${tier}-${platform}`, convention);
    const parsed = lineItemSchema.safeParse(item);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(item);
    expect(item).toMatchObject({ tier, platform, creators: 5, posts: 2, leadRate: 0 });
  });

  it.each(cells)('$tier · $platform ($convention) has ordered ranges within bounds and a source', ({ tier, platform, convention }) => {
    const d = benchmarkDefaults(tier, platform, convention);
    for (const [, r, max] of rates(d)) {
      expect(r.low).toBeGreaterThan(0);
      expect(r.low).toBeLessThanOrEqual(r.high);
      expect(r.high).toBeLessThanOrEqual(max);
    }
    for (const triple of [d.followers.value, d.feePerPost.value]) {
      expect(triple.low).toBeGreaterThan(0);
      expect(triple.low).toBeLessThanOrEqual(triple.typical);
      expect(triple.typical).toBeLessThanOrEqual(triple.high);
    }
    const bounds = TIER_BOUNDS[convention][tier];
    expect(tierOfFollowers(d.followers.value.typical, convention)).toBe(tier);
    expect(d.followers.value.low).toBeGreaterThanOrEqual(bounds.min);
    for (const field of [d.followers, d.reachRate, d.engagementRate, d.clickRate, d.conversionRate, d.feePerPost]) {
      expect(field.tags.length).toBeGreaterThan(0);
      expect(field.note.length).toBeGreaterThan(0);
    }
  });

  it('copies micro · Instagram and micro · TikTok from BENCHMARKS §3', () => {
    // Row "Micro · IG": 30k (10–100k), reach 10–30%, ER 0.8–3.5%, CTR 0.5–2.5%, CVR 0.8–3.5%, 150/800/5,000.
    const ig = benchmarkDefaults('micro', 'instagram');
    expect(ig.followers.value).toEqual({ low: 10_000, typical: 30_000, high: 100_000 });
    expect(ig.reachRate.value).toEqual({ low: 0.1, high: 0.3 });
    expect(ig.engagementRate.value).toEqual({ low: 0.008, high: 0.035 });
    expect(ig.clickRate.value).toEqual({ low: 0.005, high: 0.025 });
    expect(ig.conversionRate.value).toEqual({ low: 0.008, high: 0.035 });
    expect(ig.reachRate.tags).toEqual(['P']);
    // Row "Micro · TikTok": reach 10–50%, CTR 0.08–0.8%, CVR 0.6–3.0%, 100/400/2,500.
    const tt = benchmarkDefaults('micro', 'tiktok');
    expect(tt.reachRate.value).toEqual({ low: 0.1, high: 0.5 });
    expect(tt.clickRate.value).toEqual({ low: 0.0008, high: 0.008 });
    expect(tt.conversionRate.value).toEqual({ low: 0.006, high: 0.03 });
  });

  it('puts the typical fee at the geometric mean of the price list and the CPM benchmarks', () => {
    // Micro · TikTok: 30,000 followers × √(0.1·0.5) = 6,708.2 views per post. CPM $8–18 has the
    // median √144 = $12, so the CPM-implied fee is 12 × 6.7082 = $80.498 (quoted as $80); price list typical $400.
    // √(400 · 80.498) = $179.4 → 180, a CPM of 180 / 6.7082 = $26.8 (under TikTok's $35 ceiling).
    // Low: min(100, 8 × 6.7082 = 53.67) → 54; high: max(2,500, 18 × 6.7082 = 120.7) = 2,500.
    const tt = benchmarkDefaults('micro', 'tiktok').feePerPost;
    expect(tt.value).toEqual({ low: 54, typical: 180, high: 2_500 });
    expect(tt.note.map((p) => p.key)).toEqual([
      'benchmark.fee.priceList.tiktok',
      'benchmark.fee.seed003',
      'benchmark.fee.cpm.tiktok',
      'benchmark.fee.blend',
      'benchmark.usdPerPost',
    ]);
    expect(tt.note[2]?.vars).toEqual({ cpmLow: 8, cpmHigh: 18, views: 6_708, implied: 80 });
    expect(tt.note[3]?.vars).toEqual({ typical: 180, cpm: 27 });
  });

  it('caps the typical fee at the highest influencer CPM of the platform', () => {
    // Micro · Instagram: 30,000 × √(0.1·0.3) = 5,196.2 views; CPM median √(10·20) = $14.14 gives
    // $73.48, and √(800 · 73.48) = $242.5, a CPM of $46.7: above Instagram's ceiling of $42.
    // 42 × 5.1962 = $218.2, rounded down to two digits: $210 (a CPM of $40.4, not $42.3 for 220).
    const ig = benchmarkDefaults('micro', 'instagram').feePerPost;
    expect(ig.value).toEqual({ low: 52, typical: 210, high: 5_000 });
    expect(ig.note.map((p) => p.key)).toContain('benchmark.fee.capped');
    expect(ig.value.typical / 5.1962).toBeLessThanOrEqual(42);
  });

  it('gives every measured cell a typical CPM within the influencer benchmarks ($3–61)', () => {
    for (const platform of ['instagram', 'tiktok', 'youtube'] as const) {
      for (const tier of TIERS) {
        const d = benchmarkDefaults(tier, platform);
        const views = d.followers.value.typical * Math.sqrt(d.reachRate.value.low * d.reachRate.value.high);
        const cpm = (d.feePerPost.value.typical / views) * 1000;
        expect(cpm, `${tier} · ${platform}`).toBeGreaterThanOrEqual(3);
        expect(cpm, `${tier} · ${platform}`).toBeLessThanOrEqual(61);
      }
    }
  });

  it('tags mega fees as public and interpolated only: seed 003 has no mega fee', () => {
    // Mega · YouTube: 3M × √(0.02·0.15) = 164,317 views. CPM $30–61, median $42.78, implies
    // $7,029; √(30,000 · 7,029) = $14,522 is a CPM of $88: capped at $61 → 61 × 164.317 =
    // $10,023, rounded down to $10,000. Low min(8,000, 30 × 164.317 = 4,930) → 4,900.
    const yt = benchmarkDefaults('mega', 'youtube');
    expect(yt.feePerPost.value).toEqual({ low: 4_900, typical: 10_000, high: 200_000 });
    expect(yt.feePerPost.tags).toEqual(['P', 'I']);
    expect(yt.feePerPost.note.map((p) => p.key)).not.toContain('benchmark.fee.seed003');
    expect(benchmarkDefaults('macro', 'youtube').feePerPost.tags).toEqual(['S', 'P', 'I']);
  });

  it('converts TikTok engagement per view to per follower by hand', () => {
    // Micro · TikTok: ER 4–12% per view, reach 10–50%. Median = √(0.04·0.12) · √(0.1·0.5)
    // = √0.00024 = 0.0154919. Log half-widths ln(3)/2 = 0.549306 and ln(5)/2 = 0.804719 add in
    // quadrature to 0.974325, so low = 0.0154919·e^−0.974325 = 0.0058474 and high = 0.0410440.
    const er = benchmarkDefaults('micro', 'tiktok').engagementRate;
    expect(er.value.low).toBeCloseTo(0.0058474, 6);
    expect(er.value.high).toBeCloseTo(0.041044, 6);
    expect(Math.sqrt(er.value.low * er.value.high)).toBeCloseTo(0.0154919, 6);
    expect(er.tags).toContain('I');
    expect(er.note).toContainEqual({ key: 'benchmark.er.perView', vars: { low: 4, high: 12 } });
  });

  it('keeps the per-view to per-follower conversion exact for point-like ranges', () => {
    // A reach known to be exactly 0.5 (low = high) halves the engagement range and adds no spread.
    const r = perViewToPerFollower({ low: 0.04, high: 0.12 }, { low: 0.5, high: 0.5 });
    expect(r.low).toBeCloseTo(0.02, 12);
    expect(r.high).toBeCloseTo(0.06, 12);
  });

  it('derives the other platform as geometric means of the three measured ones', () => {
    // Nano reach lows are 15% everywhere; highs 45%, 80%, 60% → ∛(0.45·0.8·0.6) = ∛0.216 = 0.6.
    // Nano fees (reconciled, see above): lows 3.9 (IG: 5 × 3,000 × √(.15·.45) / 1000 = 3.897),
    // 4.2 (TikTok 4 × 1,039.2), 9 (YouTube 10 × 900), ∛(3.9·4.2·9) = 5.27 → 5.3; typicals
    // 30, 26, 48 → ∛37,440 = 33.5 → 33; highs 1,000, 500, 800 → ∛(4·10⁸) = 736.8 → 740.
    const other = benchmarkDefaults('nano', 'other');
    expect(other.reachRate.value.low).toBeCloseTo(0.15, 12);
    expect(other.reachRate.value.high).toBeCloseTo(0.6, 12);
    expect(other.feePerPost.value).toEqual({ low: 5.3, typical: 33, high: 740 });
    expect(other.reachRate.tags).toEqual(['I']);
  });

  it('uses the agency follower range under the agency convention', () => {
    expect(benchmarkDefaults('nano', 'instagram', 'agency').followers.value).toEqual({ low: 100, typical: 300, high: 1_000 });
    expect(benchmarkDefaults('micro', 'instagram', 'agency').followers.value.low).toBe(1_000);
  });
});

describe('tierOfFollowers', () => {
  it.each([
    [0, 'nano', 'nano'],
    [999, 'nano', 'nano'],
    [1_000, 'nano', 'micro'],
    [9_999, 'nano', 'micro'],
    [10_000, 'micro', 'micro'],
    [99_999, 'micro', 'micro'],
    [100_000, 'macro', 'macro'],
    [999_999, 'macro', 'macro'],
    [1_000_000, 'mega', 'mega'],
    [1e9, 'mega', 'mega'],
  ] as const)('%d followers is %s (standard) and %s (agency)', (followers, standard, agency) => {
    expect(tierOfFollowers(followers)).toBe(standard);
    expect(tierOfFollowers(followers, 'standard')).toBe(standard);
    expect(tierOfFollowers(followers, 'agency')).toBe(agency);
  });

  it('puts a fractional average just below a bound in the lower tier', () => {
    expect(tierOfFollowers(9_999.5)).toBe('nano');
  });
});
