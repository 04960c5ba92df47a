import { MAX_FILE_BYTES, parseScenarioText, ruleError, tooLargeError, type ParseResult } from '../engine/parse';

/**
 * Opens a scenario or workspace file the user picked or dropped. The size is checked before
 * reading, so a huge file never reaches memory; every validation error is returned, nothing is
 * thrown, and nothing in the workspace changes here.
 */
export async function openFile(file: Pick<File, 'size' | 'text'>): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeError(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, errors: [ruleError('', 'unreadable', { detail: err instanceof Error ? err.message : String(err) })] };
  }
  return parseScenarioText(text);
}
