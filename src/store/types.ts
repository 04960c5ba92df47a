import type { Scenario } from '../engine/schema';
import type { Lang } from '../i18n/format';
import type { ReportDetails, ReportSlice } from './reportSlice';

export interface WorkspaceEntry {
  /** stable for the entry's lifetime, for React keys; never shown */
  key: string;
  scenario: Scenario;
}

export interface ImportOptions {
  /** index into the imported scenarios of the one to make the baseline */
  baselineIndex?: number;
  /** drop the current workspace instead of appending to it */
  replace?: boolean;
}

export interface WorkspaceSlice {
  entries: WorkspaceEntry[];
  baselineKey: string;
  addScenario(scenario?: Scenario): string;
  duplicateScenario(key: string): string;
  renameScenario(key: string, name: string): void;
  deleteScenario(key: string): void;
  moveScenario(key: string, toIndex: number): void;
  setBaseline(key: string): void;
  updateScenario(key: string, next: Scenario): void;
  importScenarios(scenarios: Scenario[], options?: ImportOptions): string[];
}

export interface UiSlice {
  selectedKey: string;
  lang: Lang;
  /** where unreadable autosaved data was kept on this load, so the shell can say so; null if none */
  storageBackupKey: string | null;
  selectScenario(key: string): void;
  setLang(lang: Lang): void;
}

export type AppState = WorkspaceSlice & UiSlice & ReportSlice;

/** What autosave writes: the workspace and the language. */
export interface PersistedState {
  entries: WorkspaceEntry[];
  baselineKey: string;
  selectedKey: string;
  lang: Lang;
  /** absent in data saved before the report had a title */
  report?: ReportDetails;
}

/** What undo and redo restore: the workspace, with the selection that went with it. */
export type UndoableState = Pick<AppState, 'entries' | 'baselineKey' | 'selectedKey' | 'report'>;

/** The middleware stack, outermost first, as slices see it. */
export type AppMutators = [['zustand/persist', unknown], ['temporal', unknown]];
