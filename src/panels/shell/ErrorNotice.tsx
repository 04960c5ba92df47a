import { useI18n } from '../../i18n/i18n';

export interface ErrorNoticeProps {
  /** the error's own message, shown as the detail */
  message: string;
  onRetry(): void;
}

export function ErrorNotice({ message, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  return (
    <div className="notice" role="alert">
      <h2>{t('shell.failed.title')}</h2>
      <p>{t('shell.failed.body')}</p>
      <p>
        <code>{message}</code>
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('shell.failed.retry')}
      </button>
    </div>
  );
}
