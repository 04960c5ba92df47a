import { useI18n } from '../../i18n/i18n';

export interface McProgressProps {
  /** state of the Monte Carlo run */
  status: 'idle' | 'running' | 'done' | 'error';
  /** share of trials done, 0–1 */
  progress: number;
  /** whether an earlier result is still on screen */
  hasResult: boolean;
}

/** A slim progress line while the simulation runs; a notice when it failed. Nothing otherwise. */
export function McProgress({ status, progress, hasResult }: McProgressProps) {
  const { t, fmt } = useI18n();
  const pct = fmt('EUR').percent(Math.max(0, Math.min(1, progress)), 0);
  if (status === 'error') {
    return (
      <p className="mc-progress is-error" role="status">
        {t(hasResult ? 'results.mc.errorStale' : 'results.mc.error')}
      </p>
    );
  }
  if (status !== 'running') return null;
  return (
    <div className="mc-progress" role="status">
      <span>{t(hasResult ? 'results.mc.updating' : 'results.mc.running', { pct })}</span>
      <progress max={1} value={Math.max(0, Math.min(1, progress))} aria-label={t('results.mc.label')} />
    </div>
  );
}
