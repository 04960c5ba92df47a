import { useRef } from 'react';
import type { CsvKind } from '../../io/csv/parseCsvFile';
import { useI18n } from '../../i18n/i18n';
import { FileInput } from '../shell/FileInput';
import { MenuButton, type MenuItem } from '../shell/MenuButton';
import { preloadCsvImportDialog } from './loadCsvImportDialog';
import type { OpenCsv } from './useCsvImports';

export const CSV_ACCEPT = '.csv,text/csv';

const KINDS: readonly CsvKind[] = ['roster', 'results'];

/** The two pickers, hidden, and the menu items that open them. */
export function useCsvPickers(onOpenCsv: OpenCsv) {
  const { t } = useI18n();
  const roster = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLInputElement>(null);
  const refs = { roster, results };
  const title = (kind: CsvKind) => t(kind === 'roster' ? 'csvImport.roster.open' : 'csvImport.results.open');
  const inputs = KINDS.map((kind) => (
    <FileInput
      key={kind}
      ref={refs[kind]}
      accept={CSV_ACCEPT}
      multiple={false}
      label={t(kind === 'roster' ? 'csvImport.roster.input' : 'csvImport.results.input')}
      onOpenFiles={(files) => {
        const file = files[0];
        if (file) onOpenCsv(file.name, file, kind);
      }}
    />
  ));
  const items: MenuItem[] = KINDS.map((kind) => ({ id: `csv-${kind}`, title: title(kind), onSelect: () => refs[kind].current?.click() }));
  const described: MenuItem[] = items.map((item, i) => ({ ...item, description: t(KINDS[i] === 'roster' ? 'csvImport.roster.open.hint' : 'csvImport.results.open.hint') }));
  return { inputs, items, described };
}

export interface CsvImportMenuProps {
  onOpenCsv: OpenCsv;
}

/**
 * "Import CSV", beside "Open file…": "Import creators (CSV)…" and "Calibrate from results (CSV)…",
 * each with a line saying what it does. One button rather than two keeps the toolbar on one line
 * beside the title on a laptop screen; on a phone both are items of "More".
 */
export function CsvImportMenu({ onOpenCsv }: CsvImportMenuProps) {
  const { t } = useI18n();
  const pickers = useCsvPickers(onOpenCsv);
  return (
    <>
      <MenuButton label={t('csvImport.menu')} items={pickers.described} emptyText="" onOpen={preloadCsvImportDialog} />
      {pickers.inputs}
    </>
  );
}
