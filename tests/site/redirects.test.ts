/** Old URLs never break silently: every article path that ever shipped still resolves, directly or by redirect. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/paths';

const shipped = readFileSync(path.join(ROOT, 'content/shipped-paths.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const redirects: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'content/redirects.json'), 'utf8'));
const page = (p: string) => path.join(DIST, p, 'index.html');
const isRedirectStub = (p: string) =>
  existsSync(page(p)) && /<meta http-equiv="refresh"/.test(readFileSync(page(p), 'utf8'));

describe('shipped URLs', () => {
  it('lists the URLs that shipped', () => {
    expect(shipped.length).toBeGreaterThan(40);
  });

  it.each(shipped)('%s still resolves', (p) => {
    const target = redirects[p] ?? p;
    expect(existsSync(page(target)), `${p} -> ${target}`).toBe(true);
    expect(isRedirectStub(target)).toBe(false);
  });

  it.each(Object.entries(redirects))(
    '%s redirects to %s, a real page, by meta refresh and in _redirects',
    (from, to) => {
      expect(existsSync(page(to)) && !isRedirectStub(to)).toBe(true);
      expect(readFileSync(page(from), 'utf8')).toMatch(
        new RegExp(`http-equiv="refresh" content="0;url=${to.replace(/[/]/g, '\\/')}"`),
      );
      expect(readFileSync(path.join(DIST, '_redirects'), 'utf8')).toContain(`${from} ${to} 301`);
    },
  );

  it('lists every current article, so a future rename cannot slip by unlisted', () => {
    const current = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const articlePaths = [
      ...current.matchAll(
        /<loc>[^<]*?(\/(?:foundations|what-heals|brain|change-over-time|approaches|starting-therapy)\/[^<]*)<\/loc>/g,
      ),
    ].map((m) => m[1]);
    expect(articlePaths.filter((p) => !shipped.includes(p))).toEqual([]);
  });
});
