/**
 * lz-string's `decompressFromEncodedURIComponent`, stopping as soon as the output passes a limit.
 * lz-string itself decompresses everything before anyone can look at the size: a 56 KB link
 * grows to 286 MB that way. The format is lz-string 1.5's (LZW over 6-bit URL-safe characters,
 * codes 0 and 1 a literal 8- or 16-bit character, 2 the end), so every link made so far still opens.
 * The autosave's text is the same LZW over 15-bit characters (`decompressFromUTF16`): reading it
 * here too keeps lz-string itself out of the first load, as only writing needs it.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const URI_BITS_PER_CHARACTER = 6;
/** compressToUTF16 keeps 15 bits per character, each stored as its value + 32 */
const UTF16_BITS_PER_CHARACTER = 15;
const UTF16_OFFSET = 32;
const CODE_CHAR8 = 0;
const CODE_CHAR16 = 1;
const CODE_END = 2;

export type BoundedText = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'damaged' };

const VALUE_OF = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

class BitReader {
  private index = 0;
  private value = 0;
  private mask = 0;
  /** `valueAt(i)` is the bits character i carries; undefined for a character the format does not use */
  constructor(
    private readonly input: string,
    private readonly bitsPerCharacter: number,
    private readonly valueAt: (i: number) => number | undefined,
  ) {}
  get empty(): boolean {
    return this.input === '';
  }
  /** true once every bit of the input has been read (lz-string's own end test) */
  get exhausted(): boolean {
    const consumed = this.mask === 0 ? this.index : this.index - 1;
    return consumed >= this.input.length;
  }
  /** the next `count` bits, least significant first; null on a character outside the alphabet */
  read(count: number): number | null {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power *= 2) {
      if (this.mask === 0) {
        const v = this.valueAt(this.index++);
        if (v === undefined && this.index <= this.input.length) return null;
        this.value = v ?? 0;
        this.mask = 1 << (this.bitsPerCharacter - 1);
      }
      if (this.value & this.mask) bits |= power;
      this.mask >>= 1;
    }
    return bits;
  }
}

/** Decompresses a share link's payload, refusing as soon as it would pass `maxChars` characters. */
export function decompressBounded(payload: string, maxChars: number): BoundedText {
  const input = payload.replace(/ /g, '+');
  return decompress(new BitReader(input, URI_BITS_PER_CHARACTER, (i) => VALUE_OF.get(input.charAt(i))), maxChars);
}

/** Decompresses what lz-string's `compressToUTF16` wrote (the autosave), refusing past `maxChars` characters. */
export function decompressUtf16Bounded(packed: string, maxChars: number): BoundedText {
  // Every character carries bits; past the end there are none, which reads as zeros, as in lz-string.
  return decompress(new BitReader(packed, UTF16_BITS_PER_CHARACTER, (i) => (i < packed.length ? packed.charCodeAt(i) - UTF16_OFFSET : undefined)), maxChars);
}

function decompress(reader: BitReader, maxChars: number): BoundedText {
  if (reader.empty) return { ok: false, reason: 'damaged' };
  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };
  const literal = (code: number | null): string | null => {
    if (code === CODE_CHAR8 || code === CODE_CHAR16) {
      const ch = reader.read(code === CODE_CHAR8 ? 8 : 16);
      return ch === null ? null : String.fromCharCode(ch);
    }
    return null;
  };
  const first = literal(reader.read(2));
  if (first === null) return { ok: false, reason: 'damaged' };
  dictionary.push(first);
  const parts = [first];
  let length = first.length;
  let previous = first;
  for (;;) {
    if (reader.exhausted) return { ok: false, reason: 'damaged' };
    let code = reader.read(numBits);
    if (code === null) return { ok: false, reason: 'damaged' };
    if (code === CODE_END) return { ok: true, text: parts.join('') };
    if (code === CODE_CHAR8 || code === CODE_CHAR16) {
      const ch = literal(code);
      if (ch === null) return { ok: false, reason: 'damaged' };
      dictionary.push(ch);
      code = dictionary.length - 1;
      grow();
    }
    const known = dictionary[code];
    const entry = known !== undefined && code >= 3 ? known : code === dictionary.length ? previous + previous.charAt(0) : null;
    if (entry === null) return { ok: false, reason: 'damaged' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too-large' };
    parts.push(entry);
    dictionary.push(previous + entry.charAt(0));
    grow();
    previous = entry;
  }
}
