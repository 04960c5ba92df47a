import { useCallback, useRef, useState } from 'react';
import type { ValidationError } from '../../engine/parse';
import { openFile } from '../../io';
import { useImportParsed } from './useImportParsed';

export interface FileErrorReport {
  id: number;
  fileName: string;
  errors: ValidationError[];
}

export interface FileImport {
  /** opens each file in turn: valid ones go into the workspace, invalid ones are reported */
  openFiles(files: readonly File[]): Promise<void>;
  /** lists a refused file (or share link) with its errors for the error dialog */
  refuse(source: string, errors: ValidationError[]): void;
  /** the first refused file not yet dismissed, or null */
  report: FileErrorReport | null;
  dismiss(id: number): void;
}

/** Opening files from the picker or a drop. A refused file changes nothing and waits in a queue for the error dialog. */
export function useFileImport(): FileImport {
  const importParsed = useImportParsed();
  const [reports, setReports] = useState<FileErrorReport[]>([]);
  const nextId = useRef(1);

  const refuse = useCallback((fileName: string, errors: ValidationError[]) => {
    const id = nextId.current++;
    setReports((list) => [...list, { id, fileName, errors }]);
  }, []);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        const result = await openFile(file);
        if (result.ok) importParsed(result.data, file.name);
        else refuse(file.name, result.errors);
      }
    },
    [importParsed, refuse],
  );

  const dismiss = useCallback((id: number) => setReports((list) => list.filter((r) => r.id !== id)), []);

  return { openFiles, refuse, report: reports[0] ?? null, dismiss };
}
