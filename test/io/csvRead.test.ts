import { describe, expect, it } from 'vitest';
import { englishNotice, formatCsvProblem } from '../../src/engine/roster/csvRules';
import { COLUMN_ALIASES, type Column } from '../../src/io/csv/columns';
import { readCsv, MAX_CSV_ROWS, type CsvRead } from '../../src/io/csv/readCsv';
import { readCsvInput } from '../../src/io/csv/readCsvInput';

/** Every refusal of a result as the commands print it. */
const refusals = (r: CsvRead) => [...r.rejected.flatMap((row) => row.problems.map(formatCsvProblem)), ...r.errors.map(formatCsvProblem)];
const notices = (r: CsvRead) => r.notices.map(englishNotice);
const roster = (text: string) => readCsv(text, 'roster');
const results = (text: string) => readCsv(text, 'results');

describe('the CSV reader: dialects', () => {
  it('reads a comma file with a decimal point and quoted thousands commas', () => {
    const r = roster('name,platform,followers,feePerPost,engagementRate\nAnna,instagram,"12,500","1,250.50",0.035\n');
    expect(r.ok).toBe(true);
    expect(r.dialect).toBe('comma');
    expect(r.rows).toEqual([{ row: 2, name: 'Anna', platform: 'instagram', followers: 12500, feePerPost: 1250.5, engagementRate: 0.035 }]);
  });

  it('reads a semicolon file, as a Dutch spreadsheet saves it, with a decimal comma and thousands dots', () => {
    const r = roster('naam;kanaal;volgers;tarief;engagement\nAnna;instagram;12.500;1.250,50;3,5%\nBob;tiktok;1.250.000;400;0,035\n');
    expect(r.dialect).toBe('semicolon');
    expect(r.rows.map((row) => [row.followers, row.feePerPost, row.engagementRate])).toEqual([
      [12500, 1250.5, 0.035],
      [1250000, 400, 0.035],
    ]);
  });

  it('keeps separators, quotes and line breaks inside quoted cells', () => {
    const r = roster('name;platform;followers\n"De Vries; Anna";ig;"1.000"\n"Bob ""The Chef""";tt;2000\n');
    expect(r.rows.map((row) => row.name)).toEqual(['De Vries; Anna', 'Bob "The Chef"']);
    const comma = roster('name,platform,followers\n"Vries, de",ig,"1,000,000"\n');
    expect(comma.rows[0]).toMatchObject({ name: 'Vries, de', followers: 1_000_000 });
  });

  it('refuses thousands separators that are not groups of three, rather than misreading them', () => {
    // "0.035" in a semicolon file would be 35 if dots were dropped blindly; "1,5" in a comma file 15.
    expect(refusals(roster('naam;kanaal;volgers\nA;ig;0.035\n'))).toEqual([
      'row 2, column volgers: must be a number written like 1.234,5 (got "0.035")',
      'file: has no row that can be imported',
    ]);
    expect(refusals(roster('name,platform,followers\nA,ig,"1,5"\n'))[0]).toBe('row 2, column followers: must be a number written like 1,234.5 (got "1,5")');
  });

  it('takes the separator from an Excel "sep=" line, which is not a row of the sheet', () => {
    const r = results('sep=;\nplatform;posts;tier\nig;2;micro\n');
    expect(r.dialect).toBe('semicolon');
    expect(r.rows).toEqual([{ row: 2, platform: 'instagram', posts: 2, tier: 'micro' }]);
  });

  it('reads a file with a byte-order mark, Windows line ends and old Mac line ends alike', () => {
    const text = 'name,platform,followers\nAnna,ig,100\nBob,tt,200\n';
    for (const variant of [`\uFEFF${text}`, text.replaceAll('\n', '\r\n'), text.replaceAll('\n', '\r')]) {
      const r = roster(variant);
      expect(r.rows.map((row) => [row.row, row.name, row.followers])).toEqual([
        [2, 'Anna', 100],
        [3, 'Bob', 200],
      ]);
      expect(r.columns.name).toBe('name');
    }
  });
});

