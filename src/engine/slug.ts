/**
 * "Spring launch — micro TikTok (v2)" → "spring-launch-micro-tiktok-v2": lower-case ASCII letters,
 * digits and single dashes, safe as a file name on every file system and as a line-item id.
 */
export function slugify(name: string, fallback = 'scenario', maxLength = 80): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}
