import { describe, expect, it } from 'vitest';
import { applyRoster } from '../../src/engine/roster/applyRoster';
import { calibrate } from '../../src/engine/roster/calibration';
import { CSV_NOTICE_CODES, CSV_RULE_CODES, csvProblem, englishNotice, formatCsvProblem, type CsvNotice, type CsvProblem } from '../../src/engine/roster/csvRules';
import { emptyScenario } from '../../src/engine/starter';
import { csvNoticeText, csvProblemLine } from '../../src/i18n/csvText';
import { translator } from '../../src/i18n/i18n';
import { csvMessages } from '../../src/i18n/messages/csv';
import { csvMessagesNl } from '../../src/i18n/messages/csv.nl';
import { readCsv, type CsvRead } from '../../src/io/csv/readCsv';
import { readCsvInput } from '../../src/io/csv/readCsvInput';
import { englishWords } from '../e2e/englishWords';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

const en = csvMessages.en as Record<string, string>;
const nl = csvMessagesNl as Record<string, string>;

/** Files that break every rule and raise every notice the CSV imports know. */
function hostile(): { problems: CsvProblem[]; notices: CsvNotice[] } {
  const problems: CsvProblem[] = [];
  const notices: CsvNotice[] = [];
  const collect = <R extends CsvRead>(r: R): R => {
    problems.push(...r.rejected.flatMap((x) => x.problems), ...r.errors);
    notices.push(...r.notices);
    return r;
  };
  const list = collect(
    readCsv(
      'name,platform,followers,tier,posts,engagementRate,feePerPost,giftCost,commissionRate,amountPerAction,audience,Notes,volgers\n' +
        'A,ig,100,,,0.03,100,20,,,NL,,\nB,ig,100,,,3,,,0.1,2,,,\n,xx,1.5,giga,-1,200%,1e13,,,,,,\n' +
        `${'x'.repeat(201)},ig,1,,10001,,,,,,,,\nA,ig,1,micro,2,0.03,1,1,1,1,1,1,1,extra\n"B"x,ig,1\n"C",ig,1\n"open,ig,1\n`,
      'roster',
    ),
  );
  const imported = applyRoster({ ...emptyScenario('S'), audiences: Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, size: 1 })) }, list.rows, { grouped: false, file: 'f' });
  if (imported.ok) notices.push(...imported.notices);
  const audienceMade = applyRoster(emptyScenario('S'), list.rows, { grouped: false, file: 'f' });
  if (audienceMade.ok) notices.push(...audienceMade.notices);
  const full = applyRoster({ ...emptyScenario('S'), meta: { x: 'x'.repeat(65_500) } }, list.rows, { grouped: false, file: 'f' });
  if (full.ok) notices.push(...full.notices);
  const many = applyRoster(emptyScenario('S'), Array.from({ length: 501 }, (_, i) => ({ row: i + 2, name: `c${i}`, platform: 'instagram' as const, followers: 1 })), { grouped: false, file: 'f' });
  if (!many.ok) problems.push(many.error);
  const results = collect(readCsv('platform,followers,tier,posts,clicks,orders\nig,20000,,1,10,20\nyt,5000,,1,10,1\ntt,,,1,1,1\n', 'results'));
  notices.push(...calibrate(buildScenario({ lineItems: [lineItemInput()] }), results.rows, { followers: true, impressions: false, clicks: true, orders: true, leads: false }).notices);
  for (const text of ['', 'name,platform,followers\nA,xx,12k\n', 'name,platform\nA,ig\n', 'name,platform,followers\n', `name,platform,followers\n${'a,ig,1\n'.repeat(20_001)}`, `name,platform,followers\n"${'x'.repeat(5.1 * 1024 * 1024)}"`]) collect(readCsv(text, 'roster'));
  problems.push(...readCsvInput(new Uint8Array([0xff, 0xfe, 0x00]).buffer, 'roster').errors);
  return { problems, notices };
}

describe('CSV messages', () => {
  it('give every CSV rule and notice an English text equal to the engine’s and a Dutch one', () => {
    for (const key of [...CSV_RULE_CODES.map((c) => `csv.rule.${c}`), ...CSV_NOTICE_CODES.map((c) => `csv.notice.${c}`)]) {
      expect(en[key], key).toMatch(/\S/);
      expect(nl[key], key).toMatch(/\S/);
      expect(nl[key], key).not.toBe(en[key]);
    }
  });

  it('are all reached by hostile files, and read in English exactly as the commands print them', () => {
    const { problems, notices } = hostile();
    expect(CSV_RULE_CODES.filter((code) => !problems.some((p) => p.code === code))).toEqual([]);
    expect(CSV_NOTICE_CODES.filter((code) => !notices.some((n) => n.code === code))).toEqual([]);
    const t = translator('en');
    for (const p of problems) expect(csvProblemLine(p, t, 'en')).toBe(formatCsvProblem(p));
    for (const n of notices) expect(csvNoticeText(n, t, 'en')).toBe(englishNotice(n));
  });

  it('read in Dutch without English words or empty placeholders, numbers written the Dutch way', () => {
    const { problems, notices } = hostile();
    const t = translator('nl');
    const lines = [...problems.map((p) => csvProblemLine(p, t, 'nl')), ...notices.map((n) => csvNoticeText(n, t, 'nl'))];
    for (const line of lines) expect(line).not.toMatch(/\{\w+\}/);
    // The cells quoted from the file ("facebook", "x…") are the planner's own words, not the app's.
    expect(englishWords(lines.map((l) => l.replace(/"[^"]*"/g, '')))).toEqual([]);
    expect(csvProblemLine(csvProblem(12345, 'Volgers', 'atMost', { max: 1e9 }, '2000000000'), t, 'nl')).toBe(
      'rij 12345, kolom Volgers: mag hoogstens 1.000.000.000 zijn (gevonden: "2000000000")',
    );
    expect(csvProblemLine(csvProblem(3, 'volgers', 'csvNumber', { example: '1.234,5' }, '0.035'), t, 'nl')).toBe(
      'rij 3, kolom volgers: moet een getal zijn, geschreven als 1.234,5 (gevonden: "0.035")',
    );
    expect(csvNoticeText({ code: 'numeratorAboveDenominator', params: { row: 9, numerator: 'orders', x: 12, denominator: 'clicks', d: 10, rate: 'conversionRate' } }, t, 'nl')).toBe(
      'rij 9: meer bestellingen dan kliks (12 > 10); de rij telt niet mee voor conversieratio',
    );
    expect(csvNoticeText({ code: 'audienceCreated', params: { audience: 'NL beauty', size: 575_000 } }, t, 'nl')).toBe(
      'doelgroep "NL beauty" is aangemaakt met een omvang van 575.000 mensen (10 × de volgers van haar creators), een voorlopige waarde: pas die aan',
    );
  });
});