describe('the CSV reader: columns', () => {
  it('matches every English and Dutch alias, ignoring case, spaces, _ and -', () => {
    const values: Record<Column, string> = {
      name: 'Anna', platform: 'ig', followers: '1000', tier: 'micro', posts: '2', engagementRate: '0.03', reachRate: '0.2',
      clickRate: '0.01', conversionRate: '0.02', feePerPost: '100', giftCost: '20', commissionRate: '0.1', amountPerAction: '5',
      audience: 'NL', impressions: '900', clicks: '9', orders: '1', leads: '0',
    };
    for (const [column, aliases] of Object.entries(COLUMN_ALIASES) as [Column, readonly string[]][]) {
      const kind = (['impressions', 'clicks', 'orders', 'leads'] as Column[]).includes(column) ? 'results' : 'roster';
      const base: Record<string, string> = kind === 'roster' ? { name: 'Anna', platform: 'ig', followers: '1000' } : { platform: 'ig', posts: '1', tier: 'micro' };
      const spellings = [column.replace(/([A-Z])/g, '_$1').toUpperCase(), ...aliases.map((a) => ` ${a.toUpperCase().replace(/ /g, ' -_ ')} `)];
      for (const spelled of spellings) {
        const cells = [...Object.entries(base).filter(([k]) => k !== column), [spelled, values[column]] as const];
        const r = readCsv(`${cells.map(([k]) => k).join(',')}\n${cells.map(([, v]) => v).join(',')}\n`, kind);
        expect(r.columns[column], spelled).toBe(spelled.trim());
        expect(r.notices, spelled).toEqual([]);
        expect(r.rows, spelled).toHaveLength(1);
      }
    }
  });

  it('reads platform and tier values in any case, with their short and Dutch names', () => {
    const r = roster('name,platform,followers,tier\na,IG,1,NANO\nb,TT,1,Micro\nc,yt,1,macro\nd,Overig,1,mega\ne,Blog,1,\nf,podcast,1,\ng,YouTube,1,\nh,Other,1,\n');
    expect(r.rows.map((row) => row.platform)).toEqual(['instagram', 'tiktok', 'youtube', 'other', 'other', 'other', 'youtube', 'other']);
    expect(r.rows.map((row) => row.tier)).toEqual(['nano', 'micro', 'macro', 'mega', undefined, undefined, undefined, undefined]);
  });

  it('lists unknown columns once, and reads only the first of two columns that say the same', () => {
    const r = roster('name,platform,followers,Notes,,volgers,Link\nAnna,ig,100,hi,,200,x\nBob,ig,300,,,400,y\n');
    expect(r.rows.map((row) => row.followers)).toEqual([100, 300]);
    expect(notices(r)).toEqual(['columns not used: Notes, Link', 'column volgers says the same as column followers; only the first is read']);
  });

  it('treats results columns as unknown in a creator list, and the other way round', () => {
    expect(notices(roster('name,platform,followers,views\nA,ig,1,5\n'))).toEqual(['columns not used: views']);
    expect(notices(results('platform,tier,posts,fee\nig,micro,1,5\n'))).toEqual(['columns not used: fee']);
  });
});

describe('the CSV reader: rates', () => {
  const ers = (text: string) => roster(`name,platform,followers,engagementRate,reachRate,commission\n${text}`);

  it('reads % as a percentage, a bare value up to 1 as a share and above 1 as a percentage', () => {
    const r = ers('a,ig,1,3.5%,0.2,10%\nb,ig,1,0.035,2%,0.1\nc,ig,1,3.5,0.5,10\nd,ig,1,1,1,1\n');
    expect(r.rows.map((row) => [row.engagementRate, row.reachRate, row.commissionRate])).toEqual([
      [0.035, 0.2, 0.1],
      [0.035, 0.02, 0.1],
      [0.035, 0.5, 0.1],
      [1, 1, 1],
    ]);
  });

  it('reads a bare reach rate as a share even above 1 (platforms push content beyond followers)', () => {
    expect(ers('a,ig,1,,2.5,\n').rows[0]?.reachRate).toBe(2.5);
    expect(ers('a,ig,1,,250%,\n').rows[0]?.reachRate).toBe(2.5);
  });

  it('names a column that mixes the two readings, once', () => {
    const r = ers('a,ig,1,0.035,0.2,\nb,ig,1,3.5,0.3,\nc,ig,1,4%,0.1,\n');
    expect(notices(r)).toEqual([
      'column engagementRate mixes shares and percentages: values up to 1 were read as shares (0.5 = 50%), larger values and values with % as percentages; check that this is what the file means',
    ]);
    // All percentages, or all shares, or a 0 (read either way) is no mix.
    expect(notices(ers('a,ig,1,3.5,,\nb,ig,1,4%,,\nc,ig,1,0,,\n'))).toEqual([]);
  });

  it('reads % with a decimal comma in a semicolon file, and refuses rates beyond their bounds', () => {
    const r = readCsv('naam;kanaal;volgers;er;bereik\na;ig;1;3,5%;0,2\nb;ig;1;150%;0,2\nc;ig;1;0,1;51\nd;ig;1;-1%;0,1\n', 'roster');
    expect(r.rows.map((row) => row.engagementRate)).toEqual([0.035]);
    expect(refusals(r)).toEqual([
      'row 3, column er: must be between 0% and 100% (got "150%")',
      'row 4, column bereik: must be between 0 and 50 (got "51")',
      'row 5, column er: must be between 0% and 100% (got "-1%")',
    ]);
  });
});

