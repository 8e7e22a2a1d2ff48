/**
 * Pure logic of the life-stages timeline: which tab a key press selects, following the ARIA tabs pattern
 * (arrows wrap around, Home and End jump to the ends). No DOM access.
 */

/** A whole index into a list of `count` items, wrapping past either end; 0 for an empty list or junk. */
export function wrapIndex(index: number, count: number): number {
  if (!Number.isInteger(count) || count <= 0 || !Number.isFinite(index)) return 0;
  return ((Math.trunc(index) % count) + count) % count; // a true modulo: never negative, never -0
}

/** A whole index held inside the list (for a stage chosen by number, not by arrow key). */
export function clampIndex(index: number, count: number): number {
  if (!Number.isInteger(count) || count <= 0 || Number.isNaN(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** Panel ids are "life-stage-<number>", numbered from 1, so a link such as #life-stage-4 opens that stage. */
export const PANEL_ID_PREFIX = 'life-stage-';

/**
 * The stage a URL fragment names ("#life-stage-4" gives index 3), held inside the list; undefined otherwise.
 * `prefix` is the instance's panel id prefix (a second timeline on a page has its own).
 */
export function indexFromHash(hash: string, count: number, prefix = PANEL_ID_PREFIX): number | undefined {
  const match = new RegExp(`^#${prefix}(\\d{1,3})$`).exec(String(hash));
  return match ? clampIndex(Number(match[1]) - 1, count) : undefined;
}

/**
 * The tab a key selects from `current`, or undefined when the key is not one the tab list handles (so the
 * browser keeps its default, for example Tab moving on to the panel). Horizontal tabs: Left and Right.
 */
export function indexForKey(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return wrapIndex(current + 1, count);
    case 'ArrowLeft':
      return wrapIndex(current - 1, count);
    case 'Home':
      return 0;
    case 'End':
      return clampIndex(count - 1, count);
    default:
      return undefined;
  }
}
