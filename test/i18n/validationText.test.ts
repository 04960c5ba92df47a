import { describe, expect, it } from 'vitest';
import { formatValidationError, parseScenarioText, ruleError, tooLargeError, type ValidationError } from '../../src/engine/parse';
import { RULE_CODES, RULE_TEXT } from '../../src/engine/validationRules';
import { translator } from '../../src/i18n/i18n';
import { validationMessages } from '../../src/i18n/messages/validation';
import { validationMessagesNl } from '../../src/i18n/messages/validation.nl';
import { validationLine } from '../../src/i18n/validationText';
import { readShareLink } from '../../src/io/shareLink';
import { testScenario } from '../cli/testScenario';

const nl = validationMessagesNl as Record<string, string>;
const en = validationMessages.en as Record<string, string>;

/** Files that break as many rules as possible, so every code the parser emits is rendered once. */
function hostileErrors(): ValidationError[] {
  const d = structuredClone(testScenario) as Record<string, unknown> & typeof testScenario;
  const bad = {
    ...d,
    name: '',
    description: 5,
    currency: 'euro',
    colour: 'red',
    economics: { averageOrderValue: -1, grossMargin: 1.5, leadValue: 1e308 },
    overheads: Array.from({ length: 101 }, () => ({ label: 'x'.repeat(201), amount: 1 })),
    timing: { weeks: 2.5 },
    simulation: 'fast',
    meta: { deep: JSON.parse('['.repeat(30) + ']'.repeat(30)) as unknown },
    lineItems: [
      { ...d.lineItems[0]!, id: '', tier: 'giga', creators: '3', reachRate: { low: 0, high: 51 }, clickRate: { low: 0.2, high: 0.1 }, payment: { model: 'hybrid' } },
      { ...d.lineItems[1]!, engagementRate: 'high', payment: { model: 'fixed', giftCost: 3 } },
      { ...d.lineItems[1]!, posts: undefined, label: 'x'.repeat(201) },
      { ...d.lineItems[1]!, id: 'terms', payment: { model: 'fixed', feePerPost: 1, payoutCap: 5, commissionTiers: [{ from: 9, rate: 0.1 }, { from: 9, rate: 0.2 }] } },
    ],
  };
  const errors: ValidationError[] = [];
  const collect = (text: string) => {
    const r = parseScenarioText(text);
    if (!r.ok) errors.push(...r.errors);
  };
  collect(JSON.stringify(bad));
  collect(JSON.stringify({ ...d, lineItems: [d.lineItems[0], d.lineItems[0]], meta: { note: 'x'.repeat(70_000) } }));
  collect(JSON.stringify({ ...d, lineItems: Array.from({ length: 501 }, () => 1) }));
  // Version 2: too many audiences and creator bounds the wrong way round; then, in a file that is
  // otherwise valid (the check runs once the rest passes), a line item naming no audience.
  collect(
    JSON.stringify({
      ...d,
      audiences: Array.from({ length: 51 }, (_, i) => ({ id: `a${i}`, size: 1000 })),
      lineItems: [{ ...d.lineItems[0]!, minCreators: 5, maxCreators: 2 }],
    }),
  );
  collect(JSON.stringify({ ...d, lineItems: [{ ...d.lineItems[0]!, audience: 'x' }] }));
  collect(JSON.stringify({ format: 'campaign-roi-workspace', version: 1, scenarios: [], baselineIndex: 3 }));
  collect(JSON.stringify({ format: 'campaign-roi-workspace', version: 1, scenarios: [d], baselineIndex: 3 }));
  collect(JSON.stringify({ format: 'campaign-roi-workspace', version: 1, scenarios: {} }));
  collect(JSON.stringify({ format: 'campaign-roi-workspace', version: 1, scenarios: [{ ...d, format: 'campaign-roi-workspace' }] }));
  collect(JSON.stringify({ ...d, format: 'campaign-roi-workspace', version: 1 }));
  collect(JSON.stringify({ ...d, version: 7 }));
  collect(JSON.stringify({ ...d, version: 0 }));
  collect(JSON.stringify({ ...d, format: 'x' }));
  collect('[]');
  collect('');
  collect('{"format": ');
  collect('{a}');
  errors.push(tooLargeError(6 * 1024 * 1024), ruleError('', 'tooDeep'), ruleError('', 'notUtf8'), ruleError('', 'noMigration', { version: 1 }, 1));
  errors.push(ruleError('', 'unreadable', { detail: 'NotReadableError' }), ruleError('', 'shareLinkTooLarge', { max: 5 }));
  for (const hash of ['#elsewhere', '#s=damaged']) {
    const r = readShareLink(hash);
    if (!r.ok) errors.push(...r.errors);
  }
  return errors;
}

describe('validation messages', () => {
  it('give every rule code an English and a Dutch text', () => {
    for (const code of RULE_CODES) {
      const key = `validation.rule.${code}`;
      expect(en[key], key).toBe(RULE_TEXT[code]);
      expect(nl[key], key).toMatch(/\S/);
      expect(nl[key], key).not.toBe(en[key]);
    }
  });

  it('carry a code on every error the parser and the share link give, and every code is reached', () => {
    const errors = hostileErrors();
    expect(errors.filter((e) => e.code === undefined).map(formatValidationError)).toEqual([]);
    expect(RULE_CODES.filter((code) => !errors.some((e) => e.code === code))).toEqual([]);
  });

  it('leave no placeholder unfilled in Dutch', () => {
    const t = translator('nl');
    for (const error of hostileErrors()) expect(validationLine(error, t, 'nl')).not.toMatch(/\{\w+\}/);
  });

  it('read in English exactly as the command prints them', () => {
    const t = translator('en');
    for (const error of hostileErrors()) expect(validationLine(error, t, 'en')).toBe(formatValidationError(error));
  });

  it('read in Dutch without English, numbers written the Dutch way', () => {
    const t = translator('nl');
    const line = (e: ValidationError) => validationLine(e, t, 'nl');
    expect(line(ruleError('lineItems[0].payment.feePerPost', 'atMost', { max: 1e12 }, 1e308))).toBe(
      'lineItems[0].payment.feePerPost: mag hoogstens 1.000.000.000.000 zijn (gevonden: 1e+308)',
    );
    expect(line(ruleError('economics.grossMargin', 'between', { min: 0, max: 1 }, 1.5))).toBe('economics.grossMargin: moet tussen 0 en 1 liggen (gevonden: 1,5)');
    expect(line(ruleError('meta', 'metaTooDeep', { max: 20 }))).toBe('meta: is dieper genest dan 20 niveaus');
    expect(line(ruleError('lineItems', 'list', undefined, [1, 2]))).toBe('lineItems: moet een lijst zijn (gevonden: een lijst van 2)');
    expect(line(tooLargeError(6 * 1024 * 1024))).toBe('bestand: is 6,0 MB; bestanden groter dan 5 MB worden geweigerd');
    expect(line({ path: 'economics', rule: 'is required' })).toBe('economics: is verplicht');
    // V8 reports '{a}' as wrong "at position 1", counted from 0: the 'a', the second character.
    const [badJson] = (parseScenarioText('{a}') as { errors: ValidationError[] }).errors;
    expect(line(badJson!)).toBe('bestand: is geen geldige JSON (fout bij teken 2)');
    const [cutOff] = (parseScenarioText('{"format": ') as { errors: ValidationError[] }).errors;
    expect(line(cutOff!)).toBe('bestand: is geen geldige JSON (de tekst breekt af of bevat een onverwacht teken)');
    expect(line({ path: '', rule: 'a rule from before codes' })).toBe('bestand: a rule from before codes');
  });
});
