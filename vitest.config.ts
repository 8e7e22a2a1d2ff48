import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers (README, "Tests"): `unit` needs neither a build nor a browser; `site` reads the built site
 * (and `build` makes its own small fixture sites); `browser` drives one shared Chromium against the build.
 * Each tier's setup builds the site at most once per run, whichever tiers run.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: one file per core, so browser pages and builds do not starve each other.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/schemas/**/*.test.ts',
            'tests/widgets/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/offline/**/*.test.ts',
          ],
        },
      },
      // Components rendered with Astro's container (no build): needs Astro's own Vite setup to compile .astro.
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
      {
        extends: true,
        // Fixture builds that must fail; they build their own small sites.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the real site once (and the sub-path variant) before any test that reads dist/.
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The same builds, plus the one Chromium that every browser test file connects to.
          globalSetup: ['tests/helpers/browser-setup.ts'],
        },
      },
    ],
  },
});
