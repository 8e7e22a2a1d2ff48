/**
 * Fills the `{name}` slots of a string from the strings modules: fill('{count} results', { count: 3 }).
 * A slot with no value stays as written, so a missing value shows up in review instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
