import { describe, expect, it } from 'vitest';
import { formatCsvProblem } from '../../src/engine/roster/csvRules';
import { createCsvParser, parseCsvFile } from '../../src/io/csv/parseCsvFile';
import { readCsvInput } from '../../src/io/csv/readCsvInput';
import type { CsvRequest, CsvResponse } from '../../src/worker/csvProtocol';

/**
 * The page's door to the CSV reader: through a worker, with every message structured-cloned as a
 * real worker would, or inline where there are no workers, with the same answers either way.
 */

const LIST = 'naam;kanaal;volgers\nAnna;ig;12.500\nBob;xx;1\n';

/** A Worker whose other side runs what csv.worker.ts runs, answering in a later task. */
class LoopbackWorker {
  onmessage: ((event: MessageEvent<CsvResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CsvRequest[] = [];
  constructor(private readonly broken = false) {}
  postMessage(message: CsvRequest) {
    const request = structuredClone(message);
    this.received.push(request);
    setTimeout(() => {
      if (this.broken) return this.onerror?.({ message: 'failed to load', preventDefault() {} } as ErrorEvent);
      this.onmessage?.({ data: structuredClone({ id: request.id, result: readCsvInput(request.input, request.kind) }) } as MessageEvent<CsvResponse>);
    }, 0);
  }
  terminate() {}
}

const blob = (text: string) => new Blob([text]);

describe('parseCsvFile', () => {
  it('reads a file in the worker, its bytes decoded there, and answers each request by its id', async () => {
    const worker = new LoopbackWorker();
    const parser = createCsvParser(() => worker as unknown as Worker);
    const [list, results] = await Promise.all([parser.parse(blob(LIST), 'roster'), parser.parse('platform,tier,posts\nig,micro,1\n', 'results')]);
    // The text goes at once; the file's bytes once they are read, so its request is the second.
    expect(worker.received.map((r) => [r.id, r.kind, typeof r.input === 'string' ? 'text' : 'bytes'])).toEqual([
      [1, 'results', 'text'],
      [2, 'roster', 'bytes'],
    ]);
    expect(list.rows.map((r) => [r.row, r.name, r.followers])).toEqual([[2, 'Anna', 12_500]]);
    expect(list.rejected.flatMap((r) => r.problems).map(formatCsvProblem)).toEqual([
      'row 3, column kanaal: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "xx")',
    ]);
    expect(results.rows).toEqual([{ row: 2, platform: 'instagram', tier: 'micro', posts: 1 }]);
  });

  it('refuses a file over 5 MB by its size, without reading it or starting a worker', async () => {
    let started = false;
    const parser = createCsvParser(() => {
      started = true;
      return new LoopbackWorker() as unknown as Worker;
    });
    const huge = { size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    const r = await parser.parse(huge, 'roster');
    expect(r.errors.map(formatCsvProblem)).toEqual(['file: is 6.0 MB; files larger than 5 MB are refused']);
    expect(started).toBe(false);
  });

  it('reads inline when the worker fails to load, for the requests it held and those after', async () => {
    const parser = createCsvParser(() => new LoopbackWorker(true) as unknown as Worker);
    expect((await parser.parse(blob(LIST), 'roster')).rows).toHaveLength(1);
    expect((await parser.parse(blob(LIST), 'roster')).rows).toHaveLength(1);
  });

  it('reads inline where there are no workers (Node, jsdom), and says why a file could not be read', async () => {
    expect((await parseCsvFile(LIST, 'roster')).rows).toHaveLength(1);
    const unreadable = { size: 10, arrayBuffer: () => Promise.reject(new Error('the file was moved')) };
    expect((await parseCsvFile(unreadable, 'results')).errors.map(formatCsvProblem)).toEqual(['file: could not be read (the file was moved)']);
  });
});
