import type { ValidationError } from '../../engine/parse';

/** PLACEHOLDER until src/io lands with share links: reads nothing yet. */
export function useShareLinkOnLoad(_refuse: (source: string, errors: ValidationError[]) => void): void {}
