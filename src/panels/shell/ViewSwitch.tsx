import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { VIEW_PANEL_ID, VIEWS, viewTabId, type View } from './views';

export interface ViewSwitchProps {
  /** the view on screen */
  view: View;
  /** called with the view the user picks */
  onChange(view: View): void;
}

/** Tabs for the planner, the comparison, the payment explorer, sensitivity, the allocator and the report. */
export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  const { t } = useI18n();
  const refs = useRef(new Map<View, HTMLButtonElement>());

  // The WAI-ARIA tabs pattern: arrows move (and wrap), Home and End go to the first and last view.
  const onKeyDown = (event: KeyboardEvent) => {
    const here = VIEWS.indexOf(view);
    const targets: Record<string, number> = { ArrowRight: here + 1, ArrowLeft: here - 1, Home: 0, End: VIEWS.length - 1 };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = VIEWS[(target + VIEWS.length) % VIEWS.length]!;
    onChange(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div className="view-switch tabs" role="tablist" aria-label={t('views.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => void (el ? refs.current.set(v, el) : refs.current.delete(v))}
          type="button"
          role="tab"
          id={viewTabId(v)}
          className="tab view-tab"
          aria-selected={v === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
    </div>
  );
}
