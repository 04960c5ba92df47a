import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateParsed } from '../../src/cli/run';
import { formatValidationError, parseScenarioText, type ParsedFile } from '../../src/engine/parse';

/**
 * Pins the `simulate` JSON output of every example in scenarios/ at the file's own trials and
 * seed. A change in the engine's numbers shows up here as a diff to review: when it is meant,
 * rewrite the goldens with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`.
 */

const repo = resolve(import.meta.dirname, '../..');
const scenarioDir = join(repo, 'scenarios');
const goldenDir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const exampleFiles = readdirSync(scenarioDir).filter((f) => f.endsWith('.json')).sort();

function parseExample(file: string): ParsedFile {
  const parsed = parseScenarioText(readFileSync(join(scenarioDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid:\n${parsed.errors.map(formatValidationError).join('\n')}`);
  return parsed.data;
}

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
    const name = basename(file, '.json');
    const goldenPath = join(goldenDir, `${name}.json`);
    const changedPath = join(goldenDir, `${name}-changed.json`);
    const actual = simulateParsed(parseExample(file), { format: 'json' });
    if (update) {
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
  });
});
