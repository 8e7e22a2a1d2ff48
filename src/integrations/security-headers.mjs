// @ts-check
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '../lib/security-headers.mjs';

/**
 * Every .html file under `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Merges the per-page CSP <meta> policies into one header policy: same directives, with every page's
 * script and style hashes, plus frame-ancestors (which browsers ignore in a meta tag).
 * @param {string[]} policies
 */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      values.forEach((v) => set.add(v));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Writes <outDir>/_headers (the Netlify / Cloudflare Pages format) with the security headers and the
 * merged CSP, so hosts that read it send the policy as a real header too; and <outDir>/_redirects with
 * the renamed article paths as permanent redirects.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeaders() {
  /** @type {import('astro').AstroConfig} */
  let config;
  return {
    name: 'htw:security-headers',
    hooks: {
      'astro:config:done': ({ config: resolved }) => {
        config = resolved;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out)
          .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
          // Astro's redirect pages are bare meta-refresh stubs with no scripts or styles.
          .filter(({ html }) => !/<meta http-equiv="refresh"/.test(html));
        const policies = pages.map(({ file, html }) => {
          const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
          if (!match) throw new Error(`${path.relative(out, file)} has no Content-Security-Policy meta tag`);
          return match[1].replaceAll('&#39;', "'");
        });
        const headers = { 'Content-Security-Policy': mergePolicies(policies), ...SECURITY_HEADERS };
        const body = ['/*', ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ''].join('\n');
        writeFileSync(path.join(out, '_headers'), body);
        // The same redirects as Astro's meta-refresh pages, as real 301s for hosts that read _redirects.
        // The old paths are relative to the base; the destinations already include it (redirectsUnder).
        const base = config.base.replace(/\/$/, '');
        const rules = Object.entries(config.redirects).map(
          ([from, to]) => `${base}${from} ${typeof to === 'string' ? to : to.destination} 301`,
        );
        writeFileSync(path.join(out, '_redirects'), rules.length ? `${rules.join('\n')}\n` : '');
        logger.info(`Wrote _headers with a policy merged from ${policies.length} pages.`);
      },
    },
  };
}
