/** The Dutch of common.ts: a chunk of its own, loaded when the app speaks Dutch (see ../dictionaries.ts). */
export const commonMessagesNl = {
  'app.title': 'Campagne-ROI-planner',
  'common.undefined': 'niet gedefinieerd',
  'common.week': 'week {n}',
  'common.weeks': 'weken',
  'common.language': 'Taal',
} as const;
