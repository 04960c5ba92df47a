import { describe, expect, it } from 'vitest';
import { benchmarkDefaults } from '../../src/engine/defaults';
import { Z95 } from '../../src/engine/distributions';
import { applyRoster, type RosterImport } from '../../src/engine/roster/applyRoster';
import { englishNotice, formatCsvProblem } from '../../src/engine/roster/csvRules';
import { importSourceOf } from '../../src/engine/roster/sources';
import type { RosterRow } from '../../src/engine/roster/types';
import { scenarioSchema, type LineItem, type RateRange, type Scenario } from '../../src/engine/schema';
import { emptyScenario } from '../../src/engine/starter';

/**
 * A creator list to line items (docs/MODEL.md §9), by hand. Micro Instagram's benchmark engagement
 * range is {0.008, 0.035}, so a given median m becomes {m · √(0.008/0.035), m · √(0.035/0.008)}:
 * the range keeps the benchmark's σ = ln(0.035/0.008) / (2 · 1.6448536) = 0.4486437.
 */

let nextRow = 2;
const row = (fields: Partial<RosterRow>): RosterRow => ({ row: nextRow++, name: 'Anna', platform: 'instagram', followers: 20_000, ...fields });

function imported(result: RosterImport): Extract<RosterImport, { ok: true }> {
  if (!result.ok) throw new Error(formatCsvProblem(result.error));
  expect(scenarioSchema.safeParse(result.scenario).success).toBe(true);
  return result;
}
const added = (result: Extract<RosterImport, { ok: true }>, before = 0): LineItem[] => result.scenario.lineItems.slice(before);
const perCreator = (rows: RosterRow[], scenario: Scenario = emptyScenario('S')) => imported(applyRoster(scenario, rows, { grouped: false, file: 'list.csv' }));
const grouped = (rows: RosterRow[], scenario: Scenario = emptyScenario('S')) => imported(applyRoster(scenario, rows, { grouped: true, file: 'list.csv' }));

