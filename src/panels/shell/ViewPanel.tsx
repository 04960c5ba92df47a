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
  const panel = { id: VIEW_PANEL_ID, role: 'tabpanel', 'aria-labelledby': viewTabId(view), tabIndex: -1 } as const;
  if (view === 'plan') {
    return (
      <div {...panel} className="view-plan skip-target">
        <Workbench />
      </div>
    );
  }
  const Panel = LAZY_VIEWS[view];
  return (
    <div {...panel} className={`view-panel view-${view} skip-target`}>
      <ErrorBoundary resetKey={view}>
        <Suspense fallback={<p className="view-loading">{t('views.loading')}</p>}>
          <Panel />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
