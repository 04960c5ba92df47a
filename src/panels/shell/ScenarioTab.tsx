import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface ScenarioTabProps {
  /** id of the tab element, referenced by the tab panel */
  id: string;
  name: string;
  selected: boolean;
  baseline: boolean;
  /** id of the panel the tab controls, when that panel is on screen */
  panelId: string | undefined;
  onSelect(): void;
  onRename(): void;
  onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void;
}

/** One scenario in the workspace bar; double-click or F2 renames it. */
export function ScenarioTab({ id, name, selected, baseline, panelId, onSelect, onRename, onKeyDown }: ScenarioTabProps) {
  const { t } = useI18n();
  return (
    <button
      id={id}
      type="button"
      role="tab"
      className="tab"
      title={name}
      aria-selected={selected}
      aria-controls={panelId}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
      onDoubleClick={onRename}
      onKeyDown={onKeyDown}
    >
      <span className="tab-name">{name}</span>
      {baseline && <span className="badge">{t('shell.workspace.baseline')}</span>}
    </button>
  );
}
