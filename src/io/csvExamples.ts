import type { CsvKind } from './csv/columns';

/**
 * The CSV files the examples menu offers: the example shortlist and past results of scenarios/
 * (opened in the import preview, as if the planner had chosen them) and the download templates
 * of public/templates, with English and with Dutch column names.
 */

export interface CsvExample {
  /** the file name, e.g. `creator-shortlist.csv` */
  fileName: string;
  kind: CsvKind;
  /** the file's text, fetched the first time it is opened */
  load(): Promise<string>;
}

const bundled = import.meta.glob<string>('../../scenarios/*.csv', { query: '?raw', import: 'default' });

/** Which preview each example opens in; a CSV added to scenarios/ without a kind here is not offered. */
const KIND_OF: Readonly<Record<string, CsvKind>> = {
  'creator-shortlist.csv': 'roster',
  'past-campaign-results.csv': 'results',
};

export function listCsvExamples(): CsvExample[] {
  return Object.entries(bundled).flatMap(([path, load]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    const kind = KIND_OF[fileName];
    return kind ? [{ fileName, kind, load }] : [];
  });
}

export interface CsvTemplate {
  kind: CsvKind;
  /** the language of its column names */
  lang: 'en' | 'nl';
  fileName: string;
  /** where the built app serves it (public/templates), relative to the page */
  href: string;
}

export const CSV_TEMPLATES: readonly CsvTemplate[] = (
  [
    ['roster', 'en', 'creator-list.csv'],
    ['roster', 'nl', 'creator-list-nl.csv'],
    ['results', 'en', 'results.csv'],
    ['results', 'nl', 'results-nl.csv'],
  ] as const
).map(([kind, lang, fileName]) => ({ kind, lang, fileName, href: `${import.meta.env.BASE_URL}templates/${fileName}` }));
