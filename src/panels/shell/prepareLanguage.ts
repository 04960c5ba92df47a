import { loadLanguage } from '../../i18n/dictionaries';
import type { Lang } from '../../i18n/format';
import { loadExampleTexts } from '../../io/localizeExample';

/**
 * Fetches what the app needs before it shows a language: its words, and in Dutch the examples'
 * texts too, as the first-visit workspace is an example. English is in the first load.
 */
export async function prepareLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') return;
  await Promise.all([loadLanguage(lang), loadExampleTexts()]);
}
