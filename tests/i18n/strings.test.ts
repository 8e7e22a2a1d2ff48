/**
 * Every language has every word the English frame has, with the same `{slots}`, and none left empty, so a
 * Spanish page never falls back to English or shows a raw "{count}".
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/format';
import { LANGUAGE_CODES } from '../../src/i18n/languages.mjs';
import { strings } from '../../src/i18n';
import { QUIZ_MESSAGES } from '../../src/i18n/strings/quiz-messages';
import { SEARCH_FORM_STRINGS } from '../../src/i18n/strings/search-form';

/** Key path -> string, for every string leaf. */
function leaves(value: unknown, key = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[key, value]]);
  const out = new Map<string, string>();
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const entry of leaves(v, key ? `${key}.${k}` : k)) out.set(...entry);
  return out;
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const modules = {
  strings: (lang: (typeof LANGUAGE_CODES)[number]) => strings(lang),
  'search form': (lang: (typeof LANGUAGE_CODES)[number]) => SEARCH_FORM_STRINGS[lang],
  quiz: (lang: (typeof LANGUAGE_CODES)[number]) => QUIZ_MESSAGES[lang],
};

describe.each(Object.entries(modules))('%s', (_name, of) => {
  const english = leaves(of('en'));

  it.each(LANGUAGE_CODES)('%s has every key, with the same slots, and no empty string', (lang) => {
    const words = leaves(of(lang));
    expect([...words.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of words) {
      expect(text.trim(), key).not.toBe('');
      expect(slots(text), key).toEqual(slots(english.get(key) ?? ''));
    }
  });
});

describe('fill', () => {
  it('fills named slots and leaves an unknown one visible', () => {
    expect(fill('{count} results for “{query}”', { count: 3, query: 'dosis' })).toBe('3 results for “dosis”');
    expect(fill('Hello {name}', {})).toBe('Hello {name}');
  });
});
