/** A new element with its text: the one helper widget scripts use to build markup (never innerHTML). */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') =>
  Object.assign(document.createElement(tag), { textContent: text });
