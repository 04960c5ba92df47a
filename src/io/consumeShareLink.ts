import type { ParsedFile, ValidationError } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import { isShareLink, readShareLink } from './shareLink';
import type { SharedView } from './sharedView';

export type ShareLinkOutcome = { ok: true; keys: string[]; kind: ParsedFile['kind'] } | { ok: false; errors: ValidationError[] };

/** Puts a shared workspace in place of the current one, with its view; returns the new keys. */
export type OpenSharedWorkspace = (data: ParsedFile, view: SharedView | null) => string[];

type Page = { location: Pick<Location, 'hash' | 'pathname' | 'search'>; history: Pick<History, 'replaceState' | 'state'> };

/**
 * If the page was opened from a share link, adds its scenario to the workspace (next to the
 * user's own work, never replacing it) or opens its workspace, and clears the fragment, so a
 * reload does not add it again. Returns null when there is no share link.
 */
export function consumeShareLink(page: Page, add: (scenarios: Scenario[]) => string[], openWorkspace?: OpenSharedWorkspace): ShareLinkOutcome | null {
  const { hash, pathname, search } = page.location;
  if (!isShareLink(hash)) return null;
  const parsed = readShareLink(hash);
  page.history.replaceState(page.history.state, '', `${pathname}${search}`);
  if (!parsed.ok) return parsed;
  const { data, view } = parsed;
  const keys = data.kind === 'workspace' && openWorkspace ? openWorkspace(data, view) : add(data.scenarios);
  return { ok: true, keys, kind: data.kind };
}
