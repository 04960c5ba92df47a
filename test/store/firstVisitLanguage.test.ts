import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import { followLanguage } from '../../src/store/firstVisitLanguage';
import { memoryStorage } from './memoryStorage';

const names = (store: ReturnType<typeof createAppStore>) => store.getState().entries.map((e) => e.scenario.name);
const labels = (store: ReturnType<typeof createAppStore>) => store.getState().entries.flatMap((e) => e.scenario.lineItems.map((i) => i.label));

describe('the first-visit workspace follows the language while untouched', () => {
  it('swaps names and labels to Dutch and back, as no undo step', () => {
    const store = createAppStore({ storage: memoryStorage() });
    expect(names(store)).toEqual(['Same budget: fixed fees', 'Same budget: commission only (CPS)', 'Same budget: hybrid']);
    store.getState().setLang('nl');
    followLanguage(store, 'en', 'nl');
    expect(names(store)).toEqual(['Zelfde budget: vaste vergoedingen', 'Zelfde budget: alleen commissie (CPS)', 'Zelfde budget: hybride']);
    expect(labels(store)).toContain('Microcreators op Instagram (€ 180 per post + 20% commissie)');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().setLang('en');
    followLanguage(store, 'nl', 'en');
    expect(labels(store)).toContain('Micro creators on Instagram (€180 per post + 20% commission)');
  });

  it('leaves an edited workspace as the planner wrote it', () => {
    const store = createAppStore({ storage: memoryStorage() });
    const first = store.getState().entries[0]!;
    store.getState().renameScenario(first.key, 'My plan');
    followLanguage(store, 'en', 'nl');
    expect(names(store)[0]).toBe('My plan');
    expect(names(store)[1]).toBe('Same budget: commission only (CPS)');
  });
});
