import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/engine/limits';
import { formatValidationError, parseScenarioText, parseScenarioValue } from '../../src/engine/parse';
import { projectPoint } from '../../src/engine/point';
import { testScenario } from '../cli/testScenario';

type Doc = Record<string, unknown> & typeof testScenario;
const doc = (): Doc => structuredClone(testScenario) as Doc;

const errorsOf = (text: string): string[] => {
  const r = parseScenarioText(text);
  return r.ok ? [] : r.errors.map(formatValidationError);
};
const errorsOfDoc = (d: unknown) => errorsOf(JSON.stringify(d));

/** `{"a":{"a":…{}…}}` with `depth` objects in all, written as text: JSON.stringify would overflow on it. */
const nestedObjectText = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
/** A scenario file whose `meta` is the given JSON text. */
const withMetaText = (metaText: string) => JSON.stringify(doc()).replace(/}$/, `,"meta":${metaText}}`);

describe('amount caps', () => {
  const tooMuch = 'must be at most 1000000000000 (got 1e+308)';

  it('refuses 1e308 in every amount with its path', () => {
    const d = doc();
    d.economics = { averageOrderValue: 1e308, grossMargin: 0.5, leadValue: 1e308, mediaValueCpm: 1e308 } as Doc['economics'];
    d.overheads = [{ label: 'Production', amount: 1e308 }];
    d.lineItems[0]!.payment = { model: 'hybrid', feePerPost: 1e308, commissionRate: 0.1 };
    d.lineItems[1]!.payment = { model: 'gifting', giftCost: 1e308 };
    expect(errorsOfDoc(d)).toEqual([
      `economics.averageOrderValue: ${tooMuch}`,
      `economics.leadValue: ${tooMuch}`,
      `economics.mediaValueCpm: ${tooMuch}`,
      `overheads[0].amount: ${tooMuch}`,
      `lineItems[0].payment.feePerPost: ${tooMuch}`,
      `lineItems[1].payment.giftCost: ${tooMuch}`,
    ]);
    d.economics = testScenario.economics as Doc['economics'];
    d.overheads = [];
    d.lineItems[0]!.payment = { model: 'cpa', amountPerAction: 1e308 } as never;
    d.lineItems[1]!.payment = { model: 'cpl', amountPerLead: 1e13 } as never;
    expect(errorsOfDoc(d)).toEqual([
      `lineItems[0].payment.amountPerAction: ${tooMuch}`,
      'lineItems[1].payment.amountPerLead: must be at most 1000000000000 (got 10000000000000)',
    ]);
  });

  it('accepts a scenario at every limit and its projection stays finite', () => {
    const d = doc();
    d.economics = { averageOrderValue: LIMITS.amount.max, grossMargin: 1, leadValue: LIMITS.amount.max, mediaValueCpm: LIMITS.amount.max } as Doc['economics'];
    d.overheads = Array.from({ length: LIMITS.overheads.max }, (_, i) => ({ label: `o${i}`, amount: LIMITS.amount.max }));
    for (const item of d.lineItems) {
      Object.assign(item, { creators: LIMITS.creators.max, posts: LIMITS.posts.max, followers: LIMITS.followers.max });
      Object.assign(item, { reachRate: LIMITS.reachRate.max, engagementRate: 1, clickRate: 1, conversionRate: 1, leadRate: 1 });
      item.payment = { model: 'hybrid', feePerPost: LIMITS.amount.max, amountPerLead: LIMITS.amount.max } as never;
    }
    const parsed = parseScenarioText(JSON.stringify(d));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // The largest sum: 2 items × 10^6 creators × 10^4 posts × 10^12 fee = 2·10^22, far below 1.8·10^308.
    const { totals } = projectPoint(parsed.data.scenarios[0]!);
    for (const key of ['cost', 'payout', 'netRevenue', 'profit', 'impressions'] as const) expect(Number.isFinite(totals[key])).toBe(true);
  });

  it('refuses a range whose high is more than a million times its low', () => {
    // 1e-7 to 1 spans seven orders of magnitude: σ = ln(10^7)/3.29 = 4.9, whose fourth moment
    // e^(16σ²/2) is 10^83 per creator; 1e-6 to 1 (exactly a million times) is the widest allowed.
    const d = doc();
    d.lineItems[0]!.conversionRate = { low: 1e-7, high: 1 };
    d.lineItems[1]!.conversionRate = { low: 1e-6, high: 1 };
    expect(errorsOfDoc(d)).toEqual(['lineItems[0].conversionRate.low: high must be at most 1000000 times low (got an object)']);
  });

  it('keeps counts within their own, lower caps', () => {
    const d = doc();
    Object.assign(d.lineItems[0]!, { creators: 1e308, posts: 1e12, followers: 1e308 });
    expect(errorsOfDoc(d)).toEqual([
      'lineItems[0].creators: must be between 0 and 1000000 (got 1e+308)',
      'lineItems[0].followers: must be between 0 and 1000000000 (got 1e+308)',
      'lineItems[0].posts: must be between 0 and 10000 (got 1000000000000)',
    ]);
  });
});

