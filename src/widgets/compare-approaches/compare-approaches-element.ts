import { el } from '../shared/dom';
import { stateStore } from '../shared/saved-state';
import { WidgetElement } from '../shared/widget-element';
import { parseChosen, statusSentence, toggle } from './compare-approaches-logic';
import { find, must } from '../../lib/required';

type Item = [text: string, sources: [label: string, id: string][]];
interface Approach {
  id: string;
  title: string;
  url: string;
  cells: Item[][];
}

/** One line of a cell, with its sources as plain links to the page's reference list. */
function line(tag: 'p' | 'li', [text, sources]: Item) {
  const node = el(tag, text);
  if (sources.length) {
    const source = node.appendChild(el('span', 'Source: '));
    source.className = 'compare-source';
    sources.forEach(([label, id], i) => {
      if (i) source.append('; ');
      source.append(Object.assign(el('a', label), { href: `#ref-${id}` }));
    });
  }
  return node;
}

class CompareApproaches extends WidgetElement {
  #approaches: Approach[] = JSON.parse(this.dataset.approaches ?? '[]');
  #store = stateStore<string[]>('compare-approaches', 1, (raw) =>
    parseChosen(
      raw,
      this.#approaches.map((a) => a.id),
    ),
  );
  #boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  #status = find(this, '[role="status"]');
  #chosen: string[] = [];

  protected enhance() {
    this.#chosen = this.#store.load() ?? [];
    for (const box of this.#boxes) {
      box.disabled = false;
      box.addEventListener('change', () => {
        const { chosen, refused } = toggle(this.#chosen, box.value, box.checked);
        this.#update(chosen, refused);
      });
    }
    find(this, '[data-clear]').addEventListener('click', () => this.#update([], false));
    this.#render();
  }

  #update(chosen: string[], refused: boolean) {
    this.#chosen = chosen;
    if (chosen.length) this.#store.save(chosen);
    else this.#store.clear();
    this.#render();
    const titles = this.#shown().map((a) => a.title);
    this.#status.textContent = statusSentence(titles, refused);
  }

  /** The chosen approaches in the order of the full table, so columns do not jump around. */
  #shown() {
    return this.#approaches.filter((a) => this.#chosen.includes(a.id));
  }

  #render() {
    this.#boxes.forEach((box) => (box.checked = this.#chosen.includes(box.value)));
    const shown = this.#shown();
    const head = find(this, 'thead tr');
    head.replaceChildren(must(head.firstElementChild));
    for (const approach of shown) {
      const th = head.appendChild(el('th'));
      th.scope = 'col';
      th.append(Object.assign(el('a', approach.title), { href: approach.url }));
    }
    this.querySelectorAll('tbody tr').forEach((row, i) => {
      row.replaceChildren(must(row.firstElementChild));
      for (const approach of shown) {
        const items = approach.cells[i];
        const td = row.appendChild(el('td'));
        const list = items.length === 1 ? td : td.appendChild(el('ul'));
        items.forEach((item) => list.append(line(list === td ? 'p' : 'li', item)));
      }
    });
    find<HTMLElement>(this, '.compare-scroll').hidden = shown.length === 0;
  }
}
customElements.define('compare-approaches', CompareApproaches);
