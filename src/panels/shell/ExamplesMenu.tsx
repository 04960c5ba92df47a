import { useI18n } from '../../i18n/i18n';
import { MenuButton } from './MenuButton';

/** PLACEHOLDER until src/io lands with its list of examples from scenarios/. */
export function ExamplesMenu() {
  const { t } = useI18n();
  return <MenuButton label={t('shell.examples')} items={[]} emptyText={t('shell.examples.empty')} />;
}
