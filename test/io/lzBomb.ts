// A share-link bomb written straight in lz-string's format: one 'a', then codes that each mean
// "the previous entry plus its first character", so k codes unpack to about k²/2 characters.
// Writing it directly takes milliseconds where compressing the text itself would take minutes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function lzBombPayload(codes: number): string {
  let out = '';
  let value = 0;
  let filled = 0;
  const write = (bits: number, count: number) => {
    for (let i = 0; i < count; i++) {
      value = (value << 1) | ((bits >> i) & 1);
      if (++filled === 6) {
        out += ALPHABET[value];
        value = 0;
        filled = 0;
      }
    }
  };
  write(0, 2); // an 8-bit literal follows
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictSize, numBits); // the entry about to be made: previous + its first character
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits); // end of stream
  if (filled > 0) out += ALPHABET[value << (6 - filled)];
  return out;
}

/** How many characters `lzBombPayload(codes)` unpacks to: 1 + (2 + 3 + … + (codes + 1)). */
export const lzBombLength = (codes: number) => 1 + ((codes + 1) * (codes + 2)) / 2 - 1;
