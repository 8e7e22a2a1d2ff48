/**
 * The Content Security Policy allows exactly what the pages run. A browser applies a <meta> policy only
 * to what comes after the tag, but a header policy to the whole page, so an inline script placed before
 * the meta tag works on GitHub Pages and breaks on Netlify unless its hash is in the policy: check both.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { BUILDS } from '../helpers/paths';

/** The source list of one directive, e.g. sources(policy, 'script-src'). */
const sources = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(BUILDS)('Content Security Policy ($name build)', ({ dist }) => {
  const pages = builtPages(dist);
  const header =
    readFileSync(path.join(dist, '_headers'), 'utf8').match(/^\s*Content-Security-Policy:\s*(.+)$/m)?.[1] ?? '';

  it('sends the policy as a header too, without unsafe-inline or unsafe-eval', () => {
    expect(sources(header, 'script-src')).toContain("'self'");
    expect(sources(header, 'frame-ancestors')).toEqual(["'none'"]);
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it.each(pages.map((p) => [p.url, p] as const))(
    '%s: every inline script and style is hashed in the meta policy and the header',
    (_url, page) => {
      const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(meta, 'meta policy').not.toBe('');
      expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      const scripts = page.root.querySelectorAll('script:not([src])').map((s) => hashOf(s.innerHTML));
      const styles = page.root.querySelectorAll('style').map((s) => hashOf(s.innerHTML));
      for (const hash of scripts) {
        expect(sources(meta, 'script-src'), `inline script ${hash} in the meta policy`).toContain(hash);
        expect(sources(header, 'script-src'), `inline script ${hash} in _headers`).toContain(hash);
      }
      for (const hash of styles) {
        expect(sources(meta, 'style-src'), `inline style ${hash} in the meta policy`).toContain(hash);
        expect(sources(header, 'style-src'), `inline style ${hash} in _headers`).toContain(hash);
      }
      // Style attributes and inline event handlers cannot be hashed without 'unsafe-hashes': none allowed.
      expect(page.root.querySelectorAll('[style]').length, 'style attributes').toBe(0);
      expect(page.html).not.toMatch(/<[^>]+\son[a-z]+=/);
    },
  );

  it('has pages with an inline script to check', () => {
    expect(pages.filter((p) => p.root.querySelector('script:not([src])')).length).toBeGreaterThan(pages.length / 2);
  });
});
