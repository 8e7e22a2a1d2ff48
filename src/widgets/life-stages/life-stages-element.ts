import { WidgetElement } from '../shared/widget-element';
import { indexForKey, indexFromHash } from './life-stages-logic';
import { find } from '../../lib/required';

class LifeStagesTimeline extends WidgetElement {
  #tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  #items = [...this.querySelectorAll<HTMLLIElement>('[data-stage]')];
  #selected = 0;

  protected enhance() {
    // The list becomes a set of tab panels: list semantics would now describe one visible item.
    find(this, '[data-stage-list]').setAttribute('role', 'none');
    this.#items.forEach((item, i) => {
      item.setAttribute('role', 'none');
      const panel = find<HTMLElement>(item, '[data-panel]');
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', this.#tabs[i].id);
      panel.tabIndex = 0;
    });
    this.#tabs.forEach((tab, i) => tab.addEventListener('click', () => this.#select(i, false)));
    find(this, '[role="tablist"]').addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      const next = indexForKey(e.key, this.#selected, this.#tabs.length);
      if (next === undefined) return;
      e.preventDefault();
      this.#select(next, true);
    });
    this.#select(indexFromHash(location.hash, this.#tabs.length, this.dataset.panelPrefix) ?? 0, false);
  }

  /** Selects one tab: roving tabindex, and only its panel shown. Keyboard selection moves focus with it. */
  #select(index: number, focus: boolean) {
    this.#selected = index;
    this.#tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
    });
    this.#items.forEach((item, i) => (item.hidden = i !== index));
    if (focus) this.#tabs[index].focus();
  }
}
customElements.define('life-stages-timeline', LifeStagesTimeline);
