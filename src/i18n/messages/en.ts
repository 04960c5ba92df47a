import { commonMessages } from './common';
import { shellMessages } from './shell';
import { ioMessages } from './io';
import { editorMessages } from './editor';
import { resultsMessages } from './results';
import { benchmarkMessages } from './benchmarks';
import { runMessages } from './run';
import { validationMessages } from './validation';
import { audienceMessages } from './audiences';
import { csvMessages } from './csv';
import { csvImportMessages } from './csvImport';
import { termsMessages } from './terms';

/**
 * The English of every pack but those that come with lazily loaded code (../viewWords.ts,
 * ../../charts/words.ts): the source language, in the first load.
 */
export const ENGLISH_PACKS: readonly object[] = [
  commonMessages.en,
  shellMessages.en,
  ioMessages.en,
  editorMessages.en,
  resultsMessages.en,
  benchmarkMessages.en,
  runMessages.en,
  validationMessages.en,
  audienceMessages.en,
  csvMessages.en,
  csvImportMessages.en,
  termsMessages.en,
];
