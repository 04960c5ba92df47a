import { useI18n } from '../../i18n/i18n';
import { RESULTS_ID } from './ids';
import { VIEW_PANEL_ID, type View } from './views';

export interface SkipLinkProps {
  /** the view on screen: the planner's results sit beside its inputs, other views are results throughout */
  view: View;
}

/**
 * The first stop of the Tab key: jumps past the toolbar and the inputs to the results (on the
 * planner) or to the view's content. Focus moves by script rather than by following the link,
 * because the address's fragment carries share links.
 */
export function SkipLink({ view }: SkipLinkProps) {
  const { t } = useI18n();
  const targetId = view === 'plan' ? RESULTS_ID : VIEW_PANEL_ID;
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById(targetId);
        // Focus alone would scroll a target taller than the screen to its middle on a phone.
        target?.focus({ preventScroll: true });
        target?.scrollIntoView?.({ block: 'start' });
      }}
    >
      {t('shell.skipToResults')}
    </a>
  );
}
