import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCalibration } from '../../src/engine/roster/applyCalibration';
import { applyRoster } from '../../src/engine/roster/applyRoster';
import { calibrate } from '../../src/engine/roster/calibration';
import { englishNotice, formatCsvProblem } from '../../src/engine/roster/csvRules';
import { scenarioSchema } from '../../src/engine/schema';
import { emptyScenario } from '../../src/engine/starter';
import type { CsvKind } from '../../src/io/csv/columns';
import { readCsvInput } from '../../src/io/csv/readCsvInput';
import { resultColumnsOf, type CsvRead } from '../../src/io/csv/result';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

/**
 * Whatever bytes arrive, the reader answers with a result and never throws or stalls, and
 * whatever it accepts, the engine turns into a scenario the schema accepts too: the reader is the
 * only gate between a hostile file and the planner's work.
 */

const ROSTER = `name;platform;followers;tier;posts;engagementRate;reachRate;clickRate;conversionRate;feePerPost;giftCost;commissionRate;amountPerAction;audience
Anna de Vries;instagram;12.500;micro;2;3,5%;0,2;1%;2%;250;;10%;;NL beauty
"Bob; ""chef""";tt;45.000;;1;0,04;;;;;30;;2,5;
Cé;yt;800.000;macro;;;;;;1.000;50;;;BE food
`;
const RESULTS = `platform,followers,tier,posts,impressions,clicks,orders,leads
instagram,"12,500",micro,2,4000,60,3,1
tiktok,45000,,1,9000,40,1,
youtube,,macro,1,20000,300,9,0
`;

/** Characters that matter to a CSV reader, so that mutations hit its corner cases often. */
const TRICKY = ['"', ',', ';', '\n', '\r', '%', '€', '.', '-', 'e', '0', '9', ' ', '\uFEFF', '\u0000', 'é', '\uD800', 'sep=;\n'];

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'repeat'; at: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 50 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else {
      const lineStart = out.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = out.indexOf('\n', at);
      const line = out.slice(lineStart, lineEnd === -1 ? out.length : lineEnd + 1);
      out = out.slice(0, lineStart) + line.repeat(m.times) + out.slice(lineStart + line.length);
    }
  }
  return out;
}

/** What every answer must be, and what the engine must make of it. */
function checkResult(r: CsvRead, kind: CsvKind): void {
  expect(r.ok).toBe(r.errors.length === 0 && r.rows.length > 0);
  if (!r.ok) expect(r.rows).toEqual([]);
  for (const row of r.rows) expect(row.row).toBeGreaterThanOrEqual(2);
  for (const rejected of r.rejected) expect(rejected.problems.length).toBeGreaterThan(0);
  // The message quotes the user's own text after "got"; a placeholder or "undefined" typed there is data, not a bug.
  for (const problem of [...r.rejected.flatMap((x) => x.problems), ...r.errors]) {
    expect(formatCsvProblem(problem).replace(/\(got ".*"\)/g, '(got …)')).not.toMatch(/undefined|NaN|\{\w+\}/);
  }
  if (!r.ok) return;
  if (kind === 'roster') {
    for (const grouped of [false, true]) {
      const imported = applyRoster(emptyScenario('Fuzz'), r.rows as never, { grouped, file: 'fuzz.csv' });
      if (imported.ok) expect(scenarioSchema.safeParse(imported.scenario).success).toBe(true);
    }
  } else {
    const scenario = buildScenario({ lineItems: [lineItemInput({ tier: 'micro', platform: 'instagram', reachRate: { low: 0.1, high: 0.3 } })] });
    const applied = applyCalibration(scenario, calibrate(scenario, r.rows as never, resultColumnsOf(r)), 'fuzz.csv');
    expect(scenarioSchema.safeParse(applied.scenario).success).toBe(true);
  }
}

