import type { ParsedFile } from '../engine/parse';
import type { Lang } from '../i18n/format';
import type { ExampleText } from '../i18n/messages/exampleText';
import type { Scenario } from '../engine/schema';
import type { ExampleInfo } from './examples';

type ExampleTexts = Readonly<Record<string, readonly ExampleText[] | undefined>>;

// All Dutch, so none of it is in the first load: the Examples menu fetches it before it lists
// or opens an example, and the app before it first shows Dutch (the first-visit workspace).
let textsNl: ExampleTexts = {};
let labelsNl: Readonly<Record<string, string>> = {};

/** Loads every example's translated texts and labels. */
export async function loadExampleTexts(): Promise<void> {
  const [texts, labels] = await Promise.all([import('../i18n/messages/examples'), import('../i18n/messages/exampleLabels')]);
  textsNl = texts.EXAMPLE_TEXT_NL;
  labelsNl = labels.EXAMPLE_LABELS_NL;
}

/** The translated names and descriptions of an example's scenarios, or null in English or for an unknown (or not yet loaded) file. */
function textsOf(id: string, lang: Lang): readonly ExampleText[] | null {
  if (lang === 'en') return null;
  return textsNl[id] ?? null;
}

/** An example's menu entry in the planner's language. */
export function localizeExampleInfo(info: ExampleInfo, lang: Lang): ExampleInfo {
  const texts = textsOf(info.id, lang);
  if (!texts || texts.length !== info.scenarioCount) return info;
  const name = texts.map((text) => text.name).join(' · ');
  if (info.kind === 'workspace') return { ...info, name };
  return { ...info, name, description: texts[0]?.description ?? info.description ?? '' };
}

const label = (text: string): string => labelsNl[text] ?? text;

/** Line-item, overhead and audience labels of an example scenario in Dutch. */
function localizeLabels(s: Scenario): Scenario {
  const localized: Scenario = {
    ...s,
    overheads: s.overheads.map((o) => ({ ...o, label: label(o.label) })),
    lineItems: s.lineItems.map((item) => ({ ...item, label: label(item.label) })),
  };
  if (s.audiences) localized.audiences = s.audiences.map((a) => (a.label === undefined ? a : { ...a, label: label(a.label) }));
  return localized;
}

/** An opened example in the planner's language: once in the workspace, its text is theirs to edit. */
export function localizeExampleFile(id: string, data: ParsedFile, lang: Lang): ParsedFile {
  const texts = textsOf(id, lang);
  if (!texts || texts.length !== data.scenarios.length) return data;
  return {
    ...data,
    scenarios: data.scenarios.map((s, i) => ({ ...localizeLabels(s), name: texts[i]?.name ?? s.name, description: texts[i]?.description ?? s.description })),
  };
}
