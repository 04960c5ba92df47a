import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, formatValidationError } from '../../src/engine/parse';
import { openFile } from '../../src/io/openFile';
import { entriesToWorkspaceJson, scenarioToJson } from '../../src/io/serialize';
import { defaultScenario } from '../../src/store/defaultWorkspace';

const fileOf = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });

describe('openFile', () => {
  it('opens a valid scenario file', async () => {
    const result = await openFile(fileOf(readFileSync('scenarios/hybrid-micro-tiktok.json', 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.kind).toBe('scenario');
    expect(result.data.scenarios[0]?.name).toBe('Spring launch: micro TikTok hybrid');
  });

  it('lists every error of an invalid file', async () => {
    const doc = JSON.parse(scenarioToJson(defaultScenario()));
    doc.currency = 'euro';
    doc.economics.grossMargin = 1.5;
    doc.lineItems[0].payment.commissionRate = 2;
    doc.colour = 'blue';
    const result = await openFile(fileOf(JSON.stringify(doc)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatValidationError).sort()).toEqual(
      [
        'colour: is not a known field',
        'currency: must be a 3-letter ISO 4217 code such as EUR (got "euro")',
        'economics.grossMargin: must be between 0 and 1 (got 1.5)',
        'lineItems[0].payment.commissionRate: must be between 0 and 1 (got 2)',
      ].sort(),
    );
  });

  it('refuses a file over 5 MB without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    const result = await openFile(huge);
    expect(read).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.rule).toMatch(/larger than 5 MB/);
  });

  it('explains a file that is not JSON', async () => {
    const result = await openFile(fileOf('name,budget\nspring,1000', 'budget.csv'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([
        { path: '', rule: expect.stringMatching(/^is not valid JSON/), code: 'invalidJson', params: { detail: { message: expect.any(String) } } },
      ]);
  });

  it('reports a file that cannot be read', async () => {
    const result = await openFile({ size: 10, text: () => Promise.reject(new Error('permission denied')) });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', rule: 'could not be read (permission denied)', code: 'unreadable', params: { detail: 'permission denied' } }],
    });
  });

  it('round-trips a saved workspace, baseline included', async () => {
    const entries = ['A', 'B', 'C'].map((name, i) => ({ key: `k${i}`, scenario: defaultScenario(name) }));
    const result = await openFile(fileOf(entriesToWorkspaceJson(entries, 'k2')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.kind).toBe('workspace');
    expect(result.data.baselineIndex).toBe(2);
    expect(result.data.scenarios).toEqual(entries.map((e) => e.scenario));
  });

  it('round-trips a saved scenario', async () => {
    const scenario = defaultScenario();
    const result = await openFile(fileOf(scenarioToJson(scenario)));
    expect(result.ok && result.data.scenarios).toEqual([scenario]);
  });
});