describe('one line item per creator', () => {
  it('keeps a given rate’s median with the benchmark’s spread, and takes the benchmark for the rest', () => {
    const [item] = added(perCreator([row({ name: 'Anna de Vries', followers: 12_500, engagementRate: 0.035, feePerPost: 250 })]));
    const d = benchmarkDefaults('micro', 'instagram');
    expect(item).toMatchObject({ id: 'anna-de-vries', label: 'Anna de Vries', tier: 'micro', platform: 'instagram', creators: 1, followers: 12_500, posts: 1, leadRate: 0 });
    const er = item?.engagementRate as RateRange;
    // 0.035 · √(0.008/0.035) = √(0.035 · 0.008) = 0.0167332; 0.035 · √(0.035/0.008) = 0.0732078
    expect(er.low).toBeCloseTo(0.0167332, 7);
    expect(er.high).toBeCloseTo(0.0732078, 7);
    expect(Math.sqrt(er.low * er.high)).toBeCloseTo(0.035, 12);
    expect(item?.reachRate).toEqual(d.reachRate.value);
    expect(item?.clickRate).toEqual(d.clickRate.value);
    expect(item?.conversionRate).toEqual(d.conversionRate.value);
  });

  it('caps a range at the rate’s bound, and reads a reach rate above 1 as it is', () => {
    const [item] = added(perCreator([row({ engagementRate: 0.9, reachRate: 2.5 })]));
    expect((item?.engagementRate as RateRange).high).toBe(1);
    // Reach's benchmark {0.1, 0.3}: 2.5 · √(0.1/0.3) = 1.4434, 2.5 · √3 = 4.3301.
    expect((item?.reachRate as RateRange).low).toBeCloseTo(1.4433757, 6);
    expect((item?.reachRate as RateRange).high).toBeCloseTo(4.3301270, 6);
  });

  it('derives the tier from followers with the scenario’s convention unless the row gives one', () => {
    const rows = [row({ followers: 5000 }), row({ followers: 5000, tier: 'macro' })];
    expect(added(perCreator(rows)).map((i) => i.tier)).toEqual(['nano', 'macro']);
    const agency = { ...emptyScenario('S'), meta: { tierConvention: 'agency' } };
    expect(added(perCreator(rows, agency)).map((i) => i.tier)).toEqual(['micro', 'macro']);
  });

  it('follows the payment model from the fields that have a value', () => {
    const rows = [
      row({ feePerPost: 250 }),
      row({ giftCost: 30 }),
      row({ commissionRate: 0.1 }),
      row({ amountPerAction: 5 }),
      row({ feePerPost: 0, commissionRate: 0.15 }),
      row({ giftCost: 25, amountPerAction: 4, commissionRate: 0.05 }),
      row({}),
    ];
    expect(added(perCreator(rows)).map((i) => i.payment)).toEqual([
      { model: 'fixed', feePerPost: 250 },
      { model: 'gifting', giftCost: 30 },
      { model: 'cps', commissionRate: 0.1 },
      { model: 'cpa', amountPerAction: 5 },
      { model: 'hybrid', feePerPost: 0, commissionRate: 0.15 },
      { model: 'hybrid', giftCost: 25, commissionRate: 0.05, amountPerAction: 4 },
      // None: a fixed fee at the cell's typical fee (micro Instagram: 210).
      { model: 'fixed', feePerPost: benchmarkDefaults('micro', 'instagram').feePerPost.value.typical },
    ]);
  });

  it('pays two fixed parts, or two performance parts, as a hybrid with the missing part at 0, and says so', () => {
    const result = perCreator([row({ name: 'Fee and gift', feePerPost: 100, giftCost: 20 }), row({ name: 'Two shares', commissionRate: 0.1, amountPerAction: 3 })]);
    expect(added(result).map((i) => i.payment)).toEqual([
      { model: 'hybrid', feePerPost: 100, giftCost: 20, commissionRate: 0 },
      { model: 'hybrid', commissionRate: 0.1, amountPerAction: 3, feePerPost: 0 },
    ]);
    expect(result.notices.map(englishNotice)).toEqual([
      'a fee and a gift with no performance part are paid as hybrid with a 0% commission: Fee and gift',
      'a commission and an amount per action with no fixed part are paid as hybrid with a fee of 0: Two shares',
    ]);
  });

  it('makes ids from names, unique against each other and the scenario’s line items', () => {
    const scenario = { ...emptyScenario('S'), lineItems: [{ ...added(perCreator([row({ name: 'Anna' })]))[0]!, id: 'anna' }] };
    const names = ['Anna', 'anna', 'Zoë Çelik', '🎉', 'x'.repeat(200), '=HYPERLINK("x")'];
    const result = perCreator(names.map((name) => row({ name })), scenario);
    expect(added(result, 1).map((i) => i.id)).toEqual(['anna-2', 'anna-3', 'zoe-celik', 'creator', 'x'.repeat(58), 'hyperlink-x']);
    // Labels are the names as written: text, escaped by the CSV writer if ever exported.
    expect(added(result, 1).map((i) => i.label)).toEqual(names);
  });

  it('keeps the row each line item came from, and leaves the scenario given untouched', () => {
    const scenario = emptyScenario('S');
    const result = perCreator([row({ row: 7, name: 'Anna' })], scenario);
    expect(importSourceOf(result.scenario, 'anna')).toEqual({ file: 'list.csv', row: 7 });
    expect(importSourceOf(result.scenario, 'nobody')).toBeNull();
    expect(scenario.lineItems).toEqual([]);
    expect(scenario.meta).toBeUndefined();
  });

  it('refuses a list that would pass 500 line items, and suggests grouping', () => {
    const rows = Array.from({ length: 501 }, (_, i) => row({ name: `Creator ${i}` }));
    const result = applyRoster(emptyScenario('S'), rows, { grouped: false, file: 'list.csv' });
    expect(result.ok ? null : formatCsvProblem(result.error)).toBe('file: would make 501 line items; a scenario holds at most 500 (import the list grouped)');
    expect(applyRoster(emptyScenario('S'), rows, { grouped: true, file: 'list.csv' }).ok).toBe(true);
  });
});

