import { useCallback, useState } from 'react';
import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { describeExample, listExamples, localizeExampleFile, localizeExampleInfo, type ExampleFile, type ExampleInfo } from '../../io';
import { MenuButton, type MenuItem } from './MenuButton';
import { useImportParsed } from './useImportParsed';
import { useToast } from './ToastProvider';

export interface ExamplesMenuProps {
  /** the example files to offer; the ones shipped in scenarios/ unless a test passes others */
  examples?: readonly ExampleFile[];
  /** called when an example does not validate, with its errors */
  onRefuse(source: string, errors: ValidationError[]): void;
}

type Loaded = { file: ExampleFile; info: ExampleInfo };
/** what the menu knows: the examples that loaded, and whether any failed to (a chunk that did not arrive) */
type Listing = { loaded: Loaded[]; failed: boolean };

/** "Examples": the files of scenarios/ by name and description, read the first time the menu opens. */
export function ExamplesMenu({ examples, onRefuse }: ExamplesMenuProps) {
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
    void Promise.allSettled(files.map(async (file) => ({ file, info: await describeExample(file) }))).then((results) => {
      const loaded = results.flatMap((r) => (r.status === 'fulfilled' && r.value.info !== null ? [{ file: r.value.file, info: r.value.info }] : []));
      setListing({ loaded, failed: results.some((r) => r.status === 'rejected') });
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

  const items: MenuItem[] = (listing?.loaded ?? []).map(({ file, info }) => {
    const shown = localizeExampleInfo(info, lang);
    return {
      id: file.id,
      title: shown.name,
      description: shown.description ?? t('shell.examples.workspace', { n: info.scenarioCount }),
      onSelect: () => void open(file),
    };
  });

  const emptyText = listing === null || loading ? t('shell.examples.loading') : listing.failed ? t('shell.examples.failed') : t('shell.examples.empty');
  return (
    <MenuButton
      label={t('shell.examples')}
      items={items}
      emptyText={emptyText}
      note={listing?.failed && items.length > 0 ? t('shell.examples.someFailed') : undefined}
      onOpen={load}
    />
  );
}
