import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText, type ParsedFile } from '../../src/engine/parse';
import { CURRENT_VERSION, WORKSPACE_FORMAT, type Scenario } from '../../src/engine/schema';
import { withoutV2Fields } from '../fixtures/scenario';
import { scenarioInputArbitrary } from './arbitraries';

/**
 * Version 2 only adds optional fields (docs/MODEL.md §3), so a version 1 file opens as version 2
 * with every number it had. test/fixtures/v1/ keeps the examples as they were written in version
 * 1, so that this stays proven after scenarios/ moved on; golden.test.ts pins their numbers to the
 * output of the engine before version 2 existed.
 */

const repo = resolve(import.meta.dirname, '../..');
const v1Dir = join(repo, 'test/fixtures/v1');
const v1Files = readdirSync(v1Dir).filter((f) => f.endsWith('.json')).sort();
const exampleFiles = readdirSync(join(repo, 'scenarios')).filter((f) => f.endsWith('.json')).sort();

/**
 * The examples written for version 3, one per payout term (docs/MODEL.md §10). They cannot be
 * written in an older version, so they have no version 1 twin and no version 2 reading.
 */
const V3_ONLY_EXAMPLES = ['capped-cpa-signups.json', 'fee-plus-bonus-ambassadors.json', 'tiered-commission-affiliates.json'];

type Doc = Record<string, unknown> & { version?: unknown; scenarios?: Record<string, unknown>[] };

const read = (path: string): string => readFileSync(path, 'utf8');
function parsed(text: string): ParsedFile {
  const result = parseScenarioText(text);
  if (!result.ok) throw new Error(`does not validate: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The same document written as version 2: what a version 1 file should become. */
function stampedV2(doc: Doc): Doc {
  const stamped: Doc = { ...doc, version: 2 };
  if (doc.scenarios) stamped.scenarios = doc.scenarios.map((s) => ({ ...s, version: 2 }));
  return stamped;
}

/** What a scenario computes from: everything but its story (description, sources) and the version 2 fields. */
const numbersOf = (s: Scenario) => {
  const { description: _d, meta: _m, ...rest } = withoutV2Fields(s);
  return rest;
};

describe('the examples as written in version 1 (test/fixtures/v1)', () => {
  it('are all there, one per example from before version 3', () => {
    expect(v1Files).toEqual(exampleFiles.filter((f) => !V3_ONLY_EXAMPLES.includes(f)));
  });

  it.each(v1Files)('%s is a version 1 file and loads as version 2', (file) => {
    const doc = JSON.parse(read(join(v1Dir, file))) as Doc;
    expect(doc.version).toBe(1);
    for (const s of doc.scenarios ?? []) expect(s.version).toBe(1);
    const data = parsed(JSON.stringify(doc));
    expect(data.kind).toBe(doc.format === WORKSPACE_FORMAT ? 'workspace' : 'scenario');
    expect(data.scenarios.map((s) => s.version)).toEqual(data.scenarios.map(() => CURRENT_VERSION));
    // Migrating is stamping the version: the scenarios are those of the same file written as version 2.
    expect(data).toEqual(parsed(JSON.stringify(stampedV2(doc))));
  });

  it.each(v1Files)('%s gives the same point, cash flow and Monte Carlo as at version 2', (file) => {
    const doc = JSON.parse(read(join(v1Dir, file))) as Doc;
    const [v1, v2] = [parsed(JSON.stringify(doc)), parsed(JSON.stringify(stampedV2(doc)))];
    v1.scenarios.forEach((scenario, i) => {
      expect(evaluateScenario(scenario, { trials: 500 })).toEqual(evaluateScenario(v2.scenarios[i]!, { trials: 500 }));
    });
  });

  it.each(v1Files)('%s is its example in scenarios/ without the version 2 fields', (file) => {
    const before = parsed(read(join(v1Dir, file)));
    const now = parsed(read(join(repo, 'scenarios', file)));
    expect(now.scenarios.map(numbersOf)).toEqual(before.scenarios.map(numbersOf));
    expect(now.baselineIndex).toBe(before.baselineIndex);
  });
});

/** The same document stamped with another version, its scenarios too. */
function stamped(doc: Doc, version: number): Doc {
  const out: Doc = { ...doc, version };
  if (doc.scenarios) out.scenarios = doc.scenarios.map((s) => ({ ...s, version }));
  return out;
}

/** Whether any payment of the file uses a version 3 term, read from the parsed scenarios rather than the text. */
const usesV3Terms = (file: string): boolean =>
  parsed(read(join(repo, 'scenarios', file))).scenarios.some((s) =>
    s.lineItems.some(({ payment: p }) => (p.commissionTiers?.length ?? 0) > 0 || p.bonus !== undefined || p.payoutCap !== undefined),
  );
// Version 3 only adds optional payment terms (docs/MODEL.md §10): an example that uses none of
// them is a version 2 file as it stands, and must open as version 3 with every number it had.
const v2Examples = exampleFiles.filter((f) => !V3_ONLY_EXAMPLES.includes(f));

describe('the examples written as version 2', () => {
  it('are every example but the version 3 ones, which are exactly those that use its payout terms', () => {
    expect(exampleFiles.filter(usesV3Terms)).toEqual(V3_ONLY_EXAMPLES);
    expect(v2Examples).toEqual(v1Files);
  });

  it.each(v2Examples)('%s loads as version 3 with the same scenario and results', (file) => {
    const doc = JSON.parse(read(join(repo, 'scenarios', file))) as Doc;
    const [v2, v3] = [parsed(JSON.stringify(stamped(doc, 2))), parsed(JSON.stringify(stamped(doc, 3)))];
    expect(v2.scenarios.map((s) => s.version)).toEqual(v2.scenarios.map(() => 3));
    expect(v2).toEqual(v3);
    v2.scenarios.forEach((scenario, i) => {
      expect(evaluateScenario(scenario, { trials: 300 })).toEqual(evaluateScenario(v3.scenarios[i]!, { trials: 300 }));
    });
  });
});

describe('version 1 documents as the tests write them', () => {
  it('open as version 2 with the same scenario, a version 1 workspace of version 1 scenarios too', () => {
    fc.assert(
      fc.property(scenarioInputArbitrary({ maxTrials: 50 }), (input) => {
        const v1 = { ...input, version: 1 };
        const v2 = parsed(JSON.stringify({ ...input, version: 2 }));
        expect(parsed(JSON.stringify(v1))).toEqual(v2);
        const workspace = parsed(JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, scenarios: [v1, v1] }));
        expect(workspace.scenarios).toEqual([v2.scenarios[0], v2.scenarios[0]]);
      }),
      { numRuns: 50 },
    );
  });
});
