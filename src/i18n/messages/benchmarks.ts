import type { BenchmarkNoteKey } from '../../engine/benchmarkNotes';

/**
 * Where each benchmark default comes from (src/engine/defaults.ts names the note, this file
 * words it). Numbers arrive as {placeholders}, formatted for the locale; amounts are USD, as
 * the sources give them.
 */
const en = {
  'benchmark.followers.standard': 'Tier bounds from seeds 002 and 003; typical is the geometric midpoint, the mega upper end is a choice.',
  'benchmark.followers.agency': 'Agency tier bounds from seed 001 (nano < 1,000, micro 1,000–99,999); typical is the geometric midpoint, the nano lower end is a choice.',
  'benchmark.reach.instagram': 'Feed reach ÷ followers by tier (Startmotion), median post reach (Minter.io), Reels view rates (Socialinsider).',
  'benchmark.reach.tiktok': 'Views ÷ followers 15–40% (Sponsorrate); the split by tier and the long upper tail are interpolated.',
  'benchmark.reach.youtube': 'Views ÷ subscribers by channel size (BrightBean) and 4–8% on average (Tubular Labs); tier edges interpolated.',
  'benchmark.er.instagram': 'Engagement by tier from seed 003, Modash and CreatorIQ, widened.',
  'benchmark.er.tiktok': 'TikTok engagement by tier from seed 003 and Modash, widened;',
  'benchmark.er.youtube': 'YouTube engagement by channel size (Modash), widened toward 0.9–3.2% (organicmediabuying).',
  'benchmark.er.perView': '{low}–{high}% per view, converted to per follower by multiplying by the reach range (independent lognormals).',
  'benchmark.ctr.instagram': 'Story sticker and bio-link CTR 1–6% (CreatorLane, LinkDash); drop with tier size from seed 003 (small creators 3–5× higher).',
  'benchmark.ctr.tiktok': 'Link CTR 0.1–0.5% of views (Castlytics); drop with tier size from seed 003 (small creators 3–5× higher).',
  'benchmark.ctr.youtube': 'Sponsored description-link CTR 0.3–2.8% (influencerfee, Castlytics); drop with tier size from seed 003.',
  'benchmark.cvr.instagram': 'Influencer-traffic conversion by tier (Digital Applied) and 0.8% for Instagram traffic (Oribi).',
  'benchmark.cvr.tiktok': 'Influencer-traffic conversion by tier (Digital Applied), skewed lower for TikTok.',
  'benchmark.cvr.youtube': 'Influencer-traffic conversion by tier (Digital Applied), skewed higher for YouTube.',
  'benchmark.fee.priceList.instagram': 'Price guides (Word on the Block; IMH via Influencerradar) put a typical post at ${typical}',
  'benchmark.fee.priceList.tiktok': 'Per-video rates (Sponsorrate, Stackmatix) put a typical video at ${typical}',
  'benchmark.fee.priceList.youtube': 'Per-video rates (Word on the Block) put a typical video at ${typical}',
  'benchmark.fee.seed003': '(seed 003: $200–1k / $1k–5k / $15k–49k per post);',
  'benchmark.fee.cpm.instagram': 'influencer CPMs of ${cpmLow}–{cpmHigh} (Influencerradar) on {views} typical views give ${implied}.',
  'benchmark.fee.cpm.tiktok': 'influencer CPMs of ${cpmLow}–{cpmHigh} (Influencerradar) on {views} typical views give ${implied}.',
  'benchmark.fee.cpm.youtube': 'influencer CPMs of ${cpmLow}–{cpmHigh} (Influencer Hero, Inzpire, InstantViews; split by tier interpolated) on {views} typical views give ${implied}.',
  'benchmark.fee.blend': 'Typical fee ${typical}: the geometric mean of the two (a CPM of ${cpm}); the range spans both.',
  'benchmark.fee.capped': 'Capped at ${ceiling} per 1,000 views, the highest influencer CPM any source reports for the platform.',
  'benchmark.other': 'No source covers blogs, podcasts or newsletters: geometric mean of the Instagram, TikTok and YouTube defaults for this tier.',
  'benchmark.usdPerPost': 'USD per post.',
} as const satisfies Record<BenchmarkNoteKey, string>;

export const benchmarkMessages = { en } as const;
