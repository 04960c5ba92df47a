import { useState } from 'react';
import { useShareLinkOnLoad } from '../../io';
import { DropOverlay } from './DropOverlay';
import { ExampleNotice } from './ExampleNotice';
import { FileErrorDialog } from './FileErrorDialog';
import { Header } from './Header';
import { SkipLink } from './SkipLink';
import { Toolbar } from './Toolbar';
import { useFileImport } from './useFileImport';
import { useShareLinkNotice } from './useShareLinkNotice';
import { useStorageBackupNotice } from './useStorageBackupNotice';
import { useWindowFileDrop } from './useWindowFileDrop';
import { ViewPanel } from './ViewPanel';
import type { View } from './views';
import { ViewSwitch } from './ViewSwitch';
import { WorkspaceBar } from './WorkspaceBar';

/** The page: header with toolbar, views, scenario tabs and the chosen view; plus file drop and errors. */
export function AppLayout() {
  const { openFiles, refuse, report, dismiss } = useFileImport();
  const dragging = useWindowFileDrop((files) => void openFiles(files));
  useShareLinkOnLoad(refuse, useShareLinkNotice());
  useStorageBackupNotice();
  const [view, setView] = useState<View>('plan');

  return (
    <div className="app">
      <SkipLink view={view} />
      <Header>
        <Toolbar onOpenFiles={(files) => void openFiles(files)} onRefuse={refuse} />
      </Header>
      <main className="app-main">
        <ViewSwitch view={view} onChange={setView} />
        <ExampleNotice />
        <WorkspaceBar controlsPanel={view === 'plan'} />
        <ViewPanel view={view} />
      </main>
      {dragging && <DropOverlay />}
      {report && <FileErrorDialog key={report.id} fileName={report.fileName} errors={report.errors} onClose={() => dismiss(report.id)} />}
    </div>
  );
}
