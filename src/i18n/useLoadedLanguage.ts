import { useEffect, useState } from 'react';
import { isLanguageLoaded, loadLanguage } from './dictionaries';
import type { Lang } from './format';

/**
 * The language to show: the chosen one once its words are here, until then the one shown
 * before, so a switch (here or from another tab) never shows half of one and half of the other.
 */
export function useLoadedLanguage(chosen: Lang): Lang {
  const [shown, setShown] = useState<Lang>(() => (isLanguageLoaded(chosen) ? chosen : 'en'));
  useEffect(() => {
    let current = true;
    loadLanguage(chosen).then(
      () => current && setShown(chosen),
      // Not fetched (offline after an update): the previous language stays, and the next choice tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [chosen]);
  return isLanguageLoaded(chosen) ? chosen : shown;
}
