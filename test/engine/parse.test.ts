import { describe, expect, it } from 'vitest';
import { formatValidationError, migrate, parseScenarioText, type Migration } from '../../src/engine/parse';

const minimal = {
  format: 'campaign-roi-scenario',
  version: 1,
  name: 'Minimal',
  currency: 'EUR',
  economics: { averageOrderValue: 60, grossMargin: 0.5 },
  lineItems: [
    {
      id: 'a',
      tier: 'micro',
      platform: 'tiktok',
      creators: 2,
      followers: 10000,
      posts: 1,
      reachRate: 0.2,
      engagementRate: 0.05,
      clickRate: 0.01,
      conversionRate: 0.02,
      payment: { model: 'fixed', feePerPost: 100 },
    },
  ],
};

const errorsOf = (doc: unknown) => {
  const r = parseScenarioText(JSON.stringify(doc));
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatValidationError);
};

describe('parseScenarioText', () => {
  it('accepts a minimal scenario and fills the documented defaults', () => {
    const r = parseScenarioText(JSON.stringify(minimal));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.data.scenarios[0]!;
    expect(s.economics).toEqual({
      averageOrderValue: 60, grossMargin: 0.5, discountRate: 0, returnRate: 0, leadValue: 0, trackedShare: 1, mediaValueCpm: 0,
    });
    expect(s.timing).toEqual({ weeks: 8, payoutDelayWeeks: 4 });
    expect(s.simulation).toEqual({ trials: 10000, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 });
    expect(s.lineItems[0]!.leadRate).toBe(0);
  });

  it('names path, rule and value for every error at once', () => {
    const bad = structuredClone(minimal) as Record<string, unknown> & typeof minimal;
    bad.economics.grossMargin = 1.5;
    (bad.lineItems[0] as Record<string, unknown>).payment = { model: 'cps', commissionRate: 1.5 };
    (bad.lineItems[0] as Record<string, unknown>).colour = 'red';
    expect(errorsOf(bad)).toEqual([
      'economics.grossMargin: must be between 0 and 1 (got 1.5)',
      'lineItems[0].payment.commissionRate: must be between 0 and 1 (got 1.5)',
      'lineItems[0].colour: is not a known field',
    ]);
  });

  it('refuses a field of another payment model and an incomplete hybrid', () => {
    const bad = structuredClone(minimal);
    (bad.lineItems[0] as Record<string, unknown>).payment = { model: 'fixed', feePerPost: 100, commissionRate: 0.1 };
    expect(errorsOf(bad)).toEqual(['lineItems[0].payment.commissionRate: is not allowed for model "fixed" (got 0.1)']);
    (bad.lineItems[0] as Record<string, unknown>).payment = { model: 'hybrid', commissionRate: 0.1 };
    expect(errorsOf(bad)).toEqual(['lineItems[0].payment: hybrid needs a fixed part (feePerPost or giftCost) (got an object)']);
  });

  it('refuses ranges with low above high or outside the rate bounds', () => {
    const bad = structuredClone(minimal);
    (bad.lineItems[0] as Record<string, unknown>).clickRate = { low: 0.05, high: 0.01 };
    (bad.lineItems[0] as Record<string, unknown>).reachRate = 51;
    expect(errorsOf(bad)).toEqual([
      'lineItems[0].reachRate: must be between 0 and 50 (got 51)',
      'lineItems[0].clickRate.low: low must not exceed high (got an object)',
    ]);
  });

  it('refuses duplicate line item ids', () => {
    const bad = structuredClone(minimal);
    bad.lineItems.push({ ...bad.lineItems[0]! });
    expect(errorsOf(bad)).toEqual(['lineItems[1].id: must be unique (got "a")']);
  });

  it('refuses malformed JSON, empty text, a non-object, an unknown format and oversized text', () => {
    expect(errorsOf2('{"format": ')).toMatch(/^file: is not valid JSON/);
    expect(errorsOf2('   ')).toBe('file: is empty');
    expect(errorsOf2('[1,2]')).toBe('file: must be a JSON object (a scenario or a workspace) (got a list of 2)');
    expect(errorsOf2('{"format":"x"}')).toBe('format: must be "campaign-roi-scenario" or "campaign-roi-workspace" (got "x")');
    const huge = JSON.stringify({ ...minimal, description: 'x'.repeat(5 * 1024 * 1024) });
    expect(errorsOf2(huge)).toBe('file: is 5.0 MB; files larger than 5 MB are refused');
  });

  it('refuses files from a later version with a clear message', () => {
    expect(errorsOf({ ...minimal, version: 4 })[0]).toMatch(/^version: this file was made by a newer version of the app \(format version 4; this app reads up to 3/);
  });
});

function errorsOf2(text: string): string {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatValidationError).join('\n');
}

describe('migrate', () => {
  it('runs each step from the file version up to the current one', () => {
    // A hypothetical version 0 renamed a field; the step table is the hook future versions use.
    const steps: Record<number, Migration> = { 0: (d) => ({ ...d, name: String(d.title) }) };
    expect(migrate({ version: 0, title: 'Old' }, steps)).toEqual({ ok: false, errors: [{ path: 'version', rule: 'must be a whole number from 1 to 3', code: 'versionRange', params: { max: 3 }, value: 0 }] });
    // A table without the step from version 1 cannot bring a version 1 file up to date.
    expect(migrate({ version: 1, name: 'Same' }, steps)).toEqual({ ok: false, errors: [{ path: 'version', rule: 'no migration from version 1', code: 'noMigration', params: { version: 1 }, value: 1 }] });
  });

  it('lifts version 1 and 2 documents to version 3 unchanged but for their version', () => {
    expect(migrate({ version: 1, name: 'Same', lineItems: [] })).toEqual({ ok: true, doc: { version: 3, name: 'Same', lineItems: [] } });
    expect(migrate({ version: 2, name: 'Same' })).toEqual({ ok: true, doc: { version: 3, name: 'Same' } });
    expect(migrate({ version: 3, name: 'Same' })).toEqual({ ok: true, doc: { version: 3, name: 'Same' } });
  });
});
