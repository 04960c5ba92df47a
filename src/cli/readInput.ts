import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, formatValidationError, parseScenarioText, ruleError, tooLargeError, type ParsedFile } from '../engine/parse';
import { EXIT } from './usage';

export type InputResult =
  | { ok: true; data: ParsedFile }
  /** `lines` go to standard error, one per line */
  | { ok: false; status: typeof EXIT.invalid | typeof EXIT.unreadable; lines: string[] };

function systemReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

const unreadable = (file: string, reason: string): Extract<InputResult, { ok: false }> => ({
  ok: false,
  status: EXIT.unreadable,
  lines: [`${file}: cannot read the file (${reason})`],
});

const invalid = (lines: string[]): Extract<InputResult, { ok: false }> => ({ ok: false, status: EXIT.invalid, lines });

/**
 * Reads a file's bytes, refusing a directory, a missing file and one larger than `maxBytes`. The
 * size is checked with stat before reading, so a huge file is refused without loading it into memory.
 */
export async function readFileBytes(file: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | Extract<InputResult, { ok: false }>> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return unreadable(file, 'is a directory, not a file');
    if (!info.isFile()) return unreadable(file, 'is not a regular file');
    size = info.size;
  } catch (err) {
    return unreadable(file, systemReason(err));
  }
  if (size > maxBytes) return invalid([formatValidationError(tooLargeError(size))]);
  try {
    return { ok: true, bytes: await readFile(file) };
  } catch (err) {
    return unreadable(file, systemReason(err));
  }
}

/** Reads and validates a scenario or workspace file. */
export async function readScenarioFile(file: string): Promise<InputResult> {
  const read = await readFileBytes(file, MAX_FILE_BYTES);
  if (!read.ok) return read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return invalid([formatValidationError(ruleError('', 'notUtf8'))]);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return invalid(parsed.errors.map(formatValidationError));
  return { ok: true, data: parsed.data };
}
