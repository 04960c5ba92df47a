import { useI18n } from '../../i18n/i18n';

/** PLACEHOLDER until src/io lands with share links. */
export function ShareLinkButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="btn btn-ghost" disabled title={t('shell.pending', { part: t('shell.share') })}>
      {t('shell.share')}
    </button>
  );
}
