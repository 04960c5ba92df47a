/** Words of the store, files and share links. */
export const ioMessages = {
  en: {
    'io.copyName': '{name} (copy)',
    'io.newScenario': 'New scenario',
    'io.readFailed': 'could not be read ({detail})',
    'io.shareLinkEmpty': 'the share link holds no scenario',
    'io.shareLinkCorrupt': 'the share link is damaged or incomplete (was it cut off when copied?)',
  },
  nl: {
    'io.copyName': '{name} (kopie)',
    'io.newScenario': 'Nieuw scenario',
    'io.readFailed': 'kon niet worden gelezen ({detail})',
    'io.shareLinkEmpty': 'de deellink bevat geen scenario',
    'io.shareLinkCorrupt': 'de deellink is beschadigd of onvolledig (is hij bij het kopiëren afgekapt?)',
  },
} as const;
