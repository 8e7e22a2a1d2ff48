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
    id: el.dataset.id!,
    distortion: el.dataset.answer!,
  }));
  #radios = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  #names = new Map(this.#radios.map((r) => [r.value, r.nextElementSibling!.textContent!]));
  #card = this.querySelector<HTMLElement>('[data-card]')!;
  #results = this.querySelector<HTMLElement>('[data-results]')!;
  #feedback = this.querySelector<HTMLElement>('.tt-feedback')!;
  #status = this.querySelector<HTMLElement>('[role="status"]')!;
  #checkButton = this.querySelector<HTMLButtonElement>('[data-check]')!;
  #store = stateStore<SpotterState>('thinking-traps', 1, (raw) =>
    parseState(raw, this.#items, [...this.#names.keys()]),
  );
  #state = this.#store.load() ?? freshState(newSeed());
  #order: number[] = [];

  protected enhance() {
    this.#order = shuffledOrder(this.#items.length, this.#state.seed);
    const on = (selector: string, action: () => void) =>
      this.querySelector(selector)!.addEventListener('click', action);
    this.#card.querySelector('fieldset')!.addEventListener('change', () => (this.#checkButton.disabled = false));
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
    this.#status.textContent = `${this.#feedback.querySelector('.tt-verdict')!.textContent} ${progressSentence(score(this.#state.answers, this.#items))}`;
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
    this.querySelector<HTMLElement>(this.#current ? '[data-card] h4' : '[data-results] h4')!.focus();
  }

  #render() {
    const item = this.#current;
    this.#card.hidden = !item;
    this.#results.hidden = !!item;
    this.querySelector<HTMLButtonElement>('[data-previous]')!.disabled = this.#state.position === 0;
    const next = this.querySelector<HTMLButtonElement>('[data-next]')!;
    next.hidden = !item;
    next.textContent = this.#state.position === this.#items.length - 1 ? 'See results' : 'Next';
    if (item) this.#renderItem(item);
    else this.#renderResults();
  }

  #renderItem(item: Item) {
    const choice = this.#state.answers[item.id];
    const field = (selector: string) => item.el.querySelector(selector)!.textContent;
    this.querySelector('.tt-counter')!.textContent = `Thought ${this.#state.position + 1} of ${this.#items.length}`;
    this.querySelector('.tt-progress')!.textContent = progressSentence(score(this.#state.answers, this.#items));
    this.#card.querySelector('.tt-who')!.textContent = field('.tt-who');
    this.#card.querySelector('.tt-thought')!.textContent = field('.tt-thought');
    this.#radios.forEach((r) => (r.checked = r.value === choice));
    this.#card.querySelector('fieldset')!.disabled = choice !== undefined;
    this.#checkButton.hidden = choice !== undefined;
    this.#checkButton.disabled = true;
    this.#feedback.hidden = choice === undefined;
    if (choice === undefined) return;
    this.#feedback.querySelector('.tt-verdict')!.textContent = verdict(
      this.#names.get(choice)!,
      this.#names.get(item.distortion)!,
    );
    this.#feedback.querySelector('.tt-why')!.textContent = field('.tt-why');
    this.#feedback.querySelector('.tt-balanced')!.textContent = field('.tt-balanced');
  }

  /** The score, then each missed or skipped item as a copy of its list entry, answer still folded away. */
  #renderResults() {
    this.querySelector('.tt-result')!.textContent = resultSentence(score(this.#state.answers, this.#items));
    const missed = missedItems(this.#state.answers, this.#items, this.#order);
    this.querySelector('.tt-review')!.replaceChildren(
      ...missed.map(({ item, choice }) => {
        const entry = item.el.cloneNode(true) as HTMLElement;
        const note = document.createElement('p');
        note.textContent = choice ? `You chose: ${this.#names.get(choice)}.` : 'You skipped this one.';
        entry.querySelector('details')!.before(note);
        return entry;
      }),
    );
    this.querySelector<HTMLElement>('.tt-review-intro')!.hidden = missed.length === 0;
  }
}
customElements.define('thinking-trap-spotter', ThinkingTrapSpotter);