describe('the CSV reader: rows', () => {
  it('counts rows as a spreadsheet does: the header is row 1, empty lines count, a quoted line break does not', () => {
    const text = 'name,platform,followers\n\n"Anna\nde Vries",ig,100\n,,\nBob,xx,200\n';
    const r = roster(text);
    expect(r.rows.map((row) => row.row)).toEqual([3]);
    expect(refusals(r)).toEqual(['row 5, column platform: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "xx")']);
  });

  it('skips rows whose cells are all empty without a word, and fills in no defaults itself', () => {
    const r = roster('name,platform,followers,posts\n,,,\n   ,  ,\t,\nAnna,ig,100,\n\n');
    expect(r.rows).toEqual([{ row: 4, name: 'Anna', platform: 'instagram', followers: 100 }]);
    expect(r.rejected).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('keeps what a refused row said, for the preview', () => {
    const r = roster('name,platform,followers\nAnna , ig ,abc\nBob,ig,1\n');
    expect(r.rejected).toEqual([
      { row: 2, cells: ['Anna', 'ig', 'abc'], problems: [{ row: 2, column: 'followers', code: 'csvNumber', params: { example: '1,234.5' }, value: 'abc' }] },
    ]);
  });
});

describe('the CSV reader: every refusal rule', () => {
  const header = 'name,platform,followers,tier,posts,engagementRate,feePerPost';
  const refused = (line: string) => refusals(roster(`${header}\nOk,ig,1,,,,\n${line}\n`));

  it.each([
    [',ig,100,,,,', 'row 3, column name: is required'],
    ['A,,100,,,,', 'row 3, column platform: is required'],
    ['A,ig,,,,,', 'row 3, column followers: is required'],
    ['A,facebook,100,,,,', 'row 3, column platform: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "facebook")'],
    ['A,ig,100,giga,,,', 'row 3, column tier: must be one of nano, micro, macro, mega (got "giga")'],
    ['A,ig,12.5,,,,', 'row 3, column followers: must be a whole number (got "12.5")'],
    ['A,ig,-1,,,,', 'row 3, column followers: must be at least 0 (got "-1")'],
    ['A,ig,1000000001,,,,', 'row 3, column followers: must be at most 1000000000 (got "1000000001")'],
    ['A,ig,12k,,,,', 'row 3, column followers: must be a number written like 1,234.5 (got "12k")'],
    ['A,ig,1,,10001,,', 'row 3, column posts: must be at most 10000 (got "10001")'],
    ['A,ig,1,,1.5,,', 'row 3, column posts: must be a whole number (got "1.5")'],
    ['A,ig,1,,,200%,', 'row 3, column engagementRate: must be between 0% and 100% (got "200%")'],
    ['A,ig,1,,,,-5', 'row 3, column feePerPost: must be at least 0 (got "-5")'],
    ['A,ig,1,,,,2e12', 'row 3, column feePerPost: must be at most 1000000000000 (got "2e12")'],
    ['A,ig,1,,,,€ 1e400', 'row 3, column feePerPost: must be a number written like 1,234.5 (got "€ 1e400")'],
    [`${'x'.repeat(201)},ig,1,,,,`, `row 3, column name: must be at most 200 characters (got "${'x'.repeat(57)}...")`],
    ['A,ig,1,micro,2,0.03,1,500', 'row 3: has 8 cells but the header names 7 (is a number with a comma not in quotes?)'],
  ])('%s', (line, message) => expect(refused(line)).toEqual([message]));

  it('refuses a thousands comma without quotes instead of reading the first group', () => {
    expect(refusals(roster('name,platform,followers\nAnna,ig,12,500\n'))[0]).toBe('row 2: has 4 cells but the header names 3 (is a number with a comma not in quotes?)');
  });

  it('lists every rule a row breaks, not just the first', () => {
    expect(refused('A,xx,-1,,,,')).toEqual([
      'row 3, column platform: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "xx")',
      'row 3, column followers: must be at least 0 (got "-1")',
    ]);
  });

  it('accepts a currency sign on an amount', () => {
    expect(roster(`${header}\nA,ig,1,,,,€ 250\nB,ig,1,,,,"$1,000"\nC,ig,1,,,,75€\n`).rows.map((r) => r.feePerPost)).toEqual([250, 1000, 75]);
  });

  it('refuses a quote that never closes, and one in the wrong place', () => {
    // Everything after the open quote is one cell: the name of row 3, which then lacks the rest.
    expect(refusals(roster('name,platform,followers\nA,ig,1\n"B,ig,1\nC,ig,1\n'))).toEqual([
      'row 3: opens a quote that is never closed (the rest of the file was read as one cell)',
      'row 3, column platform: is required',
      'row 3, column followers: is required',
    ]);
    expect(refusals(roster('name,platform,followers\nA,ig,1\n"B"x,ig,1\n"C",ig,1\n'))[0]).toBe('row 3: has a quote in the wrong place (a cell in quotes must end where its quote closes)');
  });

  it('refuses a results row with neither followers nor tier, and one without posts', () => {
    const r = results('platform,followers,tier,posts,views\nig,1000,,1,10\nig,,,1,10\nig,1000,,,10\n');
    expect(refusals(r)).toEqual(['row 3, column followers: is required when the row gives no tier', 'row 4, column posts: is required']);
    expect(refusals(results('platform,tier,posts\nig,,1\nig,micro,1\n'))).toEqual(['row 2, column tier: is required']);
  });
});

describe('the CSV reader: files refused as a whole', () => {
  it('names every required column missing, with the names it also accepts', () => {
    expect(refusals(roster('naam,volgers\nA,1\n'))).toEqual(['file: needs a column platform (also accepted: kanaal)']);
    expect(refusals(results('platform,views\nig,1\n'))).toEqual([
      'file: needs a column followers / tier (also accepted: volgers, subscribers, abonnees, niveau)',
      'file: needs a column posts (also accepted: berichten, aantal posts)',
    ]);
  });

  it('refuses an empty file, a header without rows, and a file whose every row is refused', () => {
    for (const text of ['', '\uFEFF', '\n\n  \n', ',,,\n,,\n', ';;\n']) expect(refusals(roster(text))).toEqual(['file: is empty']);
    expect(refusals(roster('name,platform,followers\n\n,,\n'))).toEqual(['file: has no rows below the header']);
    const none = roster('name,platform,followers\nA,xx,1\n');
    expect(none.ok).toBe(false);
    expect(none.rows).toEqual([]);
    expect(none.rejected).toHaveLength(1);
  });

  it('refuses more than 20,000 rows and more than 5 MB, and bytes that are not UTF-8', () => {
    const many = `name,platform,followers\n${'A,ig,1\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(refusals(roster(many))).toEqual(['file: has 20001 rows; at most 20000 are read']);
    expect(roster(`name,platform,followers\n${'A,ig,1\n'.repeat(MAX_CSV_ROWS)}`).rows).toHaveLength(MAX_CSV_ROWS);
    expect(refusals(roster(`name,platform,followers\nA,ig,1,"${'x'.repeat(5 * 1024 * 1024)}"\n`))).toEqual(['file: is 5.0 MB; files larger than 5 MB are refused']);
    // "Zoë" saved as Windows-1252: ë is the single byte 0xEB.
    const latin1 = new Uint8Array([...new TextEncoder().encode('name,platform,followers\nZo'), 0xeb, ...new TextEncoder().encode(',ig,1\n')]);
    expect(refusals(readCsvInput(latin1.buffer, 'roster'))).toEqual(['file: is not UTF-8 text (save it from the spreadsheet as "CSV UTF-8")']);
    expect(readCsvInput(new TextEncoder().encode('name,platform,followers\nZoë,ig,1\n').buffer, 'roster').rows[0]?.name).toBe('Zoë');
  });
});
