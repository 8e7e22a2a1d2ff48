/**
 * Lets the browser code's on-demand imports (`import('./search-ui')`, `import('./quiz-element')`) load
 * their module and nothing else, without Vite's preload helper. Vite wraps every dynamic import it can
 * see in a helper that first preloads the imported chunk's dependencies; the helper (0.8 KB brotli) is
 * then a static import of the small scripts every page runs at load, although it only saves a round trip
 * once a reader opens search or nears a quiz. So each relative dynamic import in the client bundle
 * becomes an emitted chunk imported by its built URL, which Vite leaves alone: the chunk is built as
 * before, and its own static imports load when it does. The dev server is untouched (build only).
 */

/** `import('./x')` or `import("../y")`: a dynamic import of a relative module, by a literal specifier. */
const RELATIVE_DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/**
 * Rewrites each relative dynamic import in `code` as an import of the URL that `chunkUrl` returns for
 * its specifier (an expression). Returns undefined when there is none.
 * @param {string} code
 * @param {(specifier: string) => Promise<string>} chunkUrl
 */
export async function rewriteDynamicImports(code, chunkUrl) {
  const found = [...code.matchAll(RELATIVE_DYNAMIC_IMPORT)];
  if (found.length === 0) return undefined;
  let out = '';
  let from = 0;
  for (const match of found) {
    out += code.slice(from, match.index) + `import(/* @vite-ignore */ ${await chunkUrl(match[2])})`;
    from = match.index + match[0].length;
  }
  return out + code.slice(from);
}

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
  return {
    name: 'htw:plain-dynamic-imports',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    async transform(code, id) {
      // Script modules: .ts/.js files, and the <script> blocks of .astro files (ids ending "&lang.ts").
      if (id.includes('/node_modules/') || !/\.(ts|mjs|js)$/.test(id)) return undefined;
      const rewritten = await rewriteDynamicImports(code, async (specifier) => {
        const resolved = await this.resolve(specifier, id);
        if (!resolved) this.error(`${id}: cannot resolve the dynamic import "${specifier}"`);
        // The same module emitted from two importers is one chunk (Rollup and Rolldown deduplicate it).
        return `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: resolved.id })}`;
      });
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
