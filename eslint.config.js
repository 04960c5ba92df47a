import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiModules = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'zundo', 'd3-*', 'papaparse'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in Node, in a worker and in tests: it must never reach for the UI or the DOM.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiModules, message: 'The engine is pure TypeScript: no UI libraries.' },
            { group: ['**/store/**', '**/panels/**', '**/charts/**', '**/io/**', '**/worker/**', '**/i18n/**'], message: 'The engine cannot import app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in engine/rng.ts.' }],
    },
  },
);
