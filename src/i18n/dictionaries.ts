import type { Lang } from './format';
import { ENGLISH_PACKS } from './messages/en';

type Dictionary = Record<string, string>;

// English comes with the page; Dutch (most of the text of the app) is a chunk of its own, so a
// planner reading English downloads none of it. Lazily loaded views add their words here too.
const DICTIONARIES: Record<Lang, Dictionary> = { en: Object.assign({}, ...ENGLISH_PACKS) as Dictionary, nl: {} };
const loading: Partial<Record<Lang, Promise<void>>> = { en: Promise.resolve() };
const loaded = new Set<Lang>(['en']);

/** The words of a language as far as loaded: all of them once {@link loadLanguage} resolved. */
export function dictionary(lang: Lang): Readonly<Dictionary> {
  return DICTIONARIES[lang];
}

export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Fetches a language's words once; a failed fetch (the app was updated, the network went) may be retried. */
export function loadLanguage(lang: Lang): Promise<void> {
  const pending =
    loading[lang] ??
    import('./messages/nl').then(
      ({ DUTCH_PACKS }) => {
        Object.assign(DICTIONARIES.nl, ...DUTCH_PACKS);
        loaded.add(lang);
      },
      (error: unknown) => {
        delete loading[lang];
        throw error;
      },
    );
  loading[lang] = pending;
  return pending;
}

/** Adds the words of a lazily loaded view, in both languages: a view fetches its own with its code. */
export function addMessages(pack: { readonly en: object; readonly nl: object }): void {
  Object.assign(DICTIONARIES.en, pack.en);
  Object.assign(DICTIONARIES.nl, pack.nl);
}
