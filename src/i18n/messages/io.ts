/** Words of the store, files and share links. */
export const ioMessages = {
  en: {
    'io.copyName': '{name} (copy)',
    'io.newScenario': 'Scenario {n}',
    'io.shareLinkSource': 'Share link',
  },
} as const;
