/// <reference lib="webworker" />
import { readCsvInput } from '../io/csv/readCsvInput';
import type { CsvRequest, CsvResponse } from './csvProtocol';

// The CSV reader and papaparse (CommonJS, about 20 kB) live here only: loaded the first time a CSV
// is opened, never in the page's first load or in the Monte Carlo worker.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<CsvRequest>) => {
  const { id, kind, input } = event.data;
  let response: CsvResponse;
  try {
    response = { id, result: readCsvInput(input, kind) };
  } catch (err) {
    response = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
