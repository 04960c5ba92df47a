import { I18nProvider } from './i18n/i18n';
import { useLoadedLanguage } from './i18n/useLoadedLanguage';
import { AppFailure } from './panels/shell/AppFailure';
import { AppLayout } from './panels/shell/AppLayout';
import { ErrorBoundary } from './panels/shell/ErrorBoundary';
import { ToastProvider } from './panels/shell/ToastProvider';
import { useDocumentLanguage } from './panels/shell/useDocumentLanguage';
import { useAppStore } from './store';

/** The planner: the interface language comes from the store, so the choice is remembered. */
export function App() {
  const lang = useLoadedLanguage(useAppStore((s) => s.lang));
  useDocumentLanguage(lang);
  return (
    <I18nProvider lang={lang}>
      <ErrorBoundary resetKey={null} fallback={(error, retry) => <AppFailure message={error.message} onRetry={retry} />}>
        <ToastProvider>
          <AppLayout />
        </ToastProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
