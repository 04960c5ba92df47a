import { useCallback, useRef, useState } from 'react';
import type { CsvKind } from '../../io/csv/parseCsvFile';

/** One CSV waiting for its preview: a file picked or dropped, or an example's text. */
export interface CsvJob {
  id: number;
  fileName: string;
  source: Blob | string;
  /** a creator list or past results; null for a drop, whose kind is read from its columns or asked */
  kind: CsvKind | null;
}

/** Opens a CSV in the import preview: `kind` null asks the file's columns, then the planner. */
export type OpenCsv = (fileName: string, source: Blob | string, kind: CsvKind | null) => void;

export interface CsvImports {
  open: OpenCsv;
  /** the CSV whose preview is on screen, or null */
  job: CsvJob | null;
  /** the preview of this job closed (applied or cancelled): the next one, if any, opens */
  done(id: number): void;
}

/** A dropped or picked file is read as CSV by its name or type; anything else opens as JSON. */
export const isCsvFile = (file: Pick<File, 'name' | 'type'>): boolean => /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** CSVs to preview, one at a time in the order they came, as refused JSON files wait for their dialog. */
export function useCsvImports(): CsvImports {
  const [jobs, setJobs] = useState<CsvJob[]>([]);
  const nextId = useRef(1);
  const open = useCallback<OpenCsv>((fileName, source, kind) => {
    const id = nextId.current++;
    setJobs((list) => [...list, { id, fileName, source, kind }]);
  }, []);
  const done = useCallback((id: number) => setJobs((list) => list.filter((j) => j.id !== id)), []);
  return { open, job: jobs[0] ?? null, done };
}
