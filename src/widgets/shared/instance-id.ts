/**
 * A per-page id prefix for one widget instance, so the same widget can appear twice on a page without
 * clashing ids or radio-group names: the first instance gets `name` itself (its ids stay the ones links
 * and tests know), the next `name-2`, `name-3`, ... Counted in Astro.locals, which lives for one page.
 */
export function instanceId(locals: App.Locals, name: string): string {
  const counts = (locals.widgetInstances ??= {});
  const n = (counts[name] = (counts[name] ?? 0) + 1);
  return n === 1 ? name : `${name}-${n}`;
}
