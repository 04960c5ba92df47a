import { useCallback, useState } from 'react';
import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { describeExample, listExamples, type ExampleFile, type ExampleInfo } from '../../io';
import { MenuButton, type MenuItem } from './MenuButton';
import { useImportParsed } from './useImportParsed';

export interface ExamplesMenuProps {
  /** the example files to offer; the ones shipped in scenarios/ unless a test passes others */
  examples?: readonly ExampleFile[];
  /** called when an example does not validate, with its errors */
  onRefuse(source: string, errors: ValidationError[]): void;
}

type Loaded = { file: ExampleFile; info: ExampleInfo };

/** "Examples": the files of scenarios/ by name and description, read the first time the menu opens. */
export function ExamplesMenu({ examples, onRefuse }: ExamplesMenuProps) {
  const { t } = useI18n();
  const importParsed = useImportParsed();
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);

  const load = useCallback(() => {
    if (loaded !== null) return;
    const files = examples ?? listExamples();
    void Promise.all(files.map(async (file) => ({ file, info: await describeExample(file) }))).then((all) =>
      setLoaded(all.filter((e): e is Loaded => e.info !== null)),
    );
  }, [examples, loaded]);

  const open = async (file: ExampleFile) => {
    const parsed = await file.load();
    if (parsed.ok) importParsed(parsed.data, file.fileName);
    else onRefuse(file.fileName, parsed.errors);
  };

  const items: MenuItem[] = (loaded ?? []).map(({ file, info }) => ({
    id: file.id,
    title: info.name,
    description: info.description ?? t('shell.examples.workspace', { n: info.scenarioCount }),
    onSelect: () => void open(file),
  }));

  return (
    <MenuButton
      label={t('shell.examples')}
      items={items}
      emptyText={loaded === null ? t('shell.examples.loading') : t('shell.examples.empty')}
      onOpen={load}
    />
  );
}
