import { useI18n } from '../../i18n/i18n';

/**
 * PLACEHOLDER until src/io lands with its save helpers: the buttons are shown, disabled, so the
 * layout is final. Wire them to io's scenario and workspace download functions.
 */
export function SaveButtons() {
  const { t } = useI18n();
  const pending = t('shell.pending', { part: t('shell.saveScenario') });
  return (
    <>
      <button type="button" className="btn btn-ghost" disabled title={pending}>
        {t('shell.saveScenario')}
      </button>
      <button type="button" className="btn btn-ghost" disabled title={pending}>
        {t('shell.saveWorkspace')}
      </button>
    </>
  );
}
