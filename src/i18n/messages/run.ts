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
} as const;
