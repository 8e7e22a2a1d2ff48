import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import {
  FIELDS,
  parseSaved,
  problemsSentence,
  reliableChange,
  steps,
  validate,
  verdict,
  type RawInputs,
  type ReliableChangeWords,
} from './reliable-change-logic';
import { fill } from '../../i18n/format';
import { find } from '../../lib/required';

const EMPTY: RawInputs = { before: '', after: '', sd: '', reliability: '', lowerIsBetter: true, preset: '' };

class ReliableChangeCalculator extends WidgetElement {
  #words = this.messages<ReliableChangeWords>();
  #form = find<HTMLFormElement>(this, '[data-form]');
  #verdict = find<HTMLElement>(this, '[data-verdict]');
  #result = find<HTMLElement>(this, '[data-result]');
  /** The presets as the component rendered them: each option carries its figures, written in the page's locale. */
  #presets = [...find<HTMLSelectElement>(this, 'select[name="preset"]').options].filter((o) => o.value);
  #store = stateStore<RawInputs>('reliable-change', 1, (raw) =>
    parseSaved(
      raw,
      this.#presets.map((p) => p.value),
    ),
  );

  protected enhance() {
    find<HTMLButtonElement>(this, '[data-submit]').disabled = false;

    const saved = this.#store.load();
    if (saved) {
      this.#write(saved);
      if (validate(this.#words, saved).inputs) this.#calculate();
    }
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#calculate(true);
    });
    this.#form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      // Editing a preset's numbers makes them the reader's own.
      if (target.name === 'sd' || target.name === 'reliability') this.#control('preset').value = '';
      if (target.name === 'preset') this.#applyPreset(target.value);
      this.#store.save(this.#read());
    });
    find(this, '[data-clear]').addEventListener('click', () => {
      this.#store.clear();
      this.#write(EMPTY);
      this.#showErrors([]);
      this.#result.hidden = true;
      this.#verdict.textContent = this.#words.cleared;
      this.#control('before').focus();
    });
  }

  #control(name: string) {
    return this.#form.elements.namedItem(name) as HTMLInputElement;
  }

  #read(): RawInputs {
    const [before, after, sd, reliability] = FIELDS.map((f) => this.#control(f).value);
    const lowerIsBetter = (this.#form.elements.namedItem('better') as RadioNodeList).value !== 'higher';
    return { before, after, sd, reliability, lowerIsBetter, preset: this.#control('preset').value };
  }

  #write(values: RawInputs) {
    for (const f of FIELDS) this.#control(f).value = values[f];
    this.#control('preset').value = values.preset;
    (this.#form.elements.namedItem('better') as RadioNodeList).value = values.lowerIsBetter ? 'lower' : 'higher';
  }

  #applyPreset(id: string) {
    const preset = this.#presets.find((p) => p.value === id);
    if (!preset) return;
    this.#control('sd').value = preset.dataset.sd ?? '';
    this.#control('reliability').value = preset.dataset.reliability ?? '';
    (this.#form.elements.namedItem('better') as RadioNodeList).value = preset.dataset.better ?? 'lower';
  }

  #showErrors(errors: { field: string; message: string }[]) {
    for (const f of FIELDS) {
      const error = errors.find((e) => e.field === f);
      const message = find<HTMLElement>(this, `[data-error-for="${f}"]`);
      message.textContent = error ? fill(this.#words.checkThis, { message: error.message }) : '';
      message.hidden = !error;
      if (error) this.#control(f).setAttribute('aria-invalid', 'true');
      else this.#control(f).removeAttribute('aria-invalid');
    }
  }

  #calculate(focusProblem = false) {
    const raw = this.#read();
    const { inputs, errors } = validate(this.#words, raw);
    this.#showErrors(errors);
    if (!inputs) {
      this.#result.hidden = true;
      this.#verdict.textContent = problemsSentence(this.#words, errors);
      if (focusProblem) this.#control(errors[0].field).focus();
      return;
    }
    const result = reliableChange(inputs);
    const list = find(this.#result, '[data-steps]');
    list.replaceChildren(
      ...steps(this.#words, inputs, result).map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    this.#result.hidden = false;
    this.#verdict.textContent = verdict(this.#words, result, raw.lowerIsBetter).sentence;
  }
}
customElements.define('reliable-change-calculator', ReliableChangeCalculator);
