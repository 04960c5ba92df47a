import { lazy } from 'react';

/**
 * The CSV preview with the roster engine and its chart, fetched the first time it is needed and
 * again for nothing after that. Opening the Import CSV menu or dragging a file over the window
 * starts the fetch, so that the preview is there by the time the file is chosen.
 */
export const loadCsvImportDialog = () => import('./CsvImportDialog');

export const LazyCsvImportDialog = lazy(() => loadCsvImportDialog().then((m) => ({ default: m.CsvImportDialog })));

/** Starts the fetch early; a failure here is left for the dialog itself to meet and report. */
export function preloadCsvImportDialog(): void {
  loadCsvImportDialog().catch(() => {});
}
