import { commonMessages } from './common';
import { commonMessagesNl } from './common.nl';
import { shellMessages } from './shell';
import { shellMessagesNl } from './shell.nl';
import { ioMessages } from './io';
import { ioMessagesNl } from './io.nl';
import { editorMessages } from './editor';
import { editorMessagesNl } from './editor.nl';
import { resultsMessages } from './results';
import { resultsMessagesNl } from './results.nl';
import { chartsMessages } from './charts';
import { chartsMessagesNl } from './charts.nl';
import { compareMessages } from './compare';
import { compareMessagesNl } from './compare.nl';
import { presentMessages } from './present';
import { explorerMessages } from './explorer';
import { explorerMessagesNl } from './explorer.nl';
import { sensitivityMessages } from './sensitivity';
import { benchmarkMessages } from './benchmarks';
import { benchmarkMessagesNl } from './benchmarks.nl';
import { runMessages } from './run';
import { runMessagesNl } from './run.nl';
import { validationMessages } from './validation';
import { validationMessagesNl } from './validation.nl';
import { audienceMessages } from './audiences';
import { audienceMessagesNl } from './audiences.nl';
import { csvMessages } from './csv';
import { csvMessagesNl } from './csv.nl';
import { csvImportMessages } from './csvImport';
import { csvImportMessagesNl } from './csvImport.nl';
import { csvImportDialogMessages } from './csvImportDialog';
import { csvImportDialogMessagesNl } from './csvImportDialog.nl';
import { allocateMessages } from './allocate';
import { termsMessages } from './terms';
import { termsMessagesNl } from './terms.nl';

type AnyPack = { en: object; nl: object };
/** The keys of one pack that one language has and the other lacks. */
type Untranslated<P> = P extends { en: infer E; nl: infer N } ? Exclude<keyof E, keyof N> | Exclude<keyof N, keyof E> : never;
type Untranslated_Must_Be_Empty<U> = [U] extends [never] ? unknown : { untranslated: U };

/** Compiles only when each pack's Dutch has exactly the keys of its English; the error names the odd keys. */
function inBothLanguages<const P extends readonly AnyPack[]>(packs: P & Untranslated_Must_Be_Empty<Untranslated<P[number]>>): P {
  return packs;
}

/**
 * Every message pack of the app, in both languages. A screen adds its own file in this folder
 * (English) and a `.nl.ts` beside it (Dutch), lists them here and in en.ts and nl.ts; a Dutch
 * pack with a key too few or too many is a type error here (and fails test/i18n/i18n.test.ts).
 * The app itself loads en.ts with the page and nl.ts when it speaks Dutch (../dictionaries.ts).
 */
export const MESSAGE_PACKS = inBothLanguages([
  { en: commonMessages.en, nl: commonMessagesNl },
  { en: shellMessages.en, nl: shellMessagesNl },
  { en: ioMessages.en, nl: ioMessagesNl },
  { en: editorMessages.en, nl: editorMessagesNl },
  { en: resultsMessages.en, nl: resultsMessagesNl },
  { en: chartsMessages.en, nl: chartsMessagesNl },
  { en: compareMessages.en, nl: compareMessagesNl },
  presentMessages,
  { en: explorerMessages.en, nl: explorerMessagesNl },
  sensitivityMessages,
  { en: benchmarkMessages.en, nl: benchmarkMessagesNl },
  { en: runMessages.en, nl: runMessagesNl },
  { en: validationMessages.en, nl: validationMessagesNl },
  { en: audienceMessages.en, nl: audienceMessagesNl },
  { en: csvMessages.en, nl: csvMessagesNl },
  { en: csvImportMessages.en, nl: csvImportMessagesNl },
  { en: csvImportDialogMessages.en, nl: csvImportDialogMessagesNl },
  allocateMessages,
  { en: termsMessages.en, nl: termsMessagesNl },
]);

/** Every key the app can translate: a misspelt or unknown key is a type error where it is used. */
export type MessageKey = (typeof MESSAGE_PACKS)[number] extends infer P ? (P extends { en: infer E } ? keyof E & string : never) : never;
