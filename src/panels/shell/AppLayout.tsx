import { Suspense, useCallback, useEffect, useState } from 'react';
import { useShareLinkOnLoad } from '../../io';
import { LazyCsvImportDialog, preloadCsvImportDialog } from '../import/loadCsvImportDialog';
import { isCsvFile, useCsvImports } from '../import/useCsvImports';
import { DropOverlay } from './DropOverlay';
import { ErrorBoundary } from './ErrorBoundary';
import { ExampleNotice } from './ExampleNotice';
import { FileErrorDialog } from './FileErrorDialog';
import { Header } from './Header';
import { SkipLink } from './SkipLink';
import { StorageWarning } from './StorageWarning';
import { TabConflictDialog } from './TabConflictDialog';
import { Toolbar } from './Toolbar';
import { useFileImport } from './useFileImport';
import { useLeaveGuard } from './useLeaveGuard';
import { useOpenSharedWorkspace } from './useOpenSharedWorkspace';
import { useShareLinkNotice } from './useShareLinkNotice';
import { useStorageBackupNotice } from './useStorageBackupNotice';
import { useUncaughtErrorNotice } from './useUncaughtErrorNotice';
import { useWindowFileDrop } from './useWindowFileDrop';
import { ViewPanel } from './ViewPanel';
import type { View } from './views';
import { ViewSwitch } from './ViewSwitch';
import { WorkspaceBar } from './WorkspaceBar';

/** The page: header with toolbar, views, scenario tabs and the chosen view; plus file drop and errors. */
export function AppLayout() {
  const { openFiles, refuse, report, dismiss } = useFileImport();
  const csv = useCsvImports();
  const csvJob = csv.job;
  // A dropped CSV goes to the import preview (its columns say which); anything else opens as JSON.
  const dragging = useWindowFileDrop((files) => {
    for (const file of files.filter(isCsvFile)) csv.open(file.name, file, null);
    const json = files.filter((f) => !isCsvFile(f));
    if (json.length > 0) void openFiles(json);
  });
  useEffect(() => {
    if (dragging) preloadCsvImportDialog();
  }, [dragging]);
  const [view, setView] = useState<View>('plan');
  useShareLinkOnLoad(refuse, useShareLinkNotice(useCallback(() => setView('compare'), [])), useOpenSharedWorkspace());
  useStorageBackupNotice();
  useUncaughtErrorNotice();
  useLeaveGuard();

  return (
    <div className="app">
      <SkipLink view={view} />
      <Header>
        <ErrorBoundary resetKey={view}>
          <Toolbar onOpenFiles={(files) => void openFiles(files)} onRefuse={refuse} onOpenCsv={csv.open} />
        </ErrorBoundary>
      </Header>
      <main className="app-main">
        <StorageWarning />
        <ViewSwitch view={view} onChange={setView} />
        <ExampleNotice />
        <ErrorBoundary resetKey={view}>
          <WorkspaceBar controlsPanel={view === 'plan'} />
        </ErrorBoundary>
        <ViewPanel view={view} />
      </main>
      {dragging && <DropOverlay />}
      <TabConflictDialog />
      {/* One dialog at a time: a refused JSON file's errors wait until the CSV preview closes. */}
      {csvJob && (
        <ErrorBoundary resetKey={csvJob.id}>
          <Suspense fallback={null}>
            <LazyCsvImportDialog key={csvJob.id} job={csvJob} onClose={() => csv.done(csvJob.id)} />
          </Suspense>
        </ErrorBoundary>
      )}
      {report && !csvJob && <FileErrorDialog key={report.id} fileName={report.fileName} errors={report.errors} onClose={() => dismiss(report.id)} />}
    </div>
  );
}
