/**
 * Every internal link and #fragment on every built page resolves, for the root build and for the
 * build hosted under a sub-path (BASE). Checked from the HTML itself: exact and fast.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { DIST, DIST_SUBPATH, SUBPATH } from '../helpers/paths';

function brokenLinks(dist: string, base: string) {
  const pages = builtPages(dist);
  const idsByUrl = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id]').map((el) => el.id))]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const a of page.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const target = new URL(href, `http://site${base}${page.url.slice(1)}`);
      if (!target.pathname.startsWith(base)) {
        problems.push(`${page.url}: ${href} is outside the base ${base}`);
        continue;
      }
      const rel = `/${target.pathname.slice(base.length)}`;
      const ids = idsByUrl.get(rel);
      if (!ids) {
        // Not an HTML page: a file such as /references.bib must exist.
        if (!existsSync(path.join(dist, decodeURIComponent(rel)))) problems.push(`${page.url}: ${href} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.has(fragment)) problems.push(`${page.url}: ${href} has no element with id "${fragment}"`);
    }
  }
  return problems;
}

describe('internal links', () => {
  it('all resolve in the root build', () => {
    expect(brokenLinks(DIST, '/')).toEqual([]);
  });
  it(`all resolve in the build under ${SUBPATH}`, () => {
    expect(brokenLinks(DIST_SUBPATH, SUBPATH)).toEqual([]);
  });
  it('finds a broken link when there is one (the checker itself works)', () => {
    const page = builtPages(DIST)[0];
    const before = page.root.innerHTML;
    page.root
      .querySelector('body')!
      .insertAdjacentHTML('beforeend', '<a href="/no-such-page/">x</a><a href="#no-such-id">y</a>');
    try {
      const problems = brokenLinks(DIST, '/');
      expect(problems.some((p) => p.includes('/no-such-page/ does not exist'))).toBe(true);
      expect(problems.some((p) => p.includes('no element with id "no-such-id"'))).toBe(true);
    } finally {
      page.root.set_content(before);
    }
  });
});