/** Runs the reader and fails if one file takes longer than a hostile file may. */
function timedRead(input: string | ArrayBuffer, kind: CsvKind): CsvRead {
  const start = performance.now();
  const r = readCsvInput(input, kind);
  expect(performance.now() - start).toBeLessThan(2_000);
  return r;
}

describe('the CSV reader under fuzzing', () => {
  it('answers random bytes with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom<CsvKind>('roster', 'results'), (bytes, kind) => {
        checkResult(timedRead(bytes.slice().buffer, kind), kind);
      }),
      { numRuns: 300 },
    );
  });

  it('answers random text with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom<CsvKind>('roster', 'results'), (text, kind) => {
        checkResult(timedRead(text, kind), kind);
        checkResult(timedRead(`name,platform,followers,posts,tier,views\n${text}`, kind), kind);
      }),
      { numRuns: 300 },
    );
  });

  it('answers mutated creator lists and results files, and what it accepts always makes a valid scenario', () => {
    fc.assert(
      fc.property(fc.constantFrom<CsvKind>('roster', 'results'), fc.array(mutation, { minLength: 1, maxLength: 12 }), (kind, mutations) => {
        const text = mutate(kind === 'roster' ? ROSTER : RESULTS, mutations);
        checkResult(timedRead(text, kind), kind);
      }),
      { numRuns: 400 },
    );
  });

  it('reads valid creator lists of random values, and every one becomes a valid scenario', () => {
    const cell = (arb: fc.Arbitrary<string>) => fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: arb, weight: 3 });
    const number = (max: number) => fc.double({ min: 0, max, noNaN: true }).map((x) => String(x));
    const row = fc.tuple(
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/[",\n\r]/.test(s)),
      fc.constantFrom('ig', 'tt', 'yt', 'overig', 'podcast'),
      fc.integer({ min: 0, max: 1e9 }).map(String),
      cell(fc.constantFrom('nano', 'micro', 'macro', 'mega')),
      cell(fc.integer({ min: 0, max: 10_000 }).map(String)),
      cell(number(1)),
      cell(fc.oneof(number(50), number(100).map((x) => `${x}%`))),
      cell(number(1)),
      cell(number(1e12)),
      cell(number(1e12)),
      cell(number(1)),
      cell(number(1e12)),
      cell(fc.constantFrom('NL', 'BE', 'nl ')),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const header = 'name,platform,followers,tier,posts,engagementRate,reachRate,conversionRate,feePerPost,giftCost,commissionRate,amountPerAction,audience';
        const r = timedRead(`${header}\n${rows.map((cells) => cells.join(',')).join('\n')}\n`, 'roster');
        expect(r.rejected.flatMap((x) => x.problems).map(formatCsvProblem)).toEqual([]);
        expect(r.rows).toHaveLength(rows.length);
        checkResult(r, 'roster');
      }),
      { numRuns: 150 },
    );
  });

  it('reads hostile files just under the limits in well under a few seconds each', () => {
    const MB = 1024 * 1024;
    const header = 'name,platform,followers';
    const hostile = {
      quotes: '"'.repeat(4.9 * MB),
      commas: ','.repeat(4.9 * MB),
      wideHeader: `${header},${'x,'.repeat(2 * MB)}\nA,ig,1\n`,
      wideRow: `${header}\nA,ig,1,${'9,'.repeat(2 * MB)}\n`,
      manyRows: `${header}\n${'Anna de Vries,instagram,"12,500"\n'.repeat(20_000)}`,
      oneHugeCell: `${header}\n"${'x\n'.repeat(2 * MB)}",ig,1\n`,
      newlines: '\n'.repeat(4.9 * MB),
    };
    for (const [name, text] of Object.entries(hostile)) {
      const start = performance.now();
      const r = readCsvInput(text, 'roster');
      const ms = performance.now() - start;
      expect(ms, name).toBeLessThan(5_000);
      checkResult(r, 'roster');
      // A million unknown columns are named as a few, not as a notice of megabytes.
      for (const n of r.notices) expect(englishNotice(n).length, name).toBeLessThan(300);
    }
  });
});
