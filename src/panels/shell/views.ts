import { lazy } from 'react';
import { withWords } from '../../i18n/viewWords';

/**
 * The app's views. Only the planner is in the first load; the others are fetched when first
 * opened, which keeps the initial JavaScript within its budget as the app grows.
 */
export const VIEWS = ['plan', 'compare', 'payments', 'sensitivity', 'allocate', 'present'] as const;
export type View = (typeof VIEWS)[number];

export const LAZY_VIEWS = {
  compare: lazy(() => withWords(import('../compare/ComparePanel'), ['compare']).then((m) => ({ default: m.ComparePanel }))),
  payments: lazy(() => withWords(import('../explorer/ExplorerPanel'), ['explorer']).then((m) => ({ default: m.ExplorerPanel }))),
  sensitivity: lazy(() => withWords(import('../sensitivity/SensitivityPanel'), ['sensitivity']).then((m) => ({ default: m.SensitivityPanel }))),
  allocate: lazy(() => withWords(import('../allocate/AllocatePanel'), ['allocate']).then((m) => ({ default: m.AllocatePanel }))),
  // The report shows the options as Compare does and the recommended split in the allocator's words.
  present: lazy(() => withWords(import('../present/PresentReport'), ['present', 'compare', 'allocate']).then((m) => ({ default: m.PresentReport }))),
} as const;

export const viewTabId = (view: View) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';
