/**
 * The base of every widget's custom element (see docs/widgets.md). A widget wires up its behaviour in
 * `enhance()`; only when that has run without an error is the element marked `data-enhanced`, and only
 * then does global.css swap its `[data-no-js]` parts for its `[data-js-only]` parts. So a script that
 * fails to load, or throws while starting, leaves the reader the complete no-JavaScript version.
 */
export abstract class WidgetElement extends HTMLElement {
  connectedCallback() {
    // Moving the element in the page connects it again: its behaviour is already attached.
    if (this.hasAttribute('data-enhanced')) return;
    this.enhance();
    this.toggleAttribute('data-enhanced', true);
  }

  /** Attaches the widget's behaviour to the HTML its component rendered. */
  protected abstract enhance(): void;

  /**
   * The words the script shows, in the page's language: the component writes them into `data-messages`
   * from the strings module (src/i18n/), so the script holds none and a page ships only its own language.
   */
  protected messages<T>(): T {
    return JSON.parse(this.dataset.messages ?? '{}') as T;
  }
}
