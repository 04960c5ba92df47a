import { describe, expect, it } from 'vitest';
import { guessCsvKind, guessCsvKindOf, headerOf, splitHeader } from '../../src/io/csv/guessKind';

describe('reading a CSV header without papaparse', () => {
  it('splits on the separator outside quotes and undoes doubled quotes', () => {
    expect(splitHeader('name, "fee, per post" ,"say ""hi"""', ',')).toEqual(['name', 'fee, per post', 'say "hi"']);
    expect(splitHeader('naam;kanaal;volgers', ';')).toEqual(['naam', 'kanaal', 'volgers']);
  });

  it('skips a BOM, Excel’s sep= line and blank lines, and picks the dialect from the header', () => {
    expect(headerOf('\uFEFF\n;;\nnaam;kanaal;volgers\nAnna;ig;1.000\n')).toEqual(['naam', 'kanaal', 'volgers']);
    expect(headerOf('sep=;\r\nname;fee, net\r\n')).toEqual(['name', 'fee, net']);
    expect(headerOf('name,platform\n')).toEqual(['name', 'platform']);
  });
});

describe('which file a dropped CSV is', () => {
  it('is the one kind whose required columns are all there', () => {
    // No posts: a results file cannot be read, a creator list can.
    expect(guessCsvKind(['Name', 'Platform', 'Followers'])).toBe('roster');
    // No name: a creator list cannot be read; tier stands in for followers in results.
    expect(guessCsvKind(['kanaal', 'niveau', 'berichten', 'kliks'])).toBe('results');
  });

  it('between two that fit, is decided by the columns only one of them reads', () => {
    const both = ['naam', 'kanaal', 'volgers', 'berichten'];
    expect(guessCsvKind([...both, 'tarief'])).toBe('roster');
    expect(guessCsvKind([...both, 'weergaven', 'kliks', 'bestellingen'])).toBe('results');
  });

  it('is asked when the header fits both the same way, neither, or mixes both', () => {
    expect(guessCsvKind(['name', 'platform', 'followers', 'posts'])).toBeNull();
    expect(guessCsvKind(['colour', 'size'])).toBeNull();
    expect(guessCsvKind(['name', 'platform', 'followers', 'posts', 'fee', 'clicks'])).toBeNull();
  });

  it('reads the shipped examples as what they are, from text or a file', async () => {
    const { readFileSync } = await import('node:fs');
    const shortlist = readFileSync('scenarios/creator-shortlist.csv', 'utf8');
    const results = readFileSync('scenarios/past-campaign-results.csv', 'utf8');
    expect(await guessCsvKindOf(shortlist)).toBe('roster');
    expect(await guessCsvKindOf(new Blob([results]))).toBe('results');
  });

  it('asks when the file cannot be read', async () => {
    const unreadable = { slice: () => ({ text: () => Promise.reject(new Error('gone')) }) } as unknown as Blob;
    expect(await guessCsvKindOf(unreadable)).toBeNull();
  });
});
