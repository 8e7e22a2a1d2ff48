// @ts-check
/**
 * Prefixes root-relative links written in content ("/brain/") with the site's base path, so articles link
 * correctly when the site is hosted under a sub-path (BASE=/how-therapy-works/). A Sätteri hast plugin
 * (src/plugins/index.ts): only <a> elements cross from the parser to JavaScript.
 * @param {{ base: string }} options
 * @returns {import('satteri').HastPluginDefinition | undefined} nothing to do at the root
 */
export function baseLinks({ base }) {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return undefined;
  return {
    name: 'htw-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const target = node.properties?.href;
        if (
          typeof target === 'string' &&
          target.startsWith('/') &&
          !target.startsWith('//') &&
          !target.startsWith(`${prefix}/`)
        )
          ctx.setProperty(node, 'href', prefix + target);
      },
    },
  };
}
