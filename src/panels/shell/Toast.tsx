import { useI18n } from '../../i18n/i18n';

export interface ToastMessage {
  text: string;
  /** one button in the notice, e.g. Undo after a delete */
  action?: { label: string; run(): void };
}

export interface ToastProps {
  /** the notice to show, or null for none */
  message: ToastMessage | null;
  onDismiss(): void;
}

/** The live region stays mounted so screen readers announce each new notice. */
export function Toast({ message, onDismiss }: ToastProps) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <div className="toast">
          <span>{message.text}</span>
          {message.action && (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => {
                message.action?.run();
                onDismiss();
              }}
            >
              {message.action.label}
            </button>
          )}
          <button type="button" className="btn btn-sm btn-ghost btn-icon" aria-label={t('shell.dismiss')} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
