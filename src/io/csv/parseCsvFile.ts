import { csvProblem } from '../../engine/roster/csvRules';
import type { CsvRequest, CsvResponse } from '../../worker/csvProtocol';
import type { CsvKind } from './columns';
import { failed, refusedBySize, type CsvRead, type ResultsRead, type RosterRead } from './result';

export { resultColumnsOf, type CsvRead, type CsvReadResult, type RejectedRow, type ResultsRead, type RosterRead } from './result';
export type { CsvKind } from './columns';

/**
 * The app's one door to the CSV reader: `parseCsvFile(file, 'roster' | 'results')`. The reader and
 * papaparse run in a worker of their own, started on the first call, so that a 20,000-row list never
 * blocks the page and neither of them weighs on the first load or on the Monte Carlo worker. Where
 * there are no workers (Node, jsdom) or the worker fails to load, the reader is imported on demand
 * and runs here instead: the same answer, less smoothly. It never rejects: an unreadable file is a
 * result with its reason in `errors`, like any other refused file.
 */

export type CsvSource = Pick<Blob, 'size' | 'arrayBuffer'> | string;

export interface CsvParser {
  parse(input: CsvSource, kind: 'roster'): Promise<RosterRead>;
  parse(input: CsvSource, kind: 'results'): Promise<ResultsRead>;
  parse(input: CsvSource, kind: CsvKind): Promise<CsvRead>;
}

const inline = async (input: string | ArrayBuffer, kind: CsvKind): Promise<CsvRead> => (await import('./readCsvInput')).readCsvInput(input, kind);

/** A parser on a worker made by `makeWorker` (null: inline only). */
export function createCsvParser(makeWorker: (() => Worker) | null): CsvParser {
  let worker: Worker | null = null;
  let broken = makeWorker === null;
  let nextId = 1;
  const pending = new Map<number, { input: string | ArrayBuffer; kind: CsvKind; settle(result: CsvRead): void }>();

  const start = (): Worker | null => {
    if (broken || !makeWorker) return null;
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<CsvResponse>) => {
      const request = pending.get(event.data.id);
      if (!request) return;
      pending.delete(event.data.id);
      request.settle('result' in event.data ? event.data.result : failed(request.kind, 'comma', [csvProblem(null, null, 'unreadable', { detail: event.data.error })]));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      broken = true;
      // The worker got copies, so what it held is read here instead.
      for (const [id, request] of pending) {
        pending.delete(id);
        void inline(request.input, request.kind).then(request.settle);
      }
    };
    return worker;
  };

  async function parse(input: CsvSource, kind: CsvKind): Promise<CsvRead> {
    let data: string | ArrayBuffer;
    if (typeof input === 'string') data = input;
    else {
      const bySize = refusedBySize<CsvRead['rows'][number]>(kind, input.size);
      if (bySize) return bySize;
      try {
        data = await input.arrayBuffer();
      } catch (err) {
        return failed(kind, 'comma', [csvProblem(null, null, 'unreadable', { detail: err instanceof Error ? err.message : String(err) })]);
      }
    }
    const target = start();
    if (!target) return inline(data, kind);
    const id = nextId++;
    return new Promise<CsvRead>((settle) => {
      pending.set(id, { input: data, kind, settle });
      const request: CsvRequest = { id, kind, input: data };
      // Copied rather than transferred (a few milliseconds for 5 MB), so that a worker that fails
      // to start leaves the bytes here to be read inline.
      target.postMessage(request);
    });
  }
  return { parse } as CsvParser;
}

let shared: CsvParser | null = null;

/** Reads a creator list ('roster') or a past campaign's results ('results'); see docs/MODEL.md §9. */
export function parseCsvFile(input: CsvSource, kind: 'roster'): Promise<RosterRead>;
export function parseCsvFile(input: CsvSource, kind: 'results'): Promise<ResultsRead>;
export function parseCsvFile(input: CsvSource, kind: CsvKind): Promise<CsvRead> {
  shared ??= createCsvParser(
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('../../worker/csv.worker.ts', import.meta.url), { type: 'module' }),
  );
  return shared.parse(input, kind);
}
