import { Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { LAZY_VIEWS, VIEW_PANEL_ID, viewTabId, type View } from './views';
import { Workbench } from './Workbench';

export interface ViewPanelProps {
  /** the view to show */
  view: View;
}

/** The content of the chosen view; the planner is always loaded, the rest on first use. */
export function ViewPanel({ view }: ViewPanelProps) {
  const { t } = useI18n();
  if (view === 'plan') return <Workbench />;
  const Panel = LAZY_VIEWS[view];
  return (
    <div className={`view-panel view-${view}`} id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={viewTabId(view)}>
      <ErrorBoundary resetKey={view}>
        <Suspense fallback={<p className="view-loading">{t('views.loading')}</p>}>
          <Panel />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
