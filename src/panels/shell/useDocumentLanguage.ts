import { useEffect } from 'react';
import type { Lang } from '../../i18n/format';
import { translator } from '../../i18n/i18n';

/** Keeps <html lang> and the window title in the interface language, for screen readers and tabs. */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('app.title');
  }, [lang]);
}
