import { commonMessages } from './common';
import { editorMessages } from './editor';
import { ioMessages } from './io';
import { resultsMessages } from './results';
import { chartsMessages } from './charts';
import { shellMessages } from './shell';
import { compareMessages } from './compare';
import { presentMessages } from './present';
import { explorerMessages } from './explorer';
import { sensitivityMessages } from './sensitivity';
import { benchmarkMessages } from './benchmarks';
import { runMessages } from './run';
import { validationMessages } from './validation';
import { audienceMessages } from './audiences';
import { csvMessages } from './csv';
import { csvImportMessages } from './csvImport';
import { allocateMessages } from './allocate';
import { termsMessages } from './terms';

type AnyPack = { en: object; nl: object };
/** The keys of one pack that one language has and the other lacks. */
type Untranslated<P> = P extends { en: infer E; nl: infer N } ? Exclude<keyof E, keyof N> | Exclude<keyof N, keyof E> : never;
type Untranslated_Must_Be_Empty<U> = [U] extends [never] ? unknown : { untranslated: U };

/** Compiles only when each pack's Dutch has exactly the keys of its English; the error names the odd keys. */
function inBothLanguages<const P extends readonly AnyPack[]>(packs: P & Untranslated_Must_Be_Empty<Untranslated<P[number]>>): P {
  return packs;
}

/**
 * Every message pack of the app. A screen adds its own file in this folder and lists it here;
 * English is the source, and a Dutch pack with a key too few or too many is a type error here
 * (and fails test/engine/i18n.test.ts).
 */
export const MESSAGE_PACKS = inBothLanguages([commonMessages, shellMessages, ioMessages, editorMessages, resultsMessages, chartsMessages, compareMessages, presentMessages, explorerMessages, sensitivityMessages, benchmarkMessages, runMessages, validationMessages, audienceMessages, csvMessages, csvImportMessages, allocateMessages, termsMessages]);

/** Every key the app can translate: a misspelt or unknown key is a type error where it is used. */
export type MessageKey = (typeof MESSAGE_PACKS)[number] extends infer P ? (P extends { en: infer E } ? keyof E & string : never) : never;
