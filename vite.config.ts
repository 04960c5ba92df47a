import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/csp.ts';

/** Puts the CSP first in <head> of the built page only (see src/csp.ts for why not in dev). */
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Tests wait for conditions; on a loaded 2-core machine a condition can take longer than
    // vitest's default 5 s to arrive without anything being wrong.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/**/*.test.ts'], setupFiles: ['test/languages.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/languages.ts', 'test/setup.ts'],
        },
      },
    ],
  },
});
