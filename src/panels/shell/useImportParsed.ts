import { useCallback } from 'react';
import type { ParsedFile } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useUndoRedo } from '../../store';
import { useToast } from './ToastProvider';

/**
 * Puts a validated file into the workspace: a scenario joins it; a workspace replaces it, with
 * its own baseline, and the notice offers Undo. `source` names the file in the notice.
 */
export function useImportParsed(): (data: ParsedFile, source: string) => void {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const importScenarios = useAppStore((s) => s.importScenarios);
  return useCallback(
    ({ kind, scenarios, baselineIndex }: ParsedFile, source: string) => {
      if (kind === 'workspace') {
        importScenarios(scenarios, { baselineIndex, replace: true });
        toast.show({ text: t('shell.file.workspace', { file: source, n: scenarios.length }), action: { label: t('shell.undo'), run: undo } });
      } else {
        importScenarios(scenarios);
        toast.show({ text: t('shell.file.added', { name: scenarios[0]?.name ?? '', file: source }) });
      }
    },
    [importScenarios, t, toast, undo],
  );
}
