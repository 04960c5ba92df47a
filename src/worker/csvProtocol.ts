import type { CsvKind } from '../io/csv/columns';
import type { CsvRead } from '../io/csv/result';

/**
 * Messages between the page and the CSV worker (csv.worker.ts). A file's bytes are decoded
 * there, so neither decoding nor parsing a 5 MB file touches the page's thread. Each request names its id; answers may come back in any order.
 */
export interface CsvRequest {
  id: number;
  kind: CsvKind;
  input: string | ArrayBuffer;
}

export type CsvResponse = { id: number; result: CsvRead } | { id: number; error: string };