describe('meta bounds', () => {
  it('accepts meta nested 20 levels deep and refuses 21', () => {
    expect(errorsOf(withMetaText(nestedObjectText(20)))).toEqual([]);
    expect(errorsOf(withMetaText(nestedObjectText(21)))).toEqual(['meta: nests deeper than 20 levels']);
  });

  it('refuses a meta nested 5,000 levels deep with a message, in objects and in lists', () => {
    expect(errorsOf(withMetaText(nestedObjectText(5000)))).toEqual(['meta: nests deeper than 20 levels']);
    const lists = `{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(errorsOf(withMetaText(lists))).toEqual(['meta: nests deeper than 20 levels']);
  });

  it('names the scenario of a workspace whose meta nests too deeply', () => {
    const workspace = JSON.stringify({ format: 'campaign-roi-workspace', version: 1, scenarios: [doc(), doc()] });
    const text = workspace.replace(/}]}$/, `,"meta":${nestedObjectText(5000)}}]}`);
    expect(errorsOf(text)).toEqual(['scenarios[1].meta: nests deeper than 20 levels']);
  });

  it('accepts meta of exactly 64 kB as JSON text and refuses one byte more', () => {
    // {"note":"…"} is 11 bytes around the text, so 65,525 characters make 65,536 bytes.
    const meta = (chars: number) => ({ note: 'x'.repeat(chars) });
    expect(JSON.stringify(meta(65_525)).length).toBe(64 * 1024);
    expect(errorsOfDoc({ ...doc(), meta: meta(65_525) })).toEqual([]);
    expect(errorsOfDoc({ ...doc(), meta: meta(65_526) })).toEqual(['meta: is larger than 64 kB as JSON text']);
    // "é" takes 2 bytes in UTF-8: 32,763 of them make 65,537 bytes although only 32,774 characters.
    expect(errorsOfDoc({ ...doc(), meta: { note: 'é'.repeat(32_763) } })).toEqual(['meta: is larger than 64 kB as JSON text']);
  });

  it('counts keys, commas, lists, numbers and nesting exactly as JSON text does', () => {
    const keys = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i % 2 === 0 ? 0 : null]));
    const mixed = (pad: number) => ({ tags: ['a', 'b', { deep: [1, 2.5, null, true, -3e-7] }], keys, pad: 'x'.repeat(pad), 'ü"': false });
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    const pad = 64 * 1024 - bytes(mixed(0));
    expect(errorsOfDoc({ ...doc(), meta: mixed(pad) })).toEqual([]);
    expect(errorsOfDoc({ ...doc(), meta: mixed(pad + 1) })).toEqual(['meta: is larger than 64 kB as JSON text']);
  });

  it('stops at the bound however wide the meta', () => {
    // 10,000 entries "k0":0 … "k9999":0: 48,890 key characters plus 20,000 quotes, 10,000 colons,
    // 10,000 zeros, 9,999 commas and two braces make 98,891 bytes, over the bound though each entry is tiny.
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 0]));
    expect(JSON.stringify(wide).length).toBe(98_891);
    expect(errorsOfDoc({ ...doc(), meta: wide })).toEqual(['meta: is larger than 64 kB as JSON text']);
  });

  it('refuses a meta that is no object', () => {
    expect(errorsOfDoc({ ...doc(), meta: [1] })).toEqual(['meta: must be an object (got a list of 1)']);
  });
});

describe('hostile nesting elsewhere', () => {
  it('refuses deep nesting at the top, in an unknown field and in a rate without throwing', () => {
    expect(errorsOf('['.repeat(100_000) + ']'.repeat(100_000))).toEqual(['file: must be a JSON object (a scenario or a workspace) (got a list of 1)']);
    expect(errorsOf(JSON.stringify(doc()).replace(/}$/, `,"extra":${nestedObjectText(5000)}}`))).toEqual(['extra: is not a known field']);
    const deepRate = JSON.stringify(doc()).replace('"clickRate":{"low":0.005,"high":0.025}', `"clickRate":${nestedObjectText(5000)}`);
    expect(errorsOf(deepRate)).toEqual(['lineItems[0].clickRate: must be a number or a range {"low": …, "high": …} (got an object)']);
  });

  it('turns a stack overflow while validating into a refusal', () => {
    const overflowing = (n: number): number => overflowing(n + 1) + 1;
    const hostile = Object.defineProperty({}, 'format', { enumerable: true, get: () => overflowing(0) });
    const r = parseScenarioValue(hostile);
    expect(r.ok ? [] : r.errors.map(formatValidationError)).toEqual(['file: nests too deeply to be read']);
  });
});
