import LZString from 'lz-string';
import { parseScenarioText, ruleError, type ParseResult } from '../engine/parse';
import type { Scenario } from '../engine/schema';
import { scenarioDocument } from './serialize';

/** The fragment marker of a share link: `#s=<compressed scenario>`. Fragments never reach a server. */
export const SHARE_PREFIX = '#s=';

export function isShareLink(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX) || hash.startsWith(SHARE_PREFIX.slice(1));
}

/** The fragment that carries a scenario, compressed into URL-safe characters. */
export function shareLinkHash(scenario: Scenario): string {
  return SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(scenarioDocument(scenario)));
}

/** A full link to this page that opens the scenario. */
export function shareLinkUrl(scenario: Scenario, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}${shareLinkHash(scenario)}`;
}

/**
 * Reads the scenario out of a share link's fragment and validates it exactly like a file. A link
 * cut short while copying decompresses to nothing or to broken JSON: both come back as errors.
 */
export function readShareLink(hash: string): ParseResult {
  if (!isShareLink(hash)) return { ok: false, errors: [ruleError('', 'notShareLink', { prefix: SHARE_PREFIX })] };
  const payload = hash.slice(hash.indexOf('=') + 1);
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, errors: [ruleError('', 'damagedShareLink')] };
  const parsed = parseScenarioText(text);
  if (!parsed.ok && parsed.errors.length === 1 && parsed.errors[0]?.path === '' && parsed.errors[0].code === 'invalidJson') {
    return { ok: false, errors: [ruleError('', 'damagedShareLink')] };
  }
  return parsed;
}
