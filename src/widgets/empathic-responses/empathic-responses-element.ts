import { stateStore } from '../shared/saved-state';
import { WidgetElement } from '../shared/widget-element';
import { parseChoices, score, scoreSentence, verdict, type Choices } from './empathic-responses-logic';
import { find, must } from '../../lib/required';

interface Statement {
  el: HTMLElement;
  radios: HTMLInputElement[];
  id: string;
  best: number;
  replyCount: number;
}

class EmpathicResponses extends WidgetElement {
  #statements: Statement[] = [...this.querySelectorAll<HTMLLIElement>('.er-statement')].map((el) => {
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    return { el, radios, id: must(el.dataset.id), best: Number(el.dataset.best), replyCount: radios.length };
  });
  #store = stateStore<Choices>('empathic-responses', 1, (raw) => parseChoices(raw, this.#statements));
  #choices: Choices = this.#store.load() ?? {};
  #status = find<HTMLElement>(this, '[role="status"]');
  #restart = find<HTMLButtonElement>(this, '[data-restart]');

  protected enhance() {
    for (const s of this.#statements) {
      const check = find<HTMLButtonElement>(s.el, '[data-check]');
      check.addEventListener('click', () => this.#check(s));
      // Checking needs a choice: the button stays disabled until one is made.
      find(s.el, 'fieldset').addEventListener('change', () => (check.disabled = false));
    }
    this.#restart.addEventListener('click', () => {
      this.#choices = {};
      this.#store.clear();
      this.#statements.forEach((s) => s.radios.forEach((r) => (r.checked = false)));
      this.#render();
      this.#status.textContent = 'Started again. Your saved answers were cleared.';
      this.#statements[0]?.radios[0]?.focus();
    });
    this.#render();
  }

  #check(s: Statement) {
    const choice = s.radios.findIndex((r) => r.checked);
    if (choice < 0) return;
    this.#choices[s.id] = choice;
    this.#store.save(this.#choices);
    this.#render();
    const message = find<HTMLElement>(s.el, '.er-verdict');
    this.#status.textContent = `${message.textContent} ${scoreSentence(score(this.#choices, this.#statements))}`;
    message.focus();
  }

  #render() {
    for (const { el, radios, id, best } of this.#statements) {
      const choice = this.#choices[id];
      const answered = choice !== undefined;
      if (answered) radios.forEach((r, j) => (r.checked = j === choice));
      find(el, 'fieldset').disabled = answered;
      const check = find<HTMLButtonElement>(el, '[data-check]');
      check.hidden = answered;
      check.disabled = !radios.some((r) => r.checked);
      const message = find<HTMLElement>(el, '.er-verdict');
      message.hidden = !answered;
      message.textContent = answered ? verdict(choice, best, must(radios[choice].dataset.kind)) : '';
      const answer = find(el, 'details');
      answer.hidden = !answered;
      answer.open = answered;
    }
    this.#restart.hidden = Object.keys(this.#choices).length === 0;
    this.#status.textContent = scoreSentence(score(this.#choices, this.#statements));
  }
}
customElements.define('empathic-responses', EmpathicResponses);
