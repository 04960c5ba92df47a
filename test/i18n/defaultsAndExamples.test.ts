import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkDefaults } from '../../src/engine/defaults';
import { parseScenarioText } from '../../src/engine/parse';
import { PLATFORMS, scenarioSchema, TIERS } from '../../src/engine/schema';
import { TIER_CONVENTIONS } from '../../src/engine/tiers';
import { translator } from '../../src/i18n/i18n';
import { benchmarkMessages } from '../../src/i18n/messages/benchmarks';
import { benchmarkMessagesNl } from '../../src/i18n/messages/benchmarks.nl';
import { EXAMPLE_TEXT_NL } from '../../src/i18n/messages/examples';
import { loadExampleTexts, localizeExampleFile } from '../../src/io/localizeExample';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every benchmark note has an English and a Dutch text', () => {
  const cells = TIER_CONVENTIONS.flatMap((convention) => TIERS.flatMap((tier) => PLATFORMS.map((platform) => benchmarkDefaults(tier, platform, convention))));
  const parts = cells.flatMap((d) => [d.followers, d.reachRate, d.engagementRate, d.clickRate, d.conversionRate, d.feePerPost].flatMap((f) => f.note));

  it('for each part a default uses, with exactly the numbers the text quotes', () => {
    expect(parts.length).toBeGreaterThan(100);
    for (const part of parts) {
      const vars = Object.keys(part.vars ?? {}).sort();
      for (const lang of ['en', 'nl'] as const) {
        const text: string | undefined = (lang === 'en' ? benchmarkMessages.en : benchmarkMessagesNl)[part.key];
        expect(text, `${lang} ${part.key}`).toBeTruthy();
        expect(placeholders(text ?? ''), `${lang} ${part.key}`).toEqual(vars);
      }
    }
  });

  it('and no key goes unused', () => {
    const used = new Set(parts.map((p) => p.key));
    expect(Object.keys(benchmarkMessages.en).filter((key) => !used.has(key as never))).toEqual([]);
  });

  it('reads in Dutch with Dutch numbers', () => {
    const fee = benchmarkDefaults('micro', 'tiktok').feePerPost.note;
    const nl = translator('nl');
    // Micro · TikTok views per post: 30,000 × √(0.1 · 0.5) = 6,708 (see test/engine/defaults.test.ts).
    const cpm = fee.find((p) => p.key === 'benchmark.fee.cpm.tiktok');
    expect(cpm?.vars).toEqual({ cpmLow: 8, cpmHigh: 18, views: 6_708, implied: 80 });
    expect(nl('benchmark.fee.cpm.tiktok', { ...cpm?.vars, views: '6.708' })).toBe('influencer-CPM’s van $8–18 (Influencerradar) over 6.708 gebruikelijke weergaven geven $80.');
  });
});

describe('every example has a Dutch name and description', () => {
  const dir = resolve(import.meta.dirname, '../../scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  // The app loads these texts with the Examples menu; a test of them loads them the same way.
  beforeAll(loadExampleTexts);

  it('one per scenario of each file, and none for a file that is gone', () => {
    expect(Object.keys(EXAMPLE_TEXT_NL).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
  });

  it.each(files)('%s opens in Dutch as a valid scenario', (file) => {
    const parsed = parseScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not validate`);
    const id = file.replace(/\.json$/, '');
    const dutch = localizeExampleFile(id, parsed.data, 'nl');
    expect(dutch.scenarios).toHaveLength(parsed.data.scenarios.length);
    dutch.scenarios.forEach((scenario, i) => {
      const english = parsed.data.scenarios[i];
      expect(scenario.name).not.toBe(english?.name);
      expect(scenario.description).not.toBe(english?.description);
      // Only the words change: every number and every id stays the file's.
      const withoutLabels = (items: readonly { label?: string | undefined }[] = []) => items.map(({ label: _label, ...rest }) => rest);
      const numbersOf = (s: typeof scenario | undefined) =>
        s && { ...s, name: '', description: '', lineItems: withoutLabels(s.lineItems), overheads: withoutLabels(s.overheads), audiences: withoutLabels(s.audiences) };
      expect(numbersOf(scenario)).toEqual(numbersOf(english));
      for (const audience of scenario.audiences ?? []) expect(audience.label).not.toBe(english?.audiences?.find((a) => a.id === audience.id)?.label);
      expect(scenario.lineItems.map((item) => item.label)).not.toEqual(english?.lineItems.map((item) => item.label));
      expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    });
    expect(localizeExampleFile(id, parsed.data, 'en')).toBe(parsed.data);
  });
});
