import { LANGUAGES } from './languages.mjs';

/**
 * Fills the `{name}` slots of a string from the strings modules: fill('{count} results', { count: 3 }).
 * A slot with no value stays as written, so a missing value shows up in review instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The text before and after a `{slot}` that a component fills with markup (a link, a citation), so each
 * language puts it where its grammar wants: const [before, after] = around(t.intro, 'source').
 * A template without the slot is a mistake in a strings module, and fails the build naming the slot.
 */
export function around(template: string, slot: string): [string, string] {
  const marker = `{${slot}}`;
  const at = template.indexOf(marker);
  if (at < 0) throw new Error(`The string "${template}" has no {${slot}} slot.`);
  return [template.slice(0, at), template.slice(at + marker.length)];
}

/**
 * A widget's client-side words travel with the locale its numbers are written in, so the logic formats
 * numbers as the page's language does without knowing which language it is.
 */
export type Localized<T> = T & { locale: string };

/**
 * A number as the site writes it in a locale: the locale's digits, rounding and grouping rules (Spanish
 * groups from five digits), with the site's separators for its language (LANGUAGES: "1,000,000" and
 * "0.89" in English; "1 000 000" and "0.89" in Spanish).
 */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  const language = LANGUAGES.find((l) => l.locale === locale);
  return new Intl.NumberFormat(locale, options)
    .formatToParts(value)
    .map((part) => (language && (part.type === 'decimal' || part.type === 'group') ? language[part.type] : part.value))
    .join('');
}

/** A whole percentage as the locale writes it: "50%" in en-GB, "50 %" in es. */
export function formatPercent(percent: number, locale: string): string {
  return formatNumber(percent / 100, locale, { style: 'percent', maximumFractionDigits: 0 });
}
