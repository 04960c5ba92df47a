import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Scenario } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ToastProvider } from '../../../src/panels/shell/ToastProvider';
import { useAppStore } from '../../../src/store';
import { defaultScenario } from '../../../src/store/defaultWorkspace';

/** The providers App gives the shell, without the editor and results panels. */
export function ShellProviders({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <I18nProvider lang={lang}>
      <ToastProvider>{children}</ToastProvider>
    </I18nProvider>
  );
}

/**
 * A fresh one-scenario workspace in English with an empty undo history and no autosave. Built
 * here rather than from the first-visit workspace, which has three scenarios.
 */
export function resetStore(): void {
  localStorage.clear();
  const key = 'only';
  useAppStore.setState({ entries: [{ key, scenario: defaultScenario() }], baselineKey: key, selectedKey: key, lang: 'en' });
  useAppStore.temporal.getState().clear();
}

export const names = () => useAppStore.getState().entries.map((e) => e.scenario.name);

/** Puts `scenario` in the store's first entry, in `lang`, and renders one view inside the shell's providers. */
export function showView(view: ReactNode, scenario: Scenario, lang: 'en' | 'nl' = 'en') {
  const key = useAppStore.getState().entries[0]!.key;
  act(() => {
    useAppStore.getState().updateScenario(key, scenario);
    useAppStore.getState().setLang(lang);
  });
  return render(<ShellProviders>{view}</ShellProviders>);
}
