// @ts-check
/**
 * Rehype plugin: prefixes root-relative links written in content ("/brain/") with the site's base path,
 * so articles link correctly when the site is hosted under a sub-path (BASE=/how-therapy-works/).
 * @param {{ base: string }} options
 */
export function rehypeBaseLinks({ base }) {
  const prefix = base.replace(/\/$/, '');
  /** @param {any} node */
  const walk = (node) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const target = node.properties?.href;
      if (
        typeof target === 'string' &&
        target.startsWith('/') &&
        !target.startsWith('//') &&
        prefix &&
        !target.startsWith(`${prefix}/`)
      ) {
        node.properties.href = prefix + target;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  return (/** @type {any} */ tree) => walk(tree);
}
