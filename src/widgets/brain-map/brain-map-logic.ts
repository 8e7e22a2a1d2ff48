/**
 * Pure logic of the brain map: which region is selected, and where the arrow keys move the
 * selection. Works on the list of region ids read from the page, so it needs no DOM.
 */

/** The id itself when it names a region, otherwise the first region (or undefined if there are none). */
export function selectRegion(ids: readonly string[], requested: unknown): string | undefined {
  return typeof requested === 'string' && ids.includes(requested) ? requested : ids[0];
}

/** The region `step` places after (or, if negative, before) `current`, wrapping round at either end. */
export function stepRegion(ids: readonly string[], current: unknown, step: number): string | undefined {
  if (ids.length === 0) return undefined;
  const index = Math.max(0, ids.indexOf(current as string));
  const by = Number.isFinite(step) ? Math.trunc(step) % ids.length : 0;
  return ids[(index + by + ids.length) % ids.length];
}

/**
 * The region a key press moves to, as in a toolbar: arrows step and wrap, Home and End jump to the
 * ends. Undefined for any other key, so the browser keeps its usual behaviour.
 */
export function regionForKey(ids: readonly string[], current: unknown, key: string): string | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return stepRegion(ids, current, 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return stepRegion(ids, current, -1);
    case 'Home':
      return ids[0];
    case 'End':
      return ids[ids.length - 1];
    default:
      return undefined;
  }
}

/** The sentence read out by the live region when a region is chosen. */
export function selectionSentence(name: string, findings: number): string {
  const count = Number.isInteger(findings) && findings >= 0 ? findings : 0;
  return `Showing ${name}: what it does and ${count} therapy ${count === 1 ? 'finding' : 'findings'}.`;
}
