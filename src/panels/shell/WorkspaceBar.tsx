import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { SCENARIO_PANEL_ID, tabIdFor } from './ids';
import { RenameField } from './RenameField';
import { ScenarioTab } from './ScenarioTab';
import { useScrollEdges } from './useScrollEdges';
import { WorkspaceActions } from './WorkspaceActions';

export interface WorkspaceBarProps {
  /** whether the selected scenario's panel (the planner) is on screen for the tabs to point at */
  controlsPanel?: boolean;
}

/** The scenarios of the workspace as tabs, with the actions on the selected one. */
export function WorkspaceBar({ controlsPanel = true }: WorkspaceBarProps) {
  const { t } = useI18n();
  const entries = useAppStore((s) => s.entries);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const baselineKey = useAppStore((s) => s.baselineKey);
  const selectScenario = useAppStore((s) => s.selectScenario);
  const renameScenario = useAppStore((s) => s.renameScenario);
  const [renamingKey, setRenamingKey] = useState<string | null>(null);
  const [scrollRef, edges] = useScrollEdges<HTMLDivElement>();

  const selectAndFocus = (index: number) => {
    const entry = entries[(index + entries.length) % entries.length];
    if (!entry) return;
    selectScenario(entry.key);
    document.getElementById(tabIdFor(entry.key))?.focus();
  };

  const onTabKeyDown = (index: number, key: string) => (e: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: entries.length - 1 };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      selectAndFocus(target);
    } else if (e.key === 'F2') {
      e.preventDefault();
      setRenamingKey(key);
    }
  };

  const finishRename = (key: string) => {
    setRenamingKey(null);
    // The field was the focused element; hand focus back to its tab once it is rendered again.
    requestAnimationFrame(() => document.getElementById(tabIdFor(key))?.focus());
  };

  return (
    <nav className="workspace-bar" aria-label={t('shell.workspace')}>
      <div className={`scroll-frame tabs-frame${edges.start ? ' has-more-start' : ''}${edges.end ? ' has-more-end' : ''}`}>
        <div ref={scrollRef} role="tablist" className="tabs" aria-label={t('shell.workspace')}>
          {entries.map((entry, i) =>
            entry.key === renamingKey ? (
              <RenameField
                key={entry.key}
                initialName={entry.scenario.name}
                onCommit={(name) => {
                  renameScenario(entry.key, name);
                  finishRename(entry.key);
                }}
                onCancel={() => finishRename(entry.key)}
              />
            ) : (
              <ScenarioTab
                key={entry.key}
                id={tabIdFor(entry.key)}
                name={entry.scenario.name || t('shell.workspace.untitled')}
                selected={entry.key === selectedKey}
                baseline={entry.key === baselineKey}
                panelId={controlsPanel ? SCENARIO_PANEL_ID : undefined}
                onSelect={() => selectScenario(entry.key)}
                onRename={() => setRenamingKey(entry.key)}
                onKeyDown={onTabKeyDown(i, entry.key)}
              />
            ),
          )}
        </div>
      </div>
      <WorkspaceActions onRename={setRenamingKey} />
    </nav>
  );
}
