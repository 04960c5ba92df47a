import { lazy } from 'react';
import { withWords } from '../../i18n/viewWords';

/**
 * The CSV preview with the roster engine and its chart, fetched the first time it is needed and
 * again for nothing after that. Opening the Import CSV menu or dragging a file over the window
 * starts the fetch, so that the preview is there by the time the file is chosen. Its words come with it.
 */
export const loadCsvImportDialog = () => withWords(import('./CsvImportDialog'), ['csvImportDialog']);

export const LazyCsvImportDialog = lazy(() => loadCsvImportDialog().then((m) => ({ default: m.CsvImportDialog })));

/** Starts the fetch early; a failure here is left for the dialog itself to meet and report. */
export function preloadCsvImportDialog(): void {
  loadCsvImportDialog().catch(() => {});
}
