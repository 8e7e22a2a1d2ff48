/**
 * The <self-check-quiz> element: radio buttons with instant feedback, a score and a retry, enhancing the
 * <details>-based quiz that Quiz.astro renders. Loaded only when a reader scrolls near a quiz.
 */
import { stateStore } from '../shared/saved-state';
import { WidgetElement } from '../shared/widget-element';
import { emptyAnswers, feedback, parseAnswers, score, scoreSentence, type Answers } from './quiz-logic';
import { documentLang } from '../../i18n/document-lang';
import { QUIZ_MESSAGES } from '../../i18n/strings/quiz-messages';
import { find } from '../../lib/required';
import { letter } from '../shared/letter';

export class SelfCheckQuiz extends WidgetElement {
  #questions = [...this.querySelectorAll<HTMLLIElement>('.quiz-question')];
  #correct = this.#questions.map((q) => Number(q.dataset.answer));
  #optionCounts = this.#questions.map((q) => q.querySelectorAll('.quiz-options > li').length);
  #store = stateStore<Answers>(`quiz:${this.dataset.quizId}`, 1, (raw) => parseAnswers(raw, this.#optionCounts));
  #answers: Answers = emptyAnswers(this.#questions.length);
  #words = QUIZ_MESSAGES[documentLang()];

  protected enhance() {
    this.#answers = this.#store.load() ?? this.#answers;
    this.#questions.forEach((question, i) => {
      find(question, '.quiz-options').after(this.#choices(question, i));
      question.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        this.#answers[i] = Number(input.value);
        this.#store.save(this.#answers);
        this.#render();
      });
    });
    find(this, '[data-retry]').addEventListener('click', () => {
      this.#answers = emptyAnswers(this.#questions.length);
      this.#store.clear();
      this.#render();
      this.#questions[0]?.querySelector('input')?.focus();
    });
    this.#render();
  }

  /** Radio buttons for a question's options, built from its plain list ("A. ..."), which they replace on screen. */
  #choices(question: HTMLElement, i: number): HTMLElement {
    const choices = document.createElement('div');
    choices.className = 'quiz-choices';
    choices.toggleAttribute('data-js-only', true);
    question.querySelectorAll('.quiz-options > li').forEach((option, j) => {
      const label = document.createElement('label');
      label.className = 'quiz-choice';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = `${this.dataset.radioName}-q${i}`;
      input.value = String(j);
      const text = document.createElement('span');
      const mark = document.createElement('span');
      mark.className = 'font-semibold';
      mark.textContent = `${letter(j)}.`;
      text.append(mark, ` ${option.textContent ?? ''}`);
      label.append(input, text);
      choices.append(label);
    });
    return choices;
  }

  #render() {
    this.#questions.forEach((question, i) => {
      const choice = this.#answers[i];
      const inputs = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const message = find<HTMLElement>(question, '.quiz-feedback');
      const answer = find<HTMLDetailsElement>(question, '.quiz-answer');
      inputs.forEach((input, j) => (input.checked = choice === j));
      if (choice === null) {
        message.hidden = true;
        answer.hidden = true;
        answer.open = false;
        return;
      }
      const correctText = find(question, '.quiz-correct-text').textContent ?? '';
      message.textContent = feedback(this.#words, choice, this.#correct[i], correctText);
      message.hidden = false;
      answer.hidden = false;
      answer.open = true;
    });
    const result = score(this.#answers, this.#correct);
    find(this, '.quiz-score').textContent = scoreSentence(this.#words, result);
    (this.querySelector('[data-retry]') as HTMLButtonElement).hidden = result.answered === 0;
  }
}

if (!customElements.get('self-check-quiz')) customElements.define('self-check-quiz', SelfCheckQuiz);
