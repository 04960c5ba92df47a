import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_LABELS_NL } from '../../src/i18n/messages/exampleLabels';

const dir = resolve(import.meta.dirname, '../../scenarios');
type Labelled = { label?: string };
type Labels = { lineItems: Labelled[]; overheads?: Labelled[]; audiences?: Labelled[] };
type File = Partial<Labels> & { scenarios?: Labels[] };

describe('Dutch labels of the examples', () => {
  it('cover every line item, overhead and audience of every example file', () => {
    const labels = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as File;
        const scenarios = file.scenarios ?? [{ lineItems: file.lineItems ?? [], overheads: file.overheads ?? [], audiences: file.audiences ?? [] }];
        return scenarios.flatMap((s) => [...s.lineItems, ...(s.overheads ?? []), ...(s.audiences ?? [])].flatMap((x) => (x.label === undefined ? [] : [x.label])));
      });
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => EXAMPLE_LABELS_NL[l] === undefined)).toEqual([]);
  });
});
