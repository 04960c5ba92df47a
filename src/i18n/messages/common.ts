/** Words shared across screens. Each area keeps its own pack (messages/<area>.ts) with en and nl. */
export const commonMessages = {
  en: {
    'app.title': 'Campaign ROI Planner',
    'common.undefined': 'not defined',
    'common.week': 'week {n}',
    'common.weeks': 'weeks',
    'common.language': 'Language',
  },
} as const;
