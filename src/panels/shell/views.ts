import { lazy } from 'react';

/**
 * The app's views. Only the planner is in the first load; the others are fetched when first
 * opened, which keeps the initial JavaScript within its budget as the app grows.
 */
export const VIEWS = ['plan', 'compare', 'payments', 'sensitivity', 'allocate', 'present'] as const;
export type View = (typeof VIEWS)[number];

export const LAZY_VIEWS = {
  compare: lazy(() => import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel }))),
  payments: lazy(() => import('../explorer/ExplorerPanel').then((m) => ({ default: m.ExplorerPanel }))),
  sensitivity: lazy(() => import('../sensitivity/SensitivityPanel').then((m) => ({ default: m.SensitivityPanel }))),
  allocate: lazy(() => import('../allocate/AllocatePanel').then((m) => ({ default: m.AllocatePanel }))),
  present: lazy(() => import('../present/PresentReport').then((m) => ({ default: m.PresentReport }))),
} as const;

export const viewTabId = (view: View) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';
