import { MAX_FILE_BYTES, parseScenarioText, ruleError, type ParsedFile, type ValidationError } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import { decompressBounded } from './boundedLz';
import { loadLzCompressor } from './lzCompressor';
import { scenarioDocument, workspaceToJson } from './serialize';
import { readSharedView, sharedViewParams, type SharedView } from './sharedView';

/** The fragment marker of a scenario link: `#s=<compressed scenario>`. Fragments never reach a server. */
export const SHARE_PREFIX = '#s=';
/** The fragment marker of a workspace link: `#w=<compressed workspace>&compare=…&selected=…`. */
export const WORKSPACE_SHARE_PREFIX = '#w=';
/** Links longer than this are cut by some chat and mail tools (and old browsers refuse them). */
export const CHAT_SAFE_LINK_CHARS = 2000;

export type ShareLinkResult = { ok: true; data: ParsedFile; view: SharedView | null } | { ok: false; errors: ValidationError[] };

export function isShareLink(hash: string): boolean {
  const bare = hash.replace(/^#/, '');
  return bare.startsWith(SHARE_PREFIX.slice(1)) || bare.startsWith(WORKSPACE_SHARE_PREFIX.slice(1));
}

// lz-string arrives with the first link made (see lzCompressor.ts); opening a link needs only boundedLz.
const compress = async (text: string) => (await loadLzCompressor()).compressToEncodedURIComponent(text);

/** Fetches what making a link takes, when a share menu opens: the copy then follows the click at once, as browsers allow a copy only shortly after one. */
export function prepareShareLinks(): void {
  loadLzCompressor().catch(() => undefined);
}

/** The fragment that carries a scenario, compressed into URL-safe characters. */
export async function shareLinkHash(scenario: Scenario): Promise<string> {
  return SHARE_PREFIX + (await compress(JSON.stringify(scenarioDocument(scenario))));
}

/** The fragment that carries the whole workspace (a workspace file) and how the comparison is viewed. */
export async function workspaceShareHash(scenarios: readonly Scenario[], baselineIndex: number, view: SharedView): Promise<string> {
  // The file's own layout, without its indentation: the same validation on the way in, fewer characters.
  const text = JSON.stringify(JSON.parse(workspaceToJson(scenarios, baselineIndex)));
  return `${WORKSPACE_SHARE_PREFIX}${await compress(text)}${sharedViewParams(view)}`;
}

/** A full link to this page with the given fragment, replacing any earlier one. */
export function linkWithHash(hash: string, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}${hash}`;
}

/** A full link to this page that opens the scenario. */
export async function shareLinkUrl(scenario: Scenario, pageUrl: string): Promise<string> {
  return linkWithHash(await shareLinkHash(scenario), pageUrl);
}

const DAMAGED: ValidationError = ruleError('', 'damagedShareLink');

function tooLarge(): ValidationError {
  return ruleError('', 'shareLinkTooLarge', { max: MAX_FILE_BYTES / (1024 * 1024) });
}

/**
 * Reads the scenario or workspace out of a share link's fragment and validates it exactly like a
 * file. Unpacking stops at the file size limit, so a small link that expands to gigabytes is
 * refused at once instead of filling memory. A link cut short while copying comes back as an error.
 */
export function readShareLink(hash: string): ShareLinkResult {
  if (!isShareLink(hash)) return { ok: false, errors: [ruleError('', 'notShareLink', { prefix: `${SHARE_PREFIX} or ${WORKSPACE_SHARE_PREFIX}` })] };
  const bare = hash.replace(/^#/, '');
  const workspace = bare.startsWith(WORKSPACE_SHARE_PREFIX.slice(1));
  const [payload = '', ...params] = bare.slice(bare.indexOf('=') + 1).split('&');
  const unpacked = decompressBounded(payload, MAX_FILE_BYTES);
  if (!unpacked.ok) return { ok: false, errors: [unpacked.reason === 'too-large' ? tooLarge() : DAMAGED] };
  const parsed = parseScenarioText(unpacked.text);
  if (!parsed.ok) {
    const [only] = parsed.errors;
    const broken = parsed.errors.length === 1 && only?.path === '' && (only.code === 'invalidJson' || only.code === 'empty');
    return { ok: false, errors: broken ? [DAMAGED] : parsed.errors };
  }
  if (workspace !== (parsed.data.kind === 'workspace')) return { ok: false, errors: [DAMAGED] };
  return { ok: true, data: parsed.data, view: workspace ? readSharedView(params, parsed.data.scenarios.length) : null };
}
