import { I18nProvider } from './i18n/i18n';
import { AppLayout } from './panels/shell/AppLayout';
import { ToastProvider } from './panels/shell/ToastProvider';
import { useDocumentLanguage } from './panels/shell/useDocumentLanguage';
import { useAppStore } from './store';

/** The planner: the interface language comes from the store, so the choice is remembered. */
export function App() {
  const lang = useAppStore((s) => s.lang);
  useDocumentLanguage(lang);
  return (
    <I18nProvider lang={lang}>
      <ToastProvider>
        <AppLayout />
      </ToastProvider>
    </I18nProvider>
  );
}
