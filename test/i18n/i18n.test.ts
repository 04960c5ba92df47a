import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../src/i18n/format';
import { translator } from '../../src/i18n/i18n';
import { MESSAGE_PACKS, type MessageKey } from '../../src/i18n/messages';

describe('formatters', () => {
  const en = makeFormatters('en-GB', 'EUR');
  const nl = makeFormatters('nl-NL', 'EUR');
  it('show a dash for undefined metrics', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(en.money(v)).toBe('—');
      expect(en.percent(v)).toBe('—');
      expect(en.multiple(v)).toBe('—');
      expect(nl.number(v)).toBe('—');
    }
  });
  it('format money and numbers for the locale', () => {
    expect(en.money(1234.5)).toBe('€1,235');
    expect(en.money(12.345)).toBe('€12.35');
    expect(nl.money(1234.5)).toBe('€\u00a01.235');
    expect(en.percent(0.125)).toBe('12.5%');
    expect(nl.percent(0.125)).toBe('12,5%');
    expect(en.multiple(3.2)).toBe('3.20×');
    expect(makeFormatters('en-US', 'USD').money(-2500)).toBe('-\u2060$2,500');
  });
});

const entries = (dictionary: object) => Object.entries(dictionary) as [string, string][];
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message packs', () => {
  it('give Dutch exactly the keys of English', () => {
    for (const pack of MESSAGE_PACKS) expect(Object.keys(pack.nl).sort()).toEqual(Object.keys(pack.en).sort());
  });

  it('never fall back to English in Dutch: every key has a Dutch text of its own, not empty', () => {
    const nl = translator('nl');
    const missing: string[] = [];
    for (const pack of MESSAGE_PACKS) {
      const dutch = pack.nl as Record<string, string>;
      for (const [key] of entries(pack.en)) if (!(key in dutch) || dutch[key]!.trim() === '' || nl(key as MessageKey) !== dutch[key]) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('fill the same placeholders in both languages, so no figure goes missing in translation', () => {
    const mismatched: string[] = [];
    for (const pack of MESSAGE_PACKS) {
      const dutch = pack.nl as Record<string, string>;
      for (const [key, english] of entries(pack.en)) {
        if (placeholders(english).join() !== placeholders(dutch[key] ?? '').join()) mismatched.push(key);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
