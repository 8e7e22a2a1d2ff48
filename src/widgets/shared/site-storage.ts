/**
 * The one way into the browser's site storage. Reading `window.localStorage` itself throws a
 * SecurityError when a reader blocks site data (a privacy setting this site's readers use), so every
 * widget and the theme toggle ask here: they get the storage, or `undefined` and simply forget.
 */
export type SiteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function siteStorage(): SiteStorage | undefined {
  try {
    // eslint-disable-next-line no-restricted-properties -- the one guarded access the rule points to
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
