import type { Lang } from '../i18n/format';
import type { AppStore } from './createAppStore';
import { defaultWorkspace } from './defaultWorkspace';

/**
 * The first-visit workspace is the app's example, not the planner's work: while it is untouched
 * it follows a change of language, so Dutch mode shows it in Dutch. Once anything in it was
 * edited, its text is the planner's and stays as it is. The swap is no undo step.
 */
export function followLanguage(store: AppStore, from: Lang, to: Lang): void {
  if (from === to) return;
  const before = defaultWorkspace(from).scenarios;
  const { entries } = store.getState();
  const untouched = entries.length === before.length && entries.every((e, i) => JSON.stringify(e.scenario) === JSON.stringify(before[i]));
  if (!untouched) return;
  const after = defaultWorkspace(to).scenarios;
  const temporal = store.temporal.getState();
  temporal.pause();
  store.setState({ entries: entries.map((e, i) => ({ key: e.key, scenario: after[i] ?? e.scenario })) });
  temporal.resume();
}
