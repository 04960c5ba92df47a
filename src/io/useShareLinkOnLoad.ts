import { useEffect, useRef } from 'react';
import type { ValidationError } from '../engine/parse';
import { useI18n } from '../i18n/i18n';
import { useAppStore } from '../store';
import { consumeShareLink, type OpenSharedWorkspace, type ShareLinkOutcome } from './consumeShareLink';

type Opened = Extract<ShareLinkOutcome, { ok: true }>;

/**
 * Adds a shared scenario when the app is opened from a share link, or when one is pasted into
 * the address bar of an open tab; a workspace link goes to `openWorkspace`. A broken link goes to
 * `refuse` with every error; the workspace is not touched.
 */
export function useShareLinkOnLoad(
  refuse: (source: string, errors: ValidationError[]) => void,
  onAdded?: (keys: string[], opened: Opened) => void,
  openWorkspace?: OpenSharedWorkspace,
): void {
  const { t } = useI18n();
  const callbacks = useRef({ refuse, onAdded, openWorkspace, source: t('io.shareLinkSource') });
  callbacks.current = { refuse, onAdded, openWorkspace, source: t('io.shareLinkSource') };

  useEffect(() => {
    const check = () => {
      const { current } = callbacks;
      const outcome = consumeShareLink(window, (scenarios) => useAppStore.getState().importScenarios(scenarios), current.openWorkspace);
      if (outcome === null) return;
      if (outcome.ok) current.onAdded?.(outcome.keys, outcome);
      else current.refuse(current.source, outcome.errors);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
