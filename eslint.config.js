// ESLint: the recommended JavaScript rules, typescript-eslint's strict set (no `any`, no non-null
// assertions) and eslint-plugin-astro for .astro files and their <script> blocks. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output and generated files; content/ is words and data checked by the build.
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'content/',
      'tests/fixtures/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Reading localStorage throws when a reader blocks site data: site code reaches it only through the
    // guarded siteStorage() in src/widgets/shared/site-storage.ts.
    files: ['src/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use siteStorage() from src/widgets/shared/site-storage.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'localStorage',
          message: 'Use siteStorage() from src/widgets/shared/site-storage.ts.',
        })),
      ],
    },
  },
);
