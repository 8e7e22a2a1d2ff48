import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import {
  clampPosition,
  freshState,
  missedItems,
  parseState,
  progressSentence,
  resultSentence,
  score,
  shuffledOrder,
  verdict,
  type SpotterState,
} from './thinking-traps-logic';
import { find, must } from '../../lib/required';

const newSeed = () => Math.floor(Math.random() * 2 ** 32);

interface Item {
  el: HTMLLIElement;
  id: string;
  distortion: string;
}

class ThinkingTrapSpotter extends WidgetElement {
  // The items are read from the no-JavaScript list, so their text is not shipped twice.
  #items: Item[] = [...this.querySelectorAll<HTMLLIElement>('.tt-item')].map((el) => ({
    el,
    id: must(el.dataset.id),
    distortion: must(el.dataset.answer),
  }));
  #radios = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  #names = new Map(this.#radios.map((r) => [r.value, must(must(r.nextElementSibling).textContent)]));
  #card = find<HTMLElement>(this, '[data-card]');
  #results = find<HTMLElement>(this, '[data-results]');
  #feedback = find<HTMLElement>(this, '.tt-feedback');
  #status = find<HTMLElement>(this, '[role="status"]');
  #checkButton = find<HTMLButtonElement>(this, '[data-check]');
  #store = stateStore<SpotterState>('thinking-traps', 1, (raw) =>
    parseState(raw, this.#items, [...this.#names.keys()]),
  );
  #state = this.#store.load() ?? freshState(newSeed());
  #order: number[] = [];

  protected enhance() {
    this.#order = shuffledOrder(this.#items.length, this.#state.seed);
    const on = (selector: string, action: () => void) => find(this, selector).addEventListener('click', action);
    find(this.#card, 'fieldset').addEventListener('change', () => (this.#checkButton.disabled = false));
    this.#checkButton.addEventListener('click', () => this.#check());
    on('[data-previous]', () => this.#go(-1));
    on('[data-next]', () => this.#go(1));
    on('[data-restart]', () => {
      this.#store.clear();
      this.#state = freshState(newSeed());
      this.#order = shuffledOrder(this.#items.length, this.#state.seed);
      this.#show('Started again in a new order. Your saved answers were cleared.');
    });
    this.#render();
  }

  get #current(): Item | undefined {
    return this.#items[this.#order[this.#state.position]];
  }

  #check() {
    const item = this.#current;
    const choice = this.#radios.find((r) => r.checked)?.value;
    if (!item || !choice) return; // the button is disabled until a trap is chosen
    this.#state.answers[item.id] = choice;
    this.#store.save(this.#state);
    this.#render();
    this.#status.textContent = `${find(this.#feedback, '.tt-verdict').textContent} ${progressSentence(score(this.#state.answers, this.#items))}`;
    this.#feedback.focus();
  }

  #go(step: number) {
    this.#state.position = clampPosition(this.#state.position + step, this.#items.length);
    this.#store.save(this.#state);
    this.#show(this.#current ? '' : resultSentence(score(this.#state.answers, this.#items)));
  }

  /** Renders, announces `message` and moves focus to the new view's heading. */
  #show(message: string) {
    this.#render();
    this.#status.textContent = message;
    find<HTMLElement>(this, this.#current ? '[data-card] h4' : '[data-results] h4').focus();
  }

  #render() {
    const item = this.#current;
    this.#card.hidden = !item;
    this.#results.hidden = !!item;
    find<HTMLButtonElement>(this, '[data-previous]').disabled = this.#state.position === 0;
    const next = find<HTMLButtonElement>(this, '[data-next]');
    next.hidden = !item;
    next.textContent = this.#state.position === this.#items.length - 1 ? 'See results' : 'Next';
    if (item) this.#renderItem(item);
    else this.#renderResults();
  }

  #renderItem(item: Item) {
    const choice = this.#state.answers[item.id];
    const field = (selector: string) => find(item.el, selector).textContent;
    find(this, '.tt-counter').textContent = `Thought ${this.#state.position + 1} of ${this.#items.length}`;
    find(this, '.tt-progress').textContent = progressSentence(score(this.#state.answers, this.#items));
    find(this.#card, '.tt-who').textContent = field('.tt-who');
    find(this.#card, '.tt-thought').textContent = field('.tt-thought');
    this.#radios.forEach((r) => (r.checked = r.value === choice));
    find(this.#card, 'fieldset').disabled = choice !== undefined;
    this.#checkButton.hidden = choice !== undefined;
    this.#checkButton.disabled = true;
    this.#feedback.hidden = choice === undefined;
    if (choice === undefined) return;
    find(this.#feedback, '.tt-verdict').textContent = verdict(
      must(this.#names.get(choice)),
      must(this.#names.get(item.distortion)),
    );
    find(this.#feedback, '.tt-why').textContent = field('.tt-why');
    find(this.#feedback, '.tt-balanced').textContent = field('.tt-balanced');
  }

  /** The score, then each missed or skipped item as a copy of its list entry, answer still folded away. */
  #renderResults() {
    find(this, '.tt-result').textContent = resultSentence(score(this.#state.answers, this.#items));
    const missed = missedItems(this.#state.answers, this.#items, this.#order);
    find(this, '.tt-review').replaceChildren(
      ...missed.map(({ item, choice }) => {
        const entry = item.el.cloneNode(true) as HTMLElement;
        const note = document.createElement('p');
        note.textContent = choice ? `You chose: ${this.#names.get(choice)}.` : 'You skipped this one.';
        find(entry, 'details').before(note);
        return entry;
      }),
    );
    find<HTMLElement>(this, '.tt-review-intro').hidden = missed.length === 0;
  }
}
customElements.define('thinking-trap-spotter', ThinkingTrapSpotter);
