import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { I18nProvider } from '../../../src/i18n/i18n';
import { AppFailure } from '../../../src/panels/shell/AppFailure';
import { ErrorBoundary } from '../../../src/panels/shell/ErrorBoundary';
import { resetStore } from './shellHarness';

vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>results</p> }));
const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/io/export/saveFile', () => ({ saveFile: (_content: unknown, fileName: string) => void saved.push(fileName) }));

function Broken(): never {
  throw new Error('the page broke');
}

beforeEach(() => {
  resetStore();
  saved.length = 0;
});
afterEach(() => vi.restoreAllMocks());

describe('when the page itself fails', () => {
  it('says so and still saves the work as a workspace file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider lang="en">
        <ErrorBoundary resetKey={null} fallback={(error, retry) => <AppFailure message={error.message} onRetry={retry} />}>
          <Broken />
        </ErrorBoundary>
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The planner could not be shown. Your work is still in memory: save it as a workspace file, then reload the page.');
    expect(alert).toHaveTextContent('the page broke');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save workspace' }));
    // resetStore's one scenario is the file-format example, "Spring launch: micro TikTok hybrid".
    expect(saved).toEqual(['spring-launch-micro-tiktok-hybrid.workspace.json']);
  });
});

describe('an exception no handler caught', () => {
  it('gets a notice that the work is still there', () => {
    render(<App />);
    act(() => void window.dispatchEvent(new ErrorEvent('error', { error: new Error('boom'), message: 'boom' })));
    expect(screen.getByText('Something went wrong (boom). Your work is still here; save a workspace file to be safe.')).toBeInTheDocument();
  });
});
