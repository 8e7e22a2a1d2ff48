/** Site-internal URLs, always with the configured base so the site works under a sub-path. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** href("/glossary/") -> "/how-therapy-works/glossary/" under BASE=/how-therapy-works/. */
export function href(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}
