/** Pure rules of the approach picker: which approaches are chosen, never more than three. No DOM. */

/** Three columns still fit side by side in the article's measure; more would need sideways scrolling. */
export const MAX_CHOSEN = 3;

export interface Toggled {
  chosen: string[];
  /** True when a fourth approach was ticked and turned away. */
  refused: boolean;
}

/** Ticking adds an approach unless three are already chosen; unticking removes it. */
export function toggle(chosen: readonly string[], id: string, on: boolean): Toggled {
  if (!on) return { chosen: chosen.filter((x) => x !== id), refused: false };
  if (chosen.includes(id)) return { chosen: [...chosen], refused: false };
  if (chosen.length >= MAX_CHOSEN) return { chosen: [...chosen], refused: true };
  return { chosen: [...chosen, id], refused: false };
}

/**
 * Cleans a saved selection against the approaches that exist now (a page may have been renamed or
 * removed since): known ids only, no repeats, at most three. Undefined when the value is not a list.
 */
export function parseChosen(raw: unknown, knownIds: readonly string[]): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const known = new Set(knownIds);
  const ids = raw.filter((id): id is string => typeof id === 'string' && known.has(id));
  return [...new Set(ids)].slice(0, MAX_CHOSEN);
}

const joined = (titles: string[]) =>
  titles.length < 3 ? titles.join(' and ') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;

/** The sentence read out by the live region after each change. */
export function statusSentence(chosenTitles: string[], refused: boolean): string {
  if (refused) return `You can compare up to ${MAX_CHOSEN} approaches at a time. Untick one to choose another.`;
  if (chosenTitles.length === 0) return 'Nothing chosen. Tick two or three approaches to compare them.';
  if (chosenTitles.length === 1) return `${chosenTitles[0]} chosen. Tick one or two more to compare.`;
  return `Comparing ${joined(chosenTitles)}.`;
}
