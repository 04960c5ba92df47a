/** "Spring launch — micro TikTok (v2)" → "spring-launch-micro-tiktok-v2": safe on every file system. */
export function slugify(name: string, fallback = 'scenario'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

export function scenarioFileName(name: string): string {
  return `${slugify(name)}.json`;
}

/** Workspace files are named after their baseline, which is what the set of scenarios is about. */
export function workspaceFileName(baselineName: string): string {
  return `${slugify(baselineName, 'workspace')}.workspace.json`;
}
