import type { Lang } from './format';

/** A first visit speaks the browser's language when it is Dutch; a saved choice overrides it later. */
export function preferredLang(): Lang {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  // The first of the browser's languages the app speaks decides: a Dutch planner who reads English first gets English.
  const first = languages.find((l) => /^(en|nl)\b/i.test(l));
  return first !== undefined && /^nl/i.test(first) ? 'nl' : 'en';
}
