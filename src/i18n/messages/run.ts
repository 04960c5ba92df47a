/** Words of a simulation's progress line: the estimate, the question before a long run, cancel and stale results. */
export const runMessages = {
  en: {
    'run.progress': 'Simulating {trials} trials… {pct}, about {time} in all',
    'run.cancel': 'Cancel simulation',
    'run.cancelled': 'Simulation cancelled.',
    'run.rerun': 'Run simulation',
    'run.stale': 'Results of the previous inputs',
    'run.ask': 'This run will take about {time} ({trials} trials).',
    'run.askTitle': 'Long simulation',
    'run.runIt': 'Run it',
    'run.runCheaper': 'Run {trials} trials instead (about {time})',
    'run.waiting': 'Waiting for your choice: nothing is simulated yet.',
  },
  nl: {
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
  },
} as const;
