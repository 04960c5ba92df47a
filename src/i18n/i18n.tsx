import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { LOCALE_OF, makeFormatters, type Formatters, type Lang } from './format';
import { dictionary } from './dictionaries';
import type { MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Looks a key up and fills `{name}` placeholders; an unknown key shows itself, so it is noticed. */
export function translator(lang: Lang): Translate {
  const dict = dictionary(lang);
  const english = dictionary('en');
  return (key, vars) => {
    const template = dict[key] ?? english[key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

export interface I18n {
  lang: Lang;
  locale: string;
  t: Translate;
  /** formatters for the current language and the given currency */
  fmt: (currency: string) => Formatters;
}

function makeI18n(lang: Lang): I18n {
  const locale = LOCALE_OF[lang];
  return { lang, locale, t: translator(lang), fmt: (currency) => makeFormatters(locale, currency) };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
