import { parseScenarioText, tooLargeError, MAX_FILE_BYTES, type ParseResult } from '../../engine/parse';

/**
 * PLACEHOLDER for io's openFile until src/io lands: the same contract, built on the engine's
 * parser. Large files are refused before they are read.
 */
export async function openFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeError(file.size)] };
  return parseScenarioText(await file.text());
}
