export interface ChunkSize {
  /** the file, relative to the build folder */
  path: string;
  /** bytes on disk */
  raw: number;
  /** bytes gzipped at level 9 */
  gzip: number;
}
export const INITIAL_JS_BUDGET: number;
export function bundleSizes(dist: string): {
  initial: ChunkSize[];
  later: (ChunkSize & { kind: 'worker' | 'lazy' })[];
  css: { path: string; gzip: number }[];
};
