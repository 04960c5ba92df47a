import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { simulateParsed } from '../../src/cli/run';
import { formatValidationError, parseScenarioText, type ParsedFile } from '../../src/engine/parse';

/**
 * Pins the `simulate` JSON output of every example in scenarios/ at the file's own trials and
 * seed. A change in the engine's numbers shows up here as a diff to review: when it is meant,
 * rewrite the goldens with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`.
 *
 * The examples as they were written in version 1 (test/fixtures/v1) are pinned too, so that a
 * version 1 file keeps opening with its numbers after the examples moved on: one that is still
 * its example (version stamp aside) shares the example's golden, one whose example gained version
 * 2 fields keeps the output it had before version 2 in golden/v1/.
 */

const repo = resolve(import.meta.dirname, '../..');
const scenarioDir = join(repo, 'scenarios');
const goldenDir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const v1Dir = join(repo, 'test/fixtures/v1');
const v1GoldenDir = join(goldenDir, 'v1');

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const exampleFiles = jsonFiles(scenarioDir);
const v1Files = jsonFiles(v1Dir);

function parseExample(file: string, dir = scenarioDir): ParsedFile {
  const parsed = parseScenarioText(readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid:\n${parsed.errors.map(formatValidationError).join('\n')}`);
  return parsed.data;
}

/** A version 1 file whose example in scenarios/ is no longer the same scenario (it gained version 2 fields). */
const exampleMovedOn = (file: string) => !isDeepStrictEqual(parseExample(file, v1Dir), parseExample(file));

/** Where two outputs first part, so the failure message alone says what moved. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, i) => text !== got[i]);
  const at = line === -1 ? want.length : line;
  return ` from line ${at + 1} (golden: ${JSON.stringify(want[at]?.trim() ?? '')}, now: ${JSON.stringify(got[at]?.trim() ?? '')})`;
}

describe('example scenarios', () => {
  it('exist', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(exampleFiles)('%s validates', (file) => {
    const parsed = parseScenarioText(readFileSync(join(scenarioDir, file), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors.map(formatValidationError)).toEqual([]);
  });

  it.each(exampleFiles)('%s matches its golden simulate output', (file) => {
    expectGolden(file, simulateParsed(parseExample(file), { format: 'json' }), join(goldenDir, `${basename(file, '.json')}.json`));
  });
});

describe('the examples as written in version 1', () => {
  it.each(v1Files)('%s matches the simulate output it had before version 2', (file) => {
    const name = `${basename(file, '.json')}.json`;
    const golden = exampleMovedOn(file) ? join(v1GoldenDir, name) : join(goldenDir, name);
    expectGolden(`test/fixtures/v1/${file}`, simulateParsed(parseExample(file, v1Dir), { format: 'json' }), golden);
  });

  it('keep a golden of their own exactly when their example has moved on', () => {
    const own = existsSync(v1GoldenDir) ? jsonFiles(v1GoldenDir) : [];
    expect(own).toEqual(v1Files.filter(exampleMovedOn));
  });
});

/**
 * Compares the output with its golden; a mismatch writes the new output beside it as
 * `-changed.json` and fails with where the two first part. UPDATE_GOLDEN=1 rewrites the golden.
 */
function expectGolden(file: string, actual: string, goldenPath: string): void {
  const changedPath = goldenPath.replace(/\.json$/, '-changed.json');
  if (update) {
    mkdirSync(dirname(goldenPath), { recursive: true });
    writeFileSync(goldenPath, actual);
    rmSync(changedPath, { force: true });
    return;
  }
  const expected = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : null;
  if (actual === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  const shown = relative(repo, changedPath);
  const why = expected === null ? 'has no golden yet' : `differs from its golden${firstDifference(expected, actual)}`;
  expect.fail(
    `${file} ${why}; the new output is in ${shown}. Compare them, and if the change is meant, ` +
      'run UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts',
  );
}
