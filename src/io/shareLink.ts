import LZString from 'lz-string';
import { MAX_FILE_BYTES, parseScenarioText, ruleError, type ParsedFile, type ValidationError } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import { decompressBounded } from './boundedLz';
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

const compress = (text: string) => LZString.compressToEncodedURIComponent(text);

/** The fragment that carries a scenario, compressed into URL-safe characters. */
export function shareLinkHash(scenario: Scenario): string {
  return SHARE_PREFIX + compress(JSON.stringify(scenarioDocument(scenario)));
}

/** The fragment that carries the whole workspace (a workspace file) and how the comparison is viewed. */
export function workspaceShareHash(scenarios: readonly Scenario[], baselineIndex: number, view: SharedView): string {
  // The file's own layout, without its indentation: the same validation on the way in, fewer characters.
  const text = JSON.stringify(JSON.parse(workspaceToJson(scenarios, baselineIndex)));
  return `${WORKSPACE_SHARE_PREFIX}${compress(text)}${sharedViewParams(view)}`;
}

/** A full link to this page with the given fragment, replacing any earlier one. */
export function linkWithHash(hash: string, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}${hash}`;
}

/** A full link to this page that opens the scenario. */
export function shareLinkUrl(scenario: Scenario, pageUrl: string): string {
  return linkWithHash(shareLinkHash(scenario), pageUrl);
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
