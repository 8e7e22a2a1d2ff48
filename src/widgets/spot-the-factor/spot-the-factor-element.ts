import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import {
  isRight,
  lineFeedback,
  parseState,
  score,
  scoreSentence,
  type FactorId,
  type SpotState,
  type SpotTheFactorWords,
} from './spot-the-factor-logic';
import { find, must } from '../../lib/required';

class SpotTheFactor extends WidgetElement {
  #words = this.messages<SpotTheFactorWords>();
  #lines = [...this.querySelectorAll<HTMLLIElement>('.spot-line')];
  #key = this.#lines.map((li) => ({
    id: must(li.dataset.line),
    factors: must(li.dataset.factors).split(' ').filter(Boolean),
  }));
  #selects = this.#lines.map((li) => find(li, 'select'));
  /** Factor labels as the options show them, for the feedback sentences. */
  #labels = Object.fromEntries([...this.#selects[0].options].map((o) => [o.value, o.text]));
  #store = stateStore<SpotState>('spot-the-factor', 1, (raw) =>
    parseState(
      raw,
      this.#key.map((l) => l.id),
    ),
  );
  #state: SpotState = { picks: {}, checked: false };
  #status = find(this, '[role="status"]');

  protected enhance() {
    this.#state = this.#store.load() ?? this.#state;
    this.#selects.forEach((select, i) => {
      select.addEventListener('change', () => {
        const { id } = this.#key[i];
        if (select.value) this.#state.picks[id] = select.value as FactorId;
        else this.#state.picks = Object.fromEntries(Object.entries(this.#state.picks).filter(([line]) => line !== id));
        this.#store.save(this.#state);
        this.#render();
      });
    });
    find(this, '[data-check]').addEventListener('click', () => {
      this.#state.checked = true;
      this.#store.save(this.#state);
      this.#render();
      this.#status.textContent = scoreSentence(this.#words, score(this.#state.picks, this.#key));
    });
    find(this, '[data-clear]').addEventListener('click', () => {
      this.#state = { picks: {}, checked: false };
      this.#store.clear();
      this.#render();
      this.#status.textContent = this.#words.cleared;
      this.#selects[0].focus();
    });
    this.#render();
    if (this.#state.checked) this.#status.textContent = scoreSentence(this.#words, score(this.#state.picks, this.#key));
  }

  #render() {
    const { picks, checked } = this.#state;
    this.#lines.forEach((li, i) => {
      const { id, factors } = this.#key[i];
      const pick = picks[id];
      this.#selects[i].value = pick ?? '';
      const feedback = find<HTMLElement>(li, '.spot-feedback');
      feedback.hidden = !checked;
      feedback.textContent = checked ? lineFeedback(this.#words, pick, factors, this.#labels) : '';
      feedback.classList.toggle('is-right', checked && isRight(pick, factors));
      feedback.classList.toggle('is-wrong', checked && !isRight(pick, factors));
    });
    // The annotated versions stay out of sight until "Check", so they do not give the answers away.
    this.querySelectorAll<HTMLDetailsElement>('.spot-notes').forEach((notes) => {
      notes.hidden = !checked;
      notes.open = checked;
    });
  }
}
customElements.define('spot-the-factor', SpotTheFactor);
