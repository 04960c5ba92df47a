import { useI18n } from '../../i18n/i18n';

export interface McProgressProps {
  /** state of the Monte Carlo run */
  status: 'idle' | 'running' | 'done' | 'error';
  /** share of trials done, 0–1 */
  progress: number;
  /** whether an earlier result is still on screen */
  hasResult: boolean;
}

/**
 * A slim progress line while the simulation runs; a notice when it failed. The line keeps its
 * height when empty: appearing and vanishing on every slider move shifted the whole results
 * column, which made the browser repaint the page for each input. One status region stays
 * mounted, so screen readers hear its changes.
 */
export function McProgress({ status, progress, hasResult }: McProgressProps) {
  const { t, fmt } = useI18n();
  const share = Math.max(0, Math.min(1, progress));
  return (
    <div className={`mc-progress${status === 'error' ? ' is-error' : ''}`} role="status" data-state={status}>
      {status === 'error' && <span>{t(hasResult ? 'results.mc.errorStale' : 'results.mc.error')}</span>}
      {status === 'running' && (
        <>
          <span>{t(hasResult ? 'results.mc.updating' : 'results.mc.running', { pct: fmt('EUR').percent(share, 0) })}</span>
          <progress max={1} value={share} aria-label={t('results.mc.label')} />
        </>
      )}
    </div>
  );
}
