import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pruneUnusedHashes } from '../../src/integrations/security-headers.mjs';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe("a page's Content Security Policy lists only the hashes of what it runs", () => {
  const html = `<head><script>let a = 1;</script><script type="module" src="/x.js"></script><style>p{}</style></head>`;
  const used = inlineHashes(html);

  it('finds the inline scripts and styles, not the external ones', () => {
    expect(used.scripts).toEqual(new Set([sha('let a = 1;')]));
    expect(used.styles).toEqual(new Set([sha('p{}')]));
  });

  it('drops unused script and style hashes and keeps every other source (HTML-escaped quotes or not)', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha('let a = 1;')}' 'sha256-${sha('island()')}'; style-src 'self' &#39;sha256-${sha('p{}')}&#39; &#39;sha256-${sha('')}&#39;;`;
    expect(pruneUnusedHashes(policy, used)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha('let a = 1;')}'; style-src 'self' 'sha256-${sha('p{}')}';`,
    );
  });

  it('leaves a policy whose hashes are all used unchanged', () => {
    const policy = `script-src 'self' 'sha256-${sha('let a = 1;')}'`;
    expect(pruneUnusedHashes(policy, used)).toBe(policy);
  });
});
