// @ts-check
// Starlight, the documentation theme a site like this would otherwise be built with, building the
// benchmark's plain corpus: the peer every figure of `npm run bench` is given as a ratio to. bench/run.mjs
// copies this project into bench/results/tmp/ and writes the articles into src/content/docs/ there.
import { readdirSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// One sidebar group per section, as a reader of this site finds them, collapsed as a long docs site would be.
const sections = readdirSync(new URL('./src/content/docs/', import.meta.url)).sort();

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Benchmark',
      sidebar: sections.map((section) => ({
        label: section,
        collapsed: true,
        items: [{ autogenerate: { directory: section } }],
      })),
    }),
  ],
});
