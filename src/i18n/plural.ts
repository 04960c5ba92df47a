/**
 * Picks the singular or plural message of a count through Intl.PluralRules: `base.one` for
 * "1 post", `base.other` for "0 posts", "2 posts" and "1.5 posts". English and Dutch have only
 * these two categories, so any other category falls back to `other`.
 */
const rules = new Map<string, Intl.PluralRules>();

export function pluralKey<Base extends string>(locale: string, base: Base, n: number): `${Base}.one` | `${Base}.other` {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n) === 'one' ? `${base}.one` : `${base}.other`;
}
