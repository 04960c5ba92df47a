import { blankScenario } from '../../engine/starter';
import type { Lang } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useUndoRedo } from '../../store';
import { defaultWorkspace } from '../../store/defaultWorkspace';
import { useToast } from './ToastProvider';
import './exampleNotice.css';

const exampleNames = new Map<Lang, readonly string[]>();
/** The first-visit workspace's scenario names, read once per language: the notice shows while they are still the workspace. */
const namesOfExample = (lang: Lang): readonly string[] => {
  let names = exampleNames.get(lang);
  if (!names) exampleNames.set(lang, (names = defaultWorkspace(lang).scenarios.map((s) => s.name)));
  return names;
};

/** One line on a first visit: this is an example workspace, with a way to start blank (undoable). */
export function ExampleNotice() {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const isExample = useAppStore((s) => {
    const example = namesOfExample(s.lang);
    return s.entries.length === example.length && s.entries.every((e, i) => e.scenario.name === example[i]);
  });
  const importScenarios = useAppStore((s) => s.importScenarios);
  if (!isExample) return null;

  const startBlank = () => {
    importScenarios([blankScenario(t('io.newScenario', { n: 1 }), t('editor.item.untitled', { n: 1 }))], { replace: true });
    toast.show({ text: t('shell.example.startedBlank'), action: { label: t('shell.undo'), run: undo } });
  };
  return (
    <p className="example-notice">
      <span>{t('shell.example.notice')}</span>
      <button type="button" className="btn btn-sm" onClick={startBlank}>
        {t('shell.example.startBlank')}
      </button>
    </p>
  );
}
