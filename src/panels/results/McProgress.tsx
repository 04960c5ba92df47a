import { useId } from 'react';
import { formatDuration } from '../../i18n/duration';
import { useI18n } from '../../i18n/i18n';
import type { McStatus } from '../../worker/useSimulations';
import type { RunGate } from '../../worker/useRunGate';
import './results.css';

/** Runs expected to be shorter than this get the slim line only: a Cancel button there would flicker on every slider move. */
export const CANCELLABLE_FROM_SECONDS = 1;

export interface McProgressProps {
  /** state of the Monte Carlo run */
  status: McStatus;
  /** share of trials done, 0–1 */
  progress: number;
  /** whether an earlier result is still on screen */
  hasResult: boolean;
  /** the estimate of the run and the question before a long one */
  gate?: RunGate | undefined;
  onCancel?: (() => void) | undefined;
  onRerun?: (() => void) | undefined;
}

/**
 * A slim progress line while the simulation runs; for a run of a second or more also its trial
 * count, its expected duration and a Cancel button; before a long run the question whether to run
 * it; a notice when it failed or was cancelled. The line keeps its height when empty: appearing
 * and vanishing on every slider move shifted the whole results column. One status region stays
 * mounted, so screen readers hear its changes.
 */
export function McProgress({ status, progress, hasResult, gate, onCancel, onRerun }: McProgressProps) {
  const { t, fmt, locale } = useI18n();
  const titleId = useId();
  const share = Math.max(0, Math.min(1, progress));
  const f = fmt('EUR');
  const long = gate !== undefined && gate.seconds >= CANCELLABLE_FROM_SECONDS;
  const staleNote = hasResult && (status === 'asking' || status === 'cancelled' || (status === 'running' && long));
  return (
    <div className={`mc-progress${status === 'error' ? ' is-error' : ''}`} data-state={status}>
      <div role="status" className="mc-progress-line">
        {staleNote && <span className="mc-stale-note">{t('run.stale')}</span>}
        {status === 'error' && <span>{t(hasResult ? 'results.mc.errorStale' : 'results.mc.error')}</span>}
        {status === 'cancelled' && <span>{t('run.cancelled')}</span>}
        {status === 'running' && (
          <span>
            {long
              ? t('run.progress', { trials: f.number(gate.trials), pct: f.percent(share, 0), time: formatDuration(gate.seconds, locale) })
              : t(hasResult ? 'results.mc.updating' : 'results.mc.running', { pct: f.percent(share, 0) })}
          </span>
        )}
        {status === 'asking' && <span>{t('run.waiting')}</span>}
      </div>
      {status === 'running' && <progress max={1} value={share} aria-label={t('results.mc.label')} />}
      {status === 'running' && long && onCancel && (
        <button type="button" className="btn btn-sm" onClick={onCancel}>
          {t('run.cancel')}
        </button>
      )}
      {status === 'cancelled' && onRerun && (
        <button type="button" className="btn btn-sm" onClick={onRerun}>
          {t('run.rerun')}
        </button>
      )}
      {status === 'asking' && gate && (
        <div className="mc-ask" role="group" aria-labelledby={titleId}>
          <p id={titleId}>
            <strong>{t('run.askTitle')}:</strong> {t('run.ask', { time: formatDuration(gate.seconds, locale), trials: f.number(gate.trials) })}
          </p>
          <button type="button" className="btn btn-sm" onClick={gate.runAnyway}>
            {t('run.runIt')}
          </button>
          {gate.cheaper && (
            <button type="button" className="btn btn-sm btn-primary" onClick={gate.runCheaper}>
              {t('run.runCheaper', { trials: f.number(gate.cheaper.trials), time: formatDuration(gate.cheaper.seconds, locale) })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
