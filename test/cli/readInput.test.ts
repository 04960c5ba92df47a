import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/readInput';
import { MAX_FILE_BYTES } from '../../src/engine/parse';
import { testScenario } from './testScenario';

const dir = mkdtempSync(join(tmpdir(), 'simulate-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readScenarioFile', () => {
  it('reads a valid scenario, with or without a byte-order mark', async () => {
    const plain = await readScenarioFile(write('ok.json', JSON.stringify(testScenario)));
    const bom = await readScenarioFile(write('bom.json', `\uFEFF${JSON.stringify(testScenario)}`));
    expect(plain.ok && plain.data.scenarios[0]?.name).toBe('CLI test');
    expect(bom.ok && bom.data.scenarios[0]?.name).toBe('CLI test');
  });

  it('refuses a missing file and a directory as unreadable (status 2)', async () => {
    const missing = join(dir, 'nope.json');
    expect(await readScenarioFile(missing)).toEqual({
      ok: false, status: 2, lines: [`${missing}: cannot read the file (no such file)`],
    });
    expect(await readScenarioFile(dir)).toEqual({
      ok: false, status: 2, lines: [`${dir}: cannot read the file (is a directory, not a file)`],
    });
  });

  it('refuses a file over 5 MB by its size, before reading it (status 1)', async () => {
    // A sparse file: stat reports its size without the disk or the reader holding 5 MB of zeros.
    const path = write('big.json', '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(await readScenarioFile(path)).toEqual({
      ok: false, status: 1, lines: ['file: is 5.0 MB; files larger than 5 MB are refused'],
    });
  });

  it('accepts a file of exactly 5 MB as far as size goes', async () => {
    const path = write('edge.json', JSON.stringify(testScenario).padEnd(MAX_FILE_BYTES, ' '));
    const result = await readScenarioFile(path);
    expect(result.ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    const result = await readScenarioFile(write('binary.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(result).toEqual({ ok: false, status: 1, lines: ['file: is not UTF-8 text (is it a JSON file?)'] });
  });

  it('lists every validation error, formatted as path: rule (got value)', async () => {
    const doc = structuredClone(testScenario) as Record<string, unknown> & typeof testScenario;
    (doc.lineItems[0] as Record<string, unknown>).creators = 'four';
    (doc.economics as Record<string, unknown>).grossMargin = 1.5;
    const result = await readScenarioFile(write('bad.json', JSON.stringify(doc)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(1);
    expect(result.lines).toEqual(
      expect.arrayContaining([
        'economics.grossMargin: must be between 0 and 1 (got 1.5)',
        'lineItems[0].creators: must be a number (got "four")',
      ]),
    );
    expect(result.lines).toHaveLength(2);
  });
});
