import { readFileSync, readdirSync } from 'node:fs';
import { brotli } from './tests/helpers/bytes';
for (const dir of ['/tmp/dist-main/_astro', 'dist/_astro'])
  for (const f of readdirSync(dir).filter((f) => /^(SiteSearch|Quiz\.astro|preload-helper|ThemeToggle|QuickExit)/.test(f)))
    console.log(dir.slice(0, 10), brotli(readFileSync(`${dir}/${f}`)), f);
