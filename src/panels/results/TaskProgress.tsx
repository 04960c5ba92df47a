import { useI18n } from '../../i18n/i18n';
import type { TaskStatus } from '../../worker/useTasks';
import { useLongRunning } from './useLongRunning';
import './results.css';

export interface TaskProgressProps {
  /** the state of the task (useTask) */
  status: 'idle' | TaskStatus;
  /** share done, 0–1 */
  progress: number;
  /** whether an earlier result is still on screen */
  hasResult: boolean;
  /** the words of the task: what it is doing (with {pct}), its progress bar's name, Cancel, cancelled, run again, failed (with {message}) */
  words: { running: (pct: string) => string; label: string; cancel: string; cancelled: string; rerun: string; error: (message: string) => string };
  error?: string | undefined;
  onCancel(): void;
  onRerun(): void;
}

/**
 * The progress line of a task that is not a simulation (the tornado, the allocation): nothing while
 * it is quick, and once it has run for a moment what it is doing, how far it is, a Cancel button and,
 * where an earlier result is shown, that it is of the previous inputs. Cancelled and failed tasks say
 * so. The status region stays mounted, so screen readers hear its changes.
 */
export function TaskProgress({ status, progress, hasResult, words, error, onCancel, onRerun }: TaskProgressProps) {
  const { t, fmt } = useI18n();
  const long = useLongRunning(status === 'running');
  const share = Math.max(0, Math.min(1, progress));
  const staleNote = hasResult && (long || status === 'cancelled');
  return (
    <div className={`mc-progress${status === 'error' ? ' is-error' : ''}`} data-state={status}>
      <div role="status" className="mc-progress-line">
        {staleNote && <span className="mc-stale-note">{t('run.stale')}</span>}
        {long && <span>{words.running(fmt('EUR').percent(share, 0))}</span>}
        {status === 'cancelled' && <span>{words.cancelled}</span>}
        {status === 'error' && <span>{words.error(error ?? '')}</span>}
      </div>
      {long && <progress max={1} value={share} aria-label={words.label} />}
      {long && (
        <button type="button" className="btn btn-sm" onClick={onCancel}>
          {words.cancel}
        </button>
      )}
      {status === 'cancelled' && (
        <button type="button" className="btn btn-sm" onClick={onRerun}>
          {words.rerun}
        </button>
      )}
    </div>
  );
}
