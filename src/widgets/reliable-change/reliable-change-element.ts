import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import { FIELDS, parseSaved, reliableChange, steps, validate, verdict, type RawInputs } from './reliable-change-logic';
import { PRESETS } from './questionnaire-presets';
import { find } from '../../lib/required';

const EMPTY: RawInputs = { before: '', after: '', sd: '', reliability: '', lowerIsBetter: true, preset: '' };

class ReliableChangeCalculator extends WidgetElement {
  #form = find<HTMLFormElement>(this, '[data-form]');
  #verdict = find<HTMLElement>(this, '[data-verdict]');
  #result = find<HTMLElement>(this, '[data-result]');
  #store = stateStore<RawInputs>('reliable-change', 1, (raw) =>
    parseSaved(
      raw,
      PRESETS.map((p) => p.id),
    ),
  );

  protected enhance() {
    find<HTMLButtonElement>(this, '[data-submit]').disabled = false;

    const saved = this.#store.load();
    if (saved) {
      this.#write(saved);
      if (validate(saved).inputs) this.#calculate();
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
      this.#verdict.textContent = 'Cleared: your numbers are removed from this browser.';
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
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) return;
    this.#control('sd').value = String(preset.sd);
    this.#control('reliability').value = String(preset.reliability);
    (this.#form.elements.namedItem('better') as RadioNodeList).value = preset.lowerIsBetter ? 'lower' : 'higher';
  }

  #showErrors(errors: { field: string; message: string }[]) {
    for (const f of FIELDS) {
      const error = errors.find((e) => e.field === f);
      const message = find<HTMLElement>(this, `[data-error-for="${f}"]`);
      message.textContent = error?.message ?? '';
      message.hidden = !error;
      if (error) this.#control(f).setAttribute('aria-invalid', 'true');
      else this.#control(f).removeAttribute('aria-invalid');
    }
  }

  #calculate(focusProblem = false) {
    const raw = this.#read();
    const { inputs, errors } = validate(raw);
    this.#showErrors(errors);
    if (!inputs) {
      this.#result.hidden = true;
      const count = errors.length === 1 ? 'One thing to fix' : `${errors.length} things to fix`;
      this.#verdict.textContent = `${count} before the calculator can work it out. First: ${errors[0].message}`;
      if (focusProblem) this.#control(errors[0].field).focus();
      return;
    }
    const result = reliableChange(inputs);
    const list = find(this.#result, '[data-steps]');
    list.replaceChildren(
      ...steps(inputs, result).map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    this.#result.hidden = false;
    this.#verdict.textContent = verdict(result, raw.lowerIsBetter).sentence;
  }
}
customElements.define('reliable-change-calculator', ReliableChangeCalculator);
