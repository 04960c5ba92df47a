import { utf8ByteLength } from './utf8';

export type MetaProblem = 'tooDeep' | 'tooLarge';

/**
 * Checks the free-form `meta` object against its depth and size bounds with an explicit stack,
 * so that a hostile value nested thousands of levels deep is measured without exhausting the
 * call stack (as JSON.stringify and structuredClone would when the scenario is saved). The walk
 * stops as soon as a bound is crossed, so a huge value costs no more than the bound to inspect.
 */
export function metaProblem(meta: unknown, maxDepth: number, maxBytes: number): MetaProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value: meta, depth: 1 }];
  let bytes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') bytes += scalarBytes(value);
    else if (depth > maxDepth) return 'tooDeep';
    else {
      // the brackets; per entry a comma after the first and, in an object, `"key":`
      bytes += 2;
      const isList = Array.isArray(value);
      let comma = 0;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        bytes += comma + (isList ? 0 : utf8ByteLength(JSON.stringify(key)) + 1);
        comma = 1;
        if (bytes > maxBytes) return 'tooLarge';
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
    }
    if (bytes > maxBytes) return 'tooLarge';
  }
  return null;
}

function scalarBytes(value: unknown): number {
  if (typeof value === 'string') return utf8ByteLength(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(JSON.stringify(value)).length;
  return 4;
}
