/**
 * Values a component's own markup or data guarantee. Instead of a non-null assertion (which TypeScript
 * takes on trust), these check at run time and fail naming what was missing, so a markup change that
 * breaks a component shows up as a clear error instead of "cannot read properties of null" later on.
 */

/** `value`, or an error naming `what` when it is null or undefined. */
export function must<T>(value: T, what = 'a required value'): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

/** The first element in `root` matching `selector`; an error when there is none. */
export function find<K extends keyof HTMLElementTagNameMap>(root: ParentNode, selector: K): HTMLElementTagNameMap[K];
export function find<K extends keyof SVGElementTagNameMap>(root: ParentNode, selector: K): SVGElementTagNameMap[K];
export function find<E extends Element = HTMLElement>(root: ParentNode, selector: string): E;
export function find(root: ParentNode, selector: string): Element {
  return must(root.querySelector(selector), `element ${selector}`);
}
