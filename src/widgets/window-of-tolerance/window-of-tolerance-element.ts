import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import {
  DEFAULT_TIMINGS,
  breathAt,
  breathFullness,
  clampArousal,
  countdownText,
  parseSeconds,
  parseTimings,
  phaseWords,
  zoneOf,
  type BreathPhase,
  type BreathTimings,
} from './window-of-tolerance-logic';
import { find, must } from '../../lib/required';

// Circle radius when the lungs are full, in the breathing picture's 200-unit box (empty: as rendered).
const FULL_R = 92;

class WindowOfTolerance extends WidgetElement {
  #range = find<HTMLInputElement>(this, '[data-arousal]');
  #marker = find<SVGGElement>(this, '.wot-marker');
  #bandMarks = [...this.querySelectorAll<SVGElement>('svg [data-zone]')];
  #zoneCards = [...this.querySelectorAll<HTMLLIElement>('li[data-zone]')];
  #status = find<HTMLElement>(this, '[data-announce]');
  #fields = [...this.querySelectorAll<HTMLInputElement>('[data-breath-field]')];
  #toggle = find<HTMLButtonElement>(this, '[data-breath-toggle]');
  #circle = find<SVGCircleElement>(this, '[data-breath-circle]');
  #count = find<HTMLElement>(this, '[data-breath-count]');
  #emptyR = Number(this.#circle.getAttribute('r'));
  #store = stateStore<BreathTimings>('window-of-tolerance', 1, parseTimings);
  #timings: BreathTimings = { ...DEFAULT_TIMINGS };
  #zone = '';
  #frame = 0;
  #startedAt = 0;
  #phase: BreathPhase | undefined;

  protected enhance() {
    this.#range.addEventListener('input', () => this.#showArousal(true));
    this.querySelectorAll<HTMLButtonElement>('[data-step]').forEach((button) =>
      button.addEventListener('click', () => {
        this.#range.value = String(clampArousal(Number(this.#range.value) + Number(button.dataset.step)));
        this.#showArousal(true);
      }),
    );
    this.#timings = this.#store.load() ?? this.#timings;
    this.#showTimings();
    this.#fields.forEach((field) => field.addEventListener('change', () => this.#readField(field)));
    this.#toggle.addEventListener('click', () => (this.#frame ? this.#stop() : this.#start()));
    find(this, '[data-breath-reset]').addEventListener('click', () => {
      this.#store.clear();
      this.#timings = { ...DEFAULT_TIMINGS };
      this.#showTimings();
      if (this.#frame) this.#start();
    });
    this.#showArousal(false);
  }

  disconnectedCallback() {
    this.#stop();
  }

  /** Moves the marker, outlines the current zone, shows only its card; announces a change of zone. */
  #showArousal(announce: boolean) {
    const value = clampArousal(this.#range.value);
    const zone = zoneOf(value);
    this.#marker.setAttribute('transform', `translate(${value * Number(this.dataset.scale)} 0)`);
    this.#bandMarks.forEach((mark) => mark.classList.toggle('is-current', mark.dataset.zone === zone));
    this.#zoneCards.forEach((card) => (card.hidden = card.dataset.zone !== zone));
    const card = must(this.#zoneCards.find((c) => c.dataset.zone === zone));
    this.#range.setAttribute('aria-valuetext', `${card.dataset.name}, ${value} of 100`);
    if (announce && zone !== this.#zone) this.#announce(`Now in: ${card.dataset.name}, ${card.dataset.where}.`);
    this.#zone = zone;
  }

  #showTimings() {
    this.#fields.forEach((field) => {
      field.value = String(this.#timings[field.name as keyof BreathTimings]);
      this.#markField(field, true);
    });
  }

  /** The error joins the field's description only while shown: a hidden but referenced text is still read. */
  #markField(field: HTMLInputElement, valid: boolean) {
    field.setAttribute('aria-invalid', String(!valid));
    const note = `${this.dataset.instance}-breath-note`;
    field.setAttribute('aria-describedby', valid ? note : `${field.id}-error ${note}`);
    find<HTMLElement>(this, `#${field.id}-error`).hidden = valid;
  }

  /** Keeps the last valid timing while a field is invalid, so the guide never runs on a bad number. */
  #readField(field: HTMLInputElement) {
    const seconds = parseSeconds(field.value);
    this.#markField(field, seconds !== undefined);
    if (seconds === undefined) return;
    this.#timings = { ...this.#timings, [field.name]: seconds };
    this.#store.save(this.#timings);
    if (this.#frame) this.#start();
  }

  #start() {
    cancelAnimationFrame(this.#frame);
    this.#startedAt = performance.now();
    this.#phase = undefined;
    this.#toggle.textContent = 'Stop breathing guide';
    this.#frame = requestAnimationFrame(this.#tick);
  }

  #stop() {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#toggle.textContent = 'Start breathing guide';
    this.#circle.setAttribute('r', String(this.#emptyR));
    this.#count.textContent = 'Stopped. Press Start to begin again.';
  }

  /** One animation frame: everything shown is a pure function of the time since Start. */
  #tick = (now: number) => {
    const moment = breathAt(now - this.#startedAt, this.#timings);
    this.#circle.setAttribute('r', (this.#emptyR + (FULL_R - this.#emptyR) * breathFullness(moment)).toFixed(1));
    const count = countdownText(moment);
    if (this.#count.textContent !== count) this.#count.textContent = count;
    // Screen readers hear only the phase changes, never the per-second count.
    if (moment.phase !== this.#phase) this.#announce(phaseWords(moment.phase));
    this.#phase = moment.phase;
    this.#frame = requestAnimationFrame(this.#tick);
  };

  #announce(message: string) {
    this.#status.textContent = message;
  }
}
customElements.define('window-of-tolerance', WindowOfTolerance);
