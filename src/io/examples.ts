import type { ParseResult } from '../engine/parse';
import { parseScenarioText } from '../engine/parse';

/** An example file from scenarios/, loaded only when asked for. */
export interface ExampleFile {
  /** the file name without `.json`, e.g. `hybrid-micro-tiktok` */
  id: string;
  fileName: string;
  load(): Promise<ParseResult>;
}

export interface ExampleInfo {
  id: string;
  kind: 'scenario' | 'workspace';
  /** the scenario's name; for a workspace, its scenarios' names joined */
  name: string;
  description?: string;
  scenarioCount: number;
}

type RawLoaders = Record<string, () => Promise<string>>;

const bundled: RawLoaders = import.meta.glob<string>('../../scenarios/*.json', { query: '?raw', import: 'default' });

export function examplesFrom(loaders: RawLoaders): ExampleFile[] {
  return Object.entries(loaders)
    .map(([path, loadText]) => {
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      return { id: fileName.replace(/\.json$/, ''), fileName, load: async () => parseScenarioText(await loadText()) };
    })
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** The examples shipped with the app; each file is fetched only when loaded. */
export function listExamples(): ExampleFile[] {
  return examplesFrom(bundled);
}

/** Name and description of an example, read on demand; null if the file does not validate. */
export async function describeExample(example: ExampleFile): Promise<ExampleInfo | null> {
  const parsed = await example.load();
  if (!parsed.ok) return null;
  const { kind, scenarios } = parsed.data;
  const first = scenarios[0];
  if (!first) return null;
  const name = kind === 'scenario' ? first.name : scenarios.map((s) => s.name).join(' · ');
  const description = kind === 'scenario' ? first.description : undefined;
  return { id: example.id, kind, name, ...(description === undefined ? {} : { description }), scenarioCount: scenarios.length };
}
