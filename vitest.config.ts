import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: browser tests and fixture builds are heavy, so keep files from piling up.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        // Pure logic: no build needed.
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/schemas/**/*.test.ts',
            'tests/widgets/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/offline/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        // Fixture builds that must fail; they build their own small sites.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the real site once (and a sub-path variant) before any test that reads dist/.
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
