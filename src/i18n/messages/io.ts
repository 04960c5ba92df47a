/** Words of the store, files and share links. */
export const ioMessages = {
  en: {
    'io.copyName': '{name} (copy)',
    'io.newScenario': 'New scenario',
    'io.shareLinkSource': 'Share link',
  },
  nl: {
    'io.copyName': '{name} (kopie)',
    'io.newScenario': 'Nieuw scenario',
    'io.shareLinkSource': 'Deellink',
  },
} as const;
