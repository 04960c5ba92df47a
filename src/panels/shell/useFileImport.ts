import { useCallback, useRef, useState } from 'react';
import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { openFile } from './openFile';
import { useAppStore, useUndoRedo } from '../../store';
import { useToast } from './ToastProvider';

export interface FileErrorReport {
  id: number;
  fileName: string;
  errors: ValidationError[];
}

export interface FileImport {
  /** opens each file in turn: valid ones join the workspace, invalid ones are reported */
  openFiles(files: readonly File[]): Promise<void>;
  /** lists a refused file (or share link) with its errors for the error dialog */
  refuse(source: string, errors: ValidationError[]): void;
  /** the first refused file not yet dismissed, or null */
  report: FileErrorReport | null;
  dismiss(id: number): void;
}

/**
 * Opening files: a scenario file is added to the workspace; a workspace file replaces it (with an
 * Undo in the notice). A refused file changes nothing and is listed for the error dialog.
 */
export function useFileImport(): FileImport {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const importScenarios = useAppStore((s) => s.importScenarios);
  const [reports, setReports] = useState<FileErrorReport[]>([]);
  const nextId = useRef(1);

  const refuse = useCallback((fileName: string, errors: ValidationError[]) => {
    const id = nextId.current++;
    setReports((list) => [...list, { id, fileName, errors }]);
  }, []);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        let result: Awaited<ReturnType<typeof openFile>>;
        try {
          result = await openFile(file);
        } catch (err) {
          refuse(file.name, [{ path: '', rule: `${t('shell.file.unreadable')} (${err instanceof Error ? err.message : String(err)})` }]);
          continue;
        }
        if (!result.ok) {
          refuse(file.name, result.errors);
          continue;
        }
        const { kind, scenarios, baselineIndex } = result.data;
        if (kind === 'workspace') {
          importScenarios(scenarios, { baselineIndex, replace: true });
          toast.show({ text: t('shell.file.workspace', { file: file.name, n: scenarios.length }), action: { label: t('shell.undo'), run: undo } });
        } else {
          importScenarios(scenarios);
          toast.show({ text: t('shell.file.added', { name: scenarios[0]?.name ?? '', file: file.name }) });
        }
      }
    },
    [importScenarios, refuse, t, toast, undo],
  );

  const dismiss = useCallback((id: number) => setReports((list) => list.filter((r) => r.id !== id)), []);

  return { openFiles, refuse, report: reports[0] ?? null, dismiss };
}
