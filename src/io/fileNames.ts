import { slugify } from '../engine/slug';

export { slugify };

export function scenarioFileName(name: string): string {
  return `${slugify(name)}.json`;
}

/** Workspace files are named after their baseline, which is what the set of scenarios is about. */
export function workspaceFileName(baselineName: string): string {
  return `${slugify(baselineName, 'workspace')}.workspace.json`;
}
