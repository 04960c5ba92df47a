import { lazy } from 'react';
import { addMessages } from '../../i18n/dictionaries';

/**
 * The app's views. Only the planner is in the first load; the others are fetched when first
 * opened, which keeps the initial JavaScript within its budget as the app grows.
 */
export const VIEWS = ['plan', 'compare', 'payments', 'sensitivity', 'allocate', 'present'] as const;
export type View = (typeof VIEWS)[number];

export const LAZY_VIEWS = {
  compare: lazy(() => import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel }))),
  payments: lazy(() => import('../explorer/ExplorerPanel').then((m) => ({ default: m.ExplorerPanel }))),
  // These three views' words are used nowhere else, so they come with the view, in both languages.
  sensitivity: lazy(() =>
    Promise.all([import('../sensitivity/SensitivityPanel'), import('../../i18n/messages/sensitivity')]).then(([m, words]) => {
      addMessages(words.sensitivityMessages);
      return { default: m.SensitivityPanel };
    }),
  ),
  allocate: lazy(() =>
    Promise.all([import('../allocate/AllocatePanel'), import('../../i18n/messages/allocate')]).then(([m, words]) => {
      addMessages(words.allocateMessages);
      return { default: m.AllocatePanel };
    }),
  ),
  // The report shows the recommended split in the allocator's words.
  present: lazy(() =>
    Promise.all([import('../present/PresentReport'), import('../../i18n/messages/present'), import('../../i18n/messages/allocate')]).then(([m, words, allocateWords]) => {
      addMessages(words.presentMessages);
      addMessages(allocateWords.allocateMessages);
      return { default: m.PresentReport };
    }),
  ),
} as const;

export const viewTabId = (view: View) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';
