import { useEffect, useRef } from 'react';
import type { ValidationError } from '../engine/parse';
import { useI18n } from '../i18n/i18n';
import { useAppStore } from '../store';
import { consumeShareLink } from './consumeShareLink';

/**
 * Adds a shared scenario when the app is opened from a share link, or when one is pasted into
 * the address bar of an open tab. A broken link goes to `refuse` with every error; the
 * workspace is not touched.
 */
export function useShareLinkOnLoad(refuse: (source: string, errors: ValidationError[]) => void, onAdded?: (keys: string[]) => void): void {
  const { t } = useI18n();
  const callbacks = useRef({ refuse, onAdded, source: t('io.shareLinkSource') });
  callbacks.current = { refuse, onAdded, source: t('io.shareLinkSource') };

  useEffect(() => {
    const check = () => {
      const outcome = consumeShareLink(window, (scenarios) => useAppStore.getState().importScenarios(scenarios));
      if (outcome === null) return;
      if (outcome.ok) callbacks.current.onAdded?.(outcome.keys);
      else callbacks.current.refuse(callbacks.current.source, outcome.errors);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
