/** The Dutch of io.ts: a chunk of its own, loaded when the app speaks Dutch (see ../dictionaries.ts). */
export const ioMessagesNl = {
  'io.copyName': '{name} (kopie)',
  'io.newScenario': 'Scenario {n}',
  'io.shareLinkSource': 'Deellink',
} as const;
