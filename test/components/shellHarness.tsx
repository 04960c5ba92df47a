import type { ReactNode } from 'react';
import { I18nProvider } from '../../src/i18n/i18n';
import { ToastProvider } from '../../src/panels/shell/ToastProvider';
import { useAppStore } from '../../src/store';
import { initialWorkspace } from '../../src/store/workspaceSlice';

/** The providers App gives the shell, without the editor and results panels. */
export function ShellProviders({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <I18nProvider lang={lang}>
      <ToastProvider>{children}</ToastProvider>
    </I18nProvider>
  );
}

/** A fresh one-scenario workspace in English with an empty undo history and no autosave. */
export function resetStore(): void {
  localStorage.clear();
  useAppStore.setState({ ...initialWorkspace(), lang: 'en' });
  useAppStore.temporal.getState().clear();
}

export const names = () => useAppStore.getState().entries.map((e) => e.scenario.name);
