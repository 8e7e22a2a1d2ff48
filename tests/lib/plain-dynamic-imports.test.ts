import { describe, expect, it } from 'vitest';
import { rewriteDynamicImports } from '../../src/integrations/plain-dynamic-imports.mjs';

const toUrl = async (specifier: string) => `URL(${specifier})`;

describe('on-demand imports without the preload helper', () => {
  it('rewrites each relative dynamic import, with either quote, as an import of its URL', async () => {
    const code = `a(); import('./search-ui').then(f); import("../quiz/quiz-element");`;
    expect(await rewriteDynamicImports(code, toUrl)).toBe(
      `a(); import(/* @vite-ignore */ URL(./search-ui)).then(f); import(/* @vite-ignore */ URL(../quiz/quiz-element));`,
    );
  });

  it('leaves static imports, package imports and computed URLs alone', async () => {
    const code = `import './a'; import x from "./b"; import('pkg'); import(\`\${base}pagefind/pagefind.js\`);`;
    expect(await rewriteDynamicImports(code, toUrl)).toBeUndefined();
  });
});
