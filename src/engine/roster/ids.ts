import { LIMITS } from '../limits';
import { slugify } from '../slug';

/**
 * Ids for imported line items and audiences: the name as a slug ("Anna de Vries" → "anna-de-vries"),
 * made unique against the ids already taken by appending -2, -3, … A name of only symbols or
 * emoji falls back to a word of the caller's choice. The taken set grows with each id handed out.
 */
export function takeId(taken: Set<string>, name: string, fallback: string): string {
  // Room for a suffix such as "-12345" within the 64 characters an id may have.
  const stem = slugify(name, fallback, LIMITS.id.max - 6);
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}
