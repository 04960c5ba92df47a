import type { ValidationError } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import { isShareLink, readShareLink } from './shareLink';

export type ShareLinkOutcome = { ok: true; keys: string[] } | { ok: false; errors: ValidationError[] };

type Page = { location: Pick<Location, 'hash' | 'pathname' | 'search'>; history: Pick<History, 'replaceState' | 'state'> };

/**
 * If the page was opened from a share link, adds its scenario to the workspace (next to the
 * user's own work, never replacing it) and clears the fragment, so a reload does not add it again.
 * Returns null when there is no share link.
 */
export function consumeShareLink(page: Page, add: (scenarios: Scenario[]) => string[]): ShareLinkOutcome | null {
  const { hash, pathname, search } = page.location;
  if (!isShareLink(hash)) return null;
  const parsed = readShareLink(hash);
  page.history.replaceState(page.history.state, '', `${pathname}${search}`);
  if (!parsed.ok) return parsed;
  return { ok: true, keys: add(parsed.data.scenarios) };
}
