import { WidgetElement } from '../shared/widget-element';
import { regionForKey, selectRegion, selectionSentence } from './brain-map-logic';
import { find, must } from '../../lib/required';

class BrainMap extends WidgetElement {
  #buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-select]')];
  #ids = this.#buttons.map((b) => must(b.dataset.select));
  #selected: string | undefined;

  protected enhance() {
    this.addEventListener('click', (event) => {
      // A button, or a region or label in the drawings (pointer only: the buttons are the controls).
      const target = (event.target as Element).closest<HTMLElement | SVGElement>('[data-select], [data-region]');
      if (target) this.#select(target.dataset.select ?? target.dataset.region, false);
    });
    find(this, '[role="toolbar"]').addEventListener('keydown', (event) => {
      const next = regionForKey(this.#ids, this.#selected, (event as KeyboardEvent).key);
      if (!next) return;
      event.preventDefault();
      this.#select(next, true);
    });
    this.#select(this.#ids[0], false, true);
  }

  #select(requested: string | undefined, moveFocus: boolean, quietly = false) {
    const id = selectRegion(this.#ids, requested);
    if (!id) return;
    this.#selected = id;
    this.dataset.selected = id;
    this.#buttons.forEach((button) => {
      const chosen = button.dataset.select === id;
      button.setAttribute('aria-pressed', String(chosen));
      // One tab stop for the row (a toolbar): the arrow keys move between regions.
      button.tabIndex = chosen ? 0 : -1;
      if (chosen && moveFocus) button.focus();
    });
    this.querySelectorAll<SVGElement>('svg [data-region]').forEach((shape) =>
      shape.classList.toggle('is-selected', shape.dataset.region === id),
    );
    let findings = 0;
    this.querySelectorAll<HTMLElement>('[data-details]').forEach((details) => {
      details.hidden = details.dataset.details !== id;
      if (!details.hidden) findings = details.querySelectorAll('li').length;
    });
    if (!quietly) {
      const name = (must(this.#buttons.find((b) => b.dataset.select === id)).textContent ?? '').trim();
      find(this, '[role="status"]').textContent = selectionSentence(name, findings);
    }
  }
}
customElements.define('brain-map', BrainMap);
