import { commonMessagesNl } from './common.nl';
import { shellMessagesNl } from './shell.nl';
import { ioMessagesNl } from './io.nl';
import { editorMessagesNl } from './editor.nl';
import { resultsMessagesNl } from './results.nl';
import { benchmarkMessagesNl } from './benchmarks.nl';
import { runMessagesNl } from './run.nl';
import { validationMessagesNl } from './validation.nl';
import { audienceMessagesNl } from './audiences.nl';
import { csvMessagesNl } from './csv.nl';
import { csvImportMessagesNl } from './csvImport.nl';
import { termsMessagesNl } from './terms.nl';

/** The Dutch of the packs in en.ts: a chunk of its own, loaded before the app shows anything in Dutch. */
export const DUTCH_PACKS: readonly object[] = [
  commonMessagesNl,
  shellMessagesNl,
  ioMessagesNl,
  editorMessagesNl,
  resultsMessagesNl,
  benchmarkMessagesNl,
  runMessagesNl,
  validationMessagesNl,
  audienceMessagesNl,
  csvMessagesNl,
  csvImportMessagesNl,
  termsMessagesNl,
];
