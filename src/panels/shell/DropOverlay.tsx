import { useI18n } from '../../i18n/i18n';

/** Shown while a file is dragged over the window. */
export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <span>{t('shell.drop')}</span>
    </div>
  );
}
