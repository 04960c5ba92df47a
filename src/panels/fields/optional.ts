/**
 * `obj` with `key` set to `value`, or without `key` when `value` is undefined: a file leaves an
 * unset optional field out (`"budget": null` would fail validation), and so does the store.
 * Returns `obj` itself when nothing changes, so an edit that changes nothing records no undo step.
 */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  if (obj[key] === value && (value !== undefined || !(key in obj))) return obj;
  if (value !== undefined) return { ...obj, [key]: value };
  const next = { ...obj };
  delete next[key];
  return next;
}
