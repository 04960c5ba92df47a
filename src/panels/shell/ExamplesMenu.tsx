import { useCallback, useState } from 'react';
import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { describeExample, listExamples, loadExampleTexts, localizeExampleFile, localizeExampleInfo, type ExampleFile, type ExampleInfo } from '../../io';
import { CSV_TEMPLATES, listCsvExamples, type CsvExample, type CsvTemplate } from '../../io/csvExamples';
import { saveUrl } from '../../io/export/saveFile';
import type { OpenCsv } from '../import/useCsvImports';
import { MenuButton, type MenuItem } from './MenuButton';
import { useImportParsed } from './useImportParsed';
import { useToast } from './ToastProvider';

export interface ExamplesMenuProps {
  /** the example files to offer; the ones shipped in scenarios/ unless a test passes others */
  examples?: readonly ExampleFile[];
  /** called when an example does not validate, with its errors */
  onRefuse(source: string, errors: ValidationError[]): void;
  /** opens an example CSV in the import preview */
  onOpenCsv: OpenCsv;
  /** the example CSVs to offer; the ones shipped in scenarios/ unless a test passes others */
  csvExamples?: readonly CsvExample[];
}

type Loaded = { file: ExampleFile; info: ExampleInfo };
/** what the menu knows: the examples that loaded, and whether any failed to (a chunk that did not arrive) */
type Listing = { loaded: Loaded[]; failed: boolean };

/** "Examples": the files of scenarios/ by name and description, read the first time the menu opens. */
export function ExamplesMenu({ examples, onRefuse, onOpenCsv, csvExamples }: ExamplesMenuProps) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const importParsed = useImportParsed();
  const [listing, setListing] = useState<Listing | null>(null);
  const [loading, setLoading] = useState(false);

  // After a failure, opening the menu again tries again: the network may be back.
  const load = useCallback(() => {
    if (loading || (listing !== null && !listing.failed)) return;
    setLoading(true);
    const files = examples ?? listExamples();
    // The translated names come in the same go, in either language: the planner may switch to Dutch with the list open.
    const texts = loadExampleTexts();
    void Promise.allSettled([texts, ...files.map(async (file) => ({ file, info: await describeExample(file) }))]).then(([textResult, ...results]) => {
      const loaded = results.flatMap((r) => (r.status === 'fulfilled' && r.value.info !== null ? [{ file: r.value.file, info: r.value.info }] : []));
      setListing({ loaded, failed: textResult.status === 'rejected' || results.some((r) => r.status === 'rejected') });
      setLoading(false);
    });
  }, [examples, listing, loading]);

  const open = async (file: ExampleFile) => {
    try {
      const parsed = await file.load();
      if (parsed.ok) importParsed(localizeExampleFile(file.id, parsed.data, lang), file.fileName);
      else onRefuse(file.fileName, parsed.errors);
    } catch {
      toast.show({ text: t('shell.examples.openFailed', { file: file.fileName }) });
    }
  };

  const openCsv = async (example: CsvExample) => {
    try {
      onOpenCsv(example.fileName, await example.load(), example.kind);
    } catch {
      toast.show({ text: t('shell.examples.openFailed', { file: example.fileName }) });
    }
  };

  const scenarioItems: MenuItem[] = (listing?.loaded ?? []).map(({ file, info }) => {
    const shown = localizeExampleInfo(info, lang);
    return {
      id: file.id,
      title: shown.name,
      description: shown.description ?? t('shell.examples.workspace', { n: info.scenarioCount }),
      onSelect: () => void open(file),
    };
  });
  // The CSVs come after the scenarios once these are listed, so that "Loading examples…" (or that
  // they failed to load, when the CSVs would fail as well) still shows in their place.
  const csvItems: MenuItem[] =
    listing === null || loading || scenarioItems.length === 0
      ? []
      : [
          ...(csvExamples ?? listCsvExamples()).map((example, i) => ({
            id: `csv-${example.fileName}`,
            title: t(example.kind === 'roster' ? 'csvImport.examples.roster' : 'csvImport.examples.results'),
            description: t(example.kind === 'roster' ? 'csvImport.examples.roster.hint' : 'csvImport.examples.results.hint'),
            separated: i === 0,
            onSelect: () => void openCsv(example),
          })),
          ...CSV_TEMPLATES.map((template: CsvTemplate, i) => ({
            id: `template-${template.fileName}`,
            title: t(template.kind === 'roster' ? 'csvImport.template.roster' : 'csvImport.template.results', { lang: t(`csvImport.template.lang.${template.lang}`) }),
            description: t('csvImport.template.hint'),
            separated: i === 0,
            onSelect: () => saveUrl(template.href, template.fileName),
          })),
        ];
  const items = [...scenarioItems, ...csvItems];

  const emptyText = listing === null || loading ? t('shell.examples.loading') : listing.failed ? t('shell.examples.failed') : t('shell.examples.empty');
  return (
    <MenuButton
      label={t('shell.examples')}
      items={items}
      emptyText={emptyText}
      note={listing?.failed && scenarioItems.length > 0 ? t('shell.examples.someFailed') : undefined}
      onOpen={load}
    />
  );
}
