import { useShareLinkOnLoad } from '../../io';
import { DropOverlay } from './DropOverlay';
import { FileErrorDialog } from './FileErrorDialog';
import { Header } from './Header';
import { Toolbar } from './Toolbar';
import { useFileImport } from './useFileImport';
import { useShareLinkNotice } from './useShareLinkNotice';
import { useStorageBackupNotice } from './useStorageBackupNotice';
import { useWindowFileDrop } from './useWindowFileDrop';
import { Workbench } from './Workbench';
import { WorkspaceBar } from './WorkspaceBar';

/** The page: header with toolbar, scenario tabs, the selected scenario; plus file drop and errors. */
export function AppLayout() {
  const { openFiles, refuse, report, dismiss } = useFileImport();
  const dragging = useWindowFileDrop((files) => void openFiles(files));
  useShareLinkOnLoad(refuse, useShareLinkNotice());
  useStorageBackupNotice();

  return (
    <div className="app">
      <Header>
        <Toolbar onOpenFiles={(files) => void openFiles(files)} onRefuse={refuse} />
      </Header>
      <WorkspaceBar />
      <Workbench />
      {dragging && <DropOverlay />}
      {report && <FileErrorDialog key={report.id} fileName={report.fileName} errors={report.errors} onClose={() => dismiss(report.id)} />}
    </div>
  );
}