describe('one line item per tier × platform × audience', () => {
  it('takes medians, means and the fee rule of docs/MODEL.md §9', () => {
    const rows = [
      row({ name: 'A', followers: 10_000, posts: 1, feePerPost: 100, engagementRate: 0.02, commissionRate: 0.1 }),
      row({ name: 'B', followers: 20_000, posts: 2, feePerPost: 300, giftCost: 30, engagementRate: 0.08 }),
      row({ name: 'C', followers: 40_001, posts: 2, giftCost: 60 }),
    ];
    const [item, ...rest] = added(grouped(rows));
    expect(rest).toEqual([]);
    // creators 3; followers the median 20,000; posts the mean 5/3 = 1.67, rounded to 2.
    expect(item).toMatchObject({ id: 'micro-instagram', label: 'Micro creators on Instagram', tier: 'micro', platform: 'instagram', creators: 3, followers: 20_000, posts: 2 });
    // Fixed fees equal the rows': 100 · 1 + 300 · 2 = 700 = fee · 3 creators · 2 posts, so fee = 116.67.
    // The gift is the mean of the rows that give one, (30 + 60)/2 = 45; commission the mean of A's alone.
    expect(item?.payment).toEqual({ model: 'hybrid', feePerPost: 700 / 6, giftCost: 45, commissionRate: 0.1 });
    // Engagement: the geometric mean √(0.02 · 0.08) = 0.04; the logs' population sd is ln(4)/2 = 0.6931,
    // larger than the benchmark's 0.4486, so σ = 0.6931: 0.04 · e^(∓1.6448536 · 0.6931) = 0.0127912, 0.1250865.
    const er = item?.engagementRate as RateRange;
    expect(er.low).toBeCloseTo(0.0127912, 7);
    expect(er.high).toBeCloseTo(0.1250865, 7);
    expect(item?.reachRate).toEqual(benchmarkDefaults('micro', 'instagram').reachRate.value);
  });

  it('uses the benchmark σ where the rows agree or there is one, and rounds halves up', () => {
    const rows = [row({ followers: 10_000, posts: 1, engagementRate: 0.03 }), row({ followers: 10_001, posts: 2, engagementRate: 0.03 })];
    const [item] = added(grouped(rows));
    // Median followers 10,000.5 → 10,001; mean posts 1.5 → 2.
    expect(item).toMatchObject({ followers: 10_001, posts: 2 });
    const er = item?.engagementRate as RateRange;
    expect(Math.log(er.high / er.low) / (2 * Z95)).toBeCloseTo(Math.log(0.035 / 0.008) / (2 * Z95), 10);
    // A group whose rows all post 0 times still posts at least once.
    expect(added(grouped([row({ posts: 0 })]))[0]?.posts).toBe(1);
  });

  it('splits by tier, platform and audience, and follows the model from any row’s fields', () => {
    const rows = [
      row({ name: 'A', platform: 'tiktok', feePerPost: 200 }),
      row({ name: 'B', platform: 'tiktok', commissionRate: 0.1 }),
      row({ name: 'C', platform: 'tiktok', followers: 500_000 }),
      row({ name: 'D', platform: 'instagram', audience: 'NL beauty' }),
      row({ name: 'E', platform: 'instagram', audience: ' nl  BEAUTY' }),
    ];
    const result = grouped(rows);
    expect(added(result).map((i) => [i.id, i.creators, i.payment.model, i.audience])).toEqual([
      ['micro-tiktok', 2, 'hybrid', undefined],
      ['macro-tiktok', 1, 'fixed', undefined],
      ['micro-instagram-nl-beauty', 2, 'fixed', 'nl-beauty'],
    ]);
    // The fee rule spreads A's 200 over both creators: 200 · 1 / (2 · 1) = 100.
    expect(added(result)[0]?.payment).toEqual({ model: 'hybrid', feePerPost: 100, commissionRate: 0.1 });
    expect(added(result)[2]?.label).toBe('Micro creators on Instagram (NL beauty)');
    expect(importSourceOf(result.scenario, 'micro-tiktok')).toEqual({ file: 'list.csv', creators: 2 });
  });
});

describe('audiences of a creator list', () => {
  it('creates a missing audience with 10 × its creators’ followers, and says it is a placeholder', () => {
    const result = perCreator([row({ audience: 'NL beauty', followers: 12_500 }), row({ audience: 'nl beauty', followers: 45_000 }), row({})]);
    expect(result.scenario.audiences).toEqual([{ id: 'nl-beauty', label: 'NL beauty', size: 575_000 }]);
    expect(result.createdAudiences).toEqual(result.scenario.audiences);
    expect(added(result).map((i) => i.audience)).toEqual(['nl-beauty', 'nl-beauty', undefined]);
    expect(result.notices.map(englishNotice)).toEqual([
      'audience "NL beauty" was created with a size of 575000 people (10 × its creators\' followers), a placeholder: correct it',
    ]);
  });

  it('reuses an audience named by its id or its label', () => {
    const scenario: Scenario = { ...emptyScenario('S'), audiences: [{ id: 'be-food', label: 'Belgian foodies', size: 2_000_000 }] };
    const result = perCreator([row({ audience: 'be-food' }), row({ audience: 'belgian FOODIES' })], scenario);
    expect(result.scenario.audiences).toEqual(scenario.audiences);
    expect(added(result).map((i) => i.audience)).toEqual(['be-food', 'be-food']);
    expect(result.notices).toEqual([]);
  });

  it('creates at most 50 audiences; the creators of any more come without one', () => {
    const audiences = Array.from({ length: 49 }, (_, i) => ({ id: `a${i}`, size: 1000 }));
    const result = perCreator([row({ audience: 'one more' }), row({ audience: 'too many' })], { ...emptyScenario('S'), audiences });
    expect(result.scenario.audiences).toHaveLength(50);
    expect(added(result).map((i) => i.audience)).toEqual(['one-more', undefined]);
    expect(result.notices.map(englishNotice)[1]).toBe(
      'audience "too many" was not created (a scenario holds at most 50 audiences); its creators were imported without an audience',
    );
  });
});

describe('where imports are recorded', () => {
  it('drops the record when the scenario’s meta has no room for it, and says so', () => {
    const full = { ...emptyScenario('S'), meta: { notes: 'x'.repeat(64 * 1024 - 40) } };
    const result = perCreator([row({ name: 'Anna' })], full);
    expect(result.scenario.meta).toEqual(full.meta);
    expect(importSourceOf(result.scenario, 'anna')).toBeNull();
    expect(result.notices.map(englishNotice)).toEqual(['the scenario\'s notes (meta) are full, so where the imported values came from is not kept with them']);
  });
});
