import { useId } from 'react';
import { LANGS, type Lang } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { followLanguage } from '../../store/firstVisitLanguage';
import { prepareLanguage } from './prepareLanguage';

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', nl: 'Nederlands' };

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

export function LanguageSwitch() {
  const { t } = useI18n();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        className="input"
        value={lang}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLang(next)) return;
          // The switch waits for the new language's words (a moment, the first time), so the
          // first-visit workspace follows it too. Unreachable words: the language changes anyway, and shows once they arrive.
          void prepareLanguage(next)
            .catch(() => undefined)
            .then(() => {
              setLang(next);
              followLanguage(useAppStore, lang, next);
            });
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
