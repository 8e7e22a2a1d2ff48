/**
 * Every internal link, #fragment, asset and redirect on every built page resolves, for the root build and
 * for the build hosted under a sub-path (BASE). Checked from the HTML itself: exact and fast. This is the
 * sub-path build's whole-site check; its browser smoke test is tests/browser/site-subpath.test.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, redirectStubs, type BuiltPage } from '../helpers/dist';
import { DIST, DIST_SUBPATH, SUBPATH } from '../helpers/paths';

/** Links a reader follows, files the page loads, and where a redirect stub sends the reader. */
function references(page: BuiltPage): string[] {
  const urls = [
    ...page.root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')),
    ...page.root.querySelectorAll('script[src], img[src], source[src]').map((el) => el.getAttribute('src')),
    ...page.root
      .querySelectorAll('meta[http-equiv="refresh"]')
      .map((el) => el.getAttribute('content')?.replace(/^\d+;\s*url=/i, '')),
  ];
  return urls.filter((url): url is string => url !== undefined);
}

function brokenLinks(dist: string, base: string) {
  const pages = builtPages(dist);
  const idsByUrl = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id]').map((el) => el.id))]));
  const problems: string[] = [];
  for (const page of [...pages, ...redirectStubs(dist)]) {
    for (const href of references(page)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const target = new URL(href, `http://site${base}${page.url.slice(1)}`);
      if (!target.pathname.startsWith(base)) {
        problems.push(`${page.url}: ${href} is outside the base ${base}`);
        continue;
      }
      const rel = `/${target.pathname.slice(base.length)}`;
      const ids = idsByUrl.get(rel);
      if (!ids) {
        // Not an HTML page: a file such as /references.bib or a script must exist.
        if (!existsSync(path.join(dist, decodeURIComponent(rel)))) problems.push(`${page.url}: ${href} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.has(fragment)) problems.push(`${page.url}: ${href} has no element with id "${fragment}"`);
    }
  }
  return problems;
}

describe('internal links, assets and redirects', () => {
  it('all resolve in the root build', () => {
    expect(brokenLinks(DIST, '/')).toEqual([]);
  });
  it(`all resolve in the build under ${SUBPATH}`, () => {
    expect(redirectStubs(DIST_SUBPATH).length).toBeGreaterThan(0);
    expect(brokenLinks(DIST_SUBPATH, SUBPATH)).toEqual([]);
  });
  it('finds a broken link, asset or redirect when there is one (the checker itself works)', () => {
    const [page] = builtPages(DIST);
    const [stub] = redirectStubs(DIST);
    const before = { page: page.root.innerHTML, stub: stub.root.innerHTML };
    page.root
      .querySelector('body')
      ?.insertAdjacentHTML(
        'beforeend',
        '<a href="/no-such-page/">x</a><a href="#no-such-id">y</a><script src="/_astro/no-such.js"></script>',
      );
    stub.root.querySelector('meta[http-equiv="refresh"]')?.setAttribute('content', '0;url=/no-such-target/');
    try {
      const problems = brokenLinks(DIST, '/');
      expect(problems.some((p) => p.includes('/no-such-page/ does not exist'))).toBe(true);
      expect(problems.some((p) => p.includes('no element with id "no-such-id"'))).toBe(true);
      expect(problems.some((p) => p.includes('/_astro/no-such.js does not exist'))).toBe(true);
      expect(problems).toContain(`${stub.url}: /no-such-target/ does not exist`);
    } finally {
      page.root.set_content(before.page);
      stub.root.set_content(before.stub);
    }
  });
});
