/**
 * True for the keys that open search: "/" (outside text fields) and Ctrl/Cmd+K. Kept apart from
 * search.ts so the header's small launcher script does not pull in the search UI's helpers.
 */
export function isSearchShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey?: boolean },
  inTextField: boolean,
): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey;
}
