import { addMessages } from './dictionaries';

type Pack = { readonly en: object; readonly nl: object };

/**
 * The packs only a lazily loaded view uses: each comes with its view's code, in both languages
 * (a language switch inside the view then needs no fetch), and is in neither en.ts nor nl.ts.
 * The charts' words come with the charts (charts/words.ts).
 */
const VIEW_WORDS = {
  compare: () => Promise.all([import('./messages/compare'), import('./messages/compare.nl')]).then(([en, nl]): Pack => ({ en: en.compareMessages.en, nl: nl.compareMessagesNl })),
  explorer: () => Promise.all([import('./messages/explorer'), import('./messages/explorer.nl')]).then(([en, nl]): Pack => ({ en: en.explorerMessages.en, nl: nl.explorerMessagesNl })),
  sensitivity: () => import('./messages/sensitivity').then((m): Pack => m.sensitivityMessages),
  allocate: () => import('./messages/allocate').then((m): Pack => m.allocateMessages),
  present: () => import('./messages/present').then((m): Pack => m.presentMessages),
  csvImportDialog: () =>
    Promise.all([import('./messages/csvImportDialog'), import('./messages/csvImportDialog.nl')]).then(([en, nl]): Pack => ({ en: en.csvImportDialogMessages.en, nl: nl.csvImportDialogMessagesNl })),
} as const;

export type ViewWords = keyof typeof VIEW_WORDS;
export const VIEW_WORD_PACKS = Object.keys(VIEW_WORDS) as ViewWords[];

/** Fetches and adds the words of the given views. */
export async function loadViewWords(names: readonly ViewWords[]): Promise<void> {
  for (const pack of await Promise.all(names.map((name) => VIEW_WORDS[name]()))) addMessages(pack);
}

/** A view's code, resolved once its words are here as well. */
export async function withWords<M>(code: Promise<M>, names: readonly ViewWords[]): Promise<M> {
  const [module] = await Promise.all([code, loadViewWords(names)]);
  return module;
}
