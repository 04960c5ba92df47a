import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // A panel that fails shows its own notice; the console gets a warning, not an alarm.
    onCaughtError: (error) => console.warn('A panel could not be shown:', error),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
