/**
 * The "Get help now" page's entries for one language, from the crisis-lines collection: its emergency
 * numbers, its crisis lines, and the oldest date any of them was checked.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n/languages.mjs';
import { entriesForPage, lastChecked } from '../../lib/crisis-lines';

export async function helpEntries(lang: Lang) {
  const entries = (await getCollection('crisisLines')).map((entry) => entry.data);
  const emergency = entriesForPage(entries, lang, 'emergency');
  const lines = entriesForPage(entries, lang, 'crisis-line');
  return { emergency, lines, checked: lastChecked([...emergency, ...lines]) };
}
