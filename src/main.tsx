import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prepareLanguage } from './panels/shell/prepareLanguage';
import { useAppStore } from './store';
import { followLanguage } from './store/firstVisitLanguage';
import './styles.css';

function render(root: HTMLElement): void {
  createRoot(root, {
    // A panel that fails shows its own notice; the console gets a warning, not an alarm.
    onCaughtError: (error) => console.warn('A panel could not be shown:', error),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  // Dutch words are a chunk of their own: a planner reading Dutch gets them before the first
  // paint, so the page never flashes English; English needs no wait. If they cannot be fetched,
  // English is better than nothing. (Not a top-level await: that would make the bundler cut the
  // page's code into many small chunks, to keep the Dutch chunk from waiting on the page.)
  const { lang } = useAppStore.getState();
  void prepareLanguage(lang)
    .then(
      // The store made an untouched first-visit workspace before its Dutch text was here.
      () => followLanguage(useAppStore, 'en', lang),
      () => undefined,
    )
    .then(() => render(root));
}
