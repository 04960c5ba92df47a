import { useEffect, useState } from 'react';
import { guessCsvKindOf } from '../../io/csv/guessKind';
import { parseCsvFile, type CsvKind, type CsvRead } from '../../io/csv/parseCsvFile';

/** What the preview knows of its file so far. */
export type CsvReadState =
  | { step: 'guessing' }
  | { step: 'ask' }
  | { step: 'reading'; kind: CsvKind }
  | { step: 'read'; kind: CsvKind; read: CsvRead };

/**
 * Reads a CSV for the preview in the CSV worker: first its kind (given, read from its header, or
 * asked through `choose`), then its rows. An answer that arrives after the preview closed is dropped.
 */
export function useCsvRead(source: Blob | string, given: CsvKind | null): { state: CsvReadState; choose(kind: CsvKind): void } {
  const [kind, setKind] = useState<CsvKind | null | 'guessing'>(given ?? 'guessing');
  const [read, setRead] = useState<CsvRead | null>(null);

  useEffect(() => {
    if (kind !== 'guessing') return;
    let live = true;
    void guessCsvKindOf(source).then((guess) => {
      if (live) setKind(guess);
    });
    return () => {
      live = false;
    };
  }, [kind, source]);

  useEffect(() => {
    if (kind === null || kind === 'guessing') return;
    let live = true;
    const reading: Promise<CsvRead> = kind === 'roster' ? parseCsvFile(source, 'roster') : parseCsvFile(source, 'results');
    void reading.then((result) => {
      if (live) setRead(result);
    });
    return () => {
      live = false;
    };
  }, [kind, source]);

  const state: CsvReadState =
    kind === 'guessing' ? { step: 'guessing' }
    : kind === null ? { step: 'ask' }
    : read === null || read.kind !== kind ? { step: 'reading', kind }
    : { step: 'read', kind, read };
  return { state, choose: setKind };
}
