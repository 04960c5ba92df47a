import type { AllocationResult } from '../engine/allocation/types';
import type { Scenario } from '../engine/schema';
import type { MonteCarloResult } from '../engine/types';
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

/**
 * The allocator's recommended split for one workspace entry (the Allocate view, the report). A
 * view result, not part of the plan: neither saved nor undone, and never in a scenario file.
 */
export interface AllocationRecord {
  /** the scenario exactly as it was allocated: the record is current while the entry holds this object */
  of: Scenario;
  result: AllocationResult;
  /** `of` simulated at the allocator's trials and seed, for before → after */
  before: MonteCarloResult;
  /** the allocated scenario once applied to this entry (`here`), or the new entry made from it (`new`); current as well */
  applied: { scenario: Scenario; as: 'here' | 'new' } | null;
}

export interface UiSlice {
  selectedKey: string;
  lang: Lang;
  /** where unreadable autosaved data was kept on this load, so the shell can say so; null if none */
  storageBackupKey: string | null;
  /** per entry key */
  allocations: Record<string, AllocationRecord>;
  selectScenario(key: string): void;
  setLang(lang: Lang): void;
  setAllocation(key: string, record: AllocationRecord | null): void;
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
