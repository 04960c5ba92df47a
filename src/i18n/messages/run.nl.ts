/** The Dutch of run.ts: a chunk of its own, loaded when the app speaks Dutch (see ../dictionaries.ts). */
export const runMessagesNl = {
  'run.progress': '{trials} trials simuleren… {pct}, in totaal ongeveer {time}',
  'run.cancel': 'Simulatie annuleren',
  'run.cancelled': 'Simulatie geannuleerd.',
  'run.rerun': 'Simulatie starten',
  'run.stale': 'Resultaten van de vorige invoer',
  'run.ask': 'Deze simulatie duurt ongeveer {time} ({trials} trials).',
  'run.askTitle': 'Lange simulatie',
  'run.runIt': 'Toch starten',
  'run.runCheaper': 'In plaats daarvan {trials} trials (ongeveer {time})',
  'run.waiting': 'Wacht op uw keuze: er wordt nog niets gesimuleerd.',
} as const;
