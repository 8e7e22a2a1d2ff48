import { WidgetElement } from '../shared/widget-element';
import {
  improvedPercent,
  improvementSentence,
  markerLabel,
  parseSessions,
  sessionsLabel,
  toChart,
  type DoseEffectWords,
} from './dose-effect-logic';
import { find } from '../../lib/required';

class DoseEffectExplorer extends WidgetElement {
  #range = find<HTMLInputElement>(this, '[data-range]');
  #number = find<HTMLInputElement>(this, '[data-number]');
  #readout = find<HTMLElement>(this, '[data-readout]');
  #marker = find<SVGGElement>(this, '[data-marker]');
  #words = this.messages<DoseEffectWords>();

  protected enhance() {
    this.#range.addEventListener('input', () => this.#show(parseSessions(this.#range.value) ?? 0));
    // While typing, move the chart whenever the box holds a number; on leaving it, show the clamped value.
    this.#number.addEventListener('input', () => {
      const sessions = parseSessions(this.#number.value);
      if (sessions !== undefined) this.#show(sessions);
    });
    this.#number.addEventListener('change', () => (this.#number.value = this.#range.value));
    this.#show(parseSessions(this.#range.value) ?? 0);
  }

  #show(sessions: number) {
    this.#range.value = String(sessions);
    this.#range.setAttribute('aria-valuetext', sessionsLabel(this.#words, sessions));
    if (document.activeElement !== this.#number) this.#number.value = String(sessions);
    const percent = improvedPercent(sessions);
    const { x, y } = toChart(sessions, percent);
    const set = (selector: string, attributes: Record<string, number>) => {
      const element = find(this.#marker, selector);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    };
    set('[data-marker-line="v"]', { x1: x, x2: x, y2: y });
    set('[data-marker-line="h"]', { y1: y, x2: x, y2: y });
    set('[data-marker-dot]', { cx: x, cy: y });
    const label = find<SVGTextElement>(this.#marker, '[data-marker-label]');
    label.textContent = markerLabel(this.#words, sessions);
    // Keep the centred label inside the 480-unit-wide drawing, however long it is in this language.
    const half = label.getComputedTextLength() / 2 + 2;
    set('[data-marker-label]', { x: Math.min(Math.max(x, 110, half), 400, 480 - half) });
    const sentence = improvementSentence(this.#words, sessions);
    if (this.#readout.textContent !== sentence) this.#readout.textContent = sentence;
  }
}
customElements.define('dose-effect-explorer', DoseEffectExplorer);
