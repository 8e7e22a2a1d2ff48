import { WidgetElement } from '../shared/widget-element';
import { RELATIONSHIP_EFFECTS } from './relationship-effects-data';
import {
  ciLine,
  effectView,
  plotX,
  rowY,
  sortEffects,
  statusSentence,
  toMetric,
  toSortKey,
  valueLine,
  whiskerPath,
  type Metric,
  type RelationshipEffectsWords,
  type SortKey,
} from './relationship-effects-logic';
import { find } from '../../lib/required';

class RelationshipEffectsChart extends WidgetElement {
  #words = this.messages<RelationshipEffectsWords>();
  #sort: SortKey = 'size';
  #metric: Metric = 'r';
  #svg = find(this, 'svg');
  #tbody = find(this, 'tbody');

  protected enhance() {
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name.endsWith('-sort')) this.#sort = toSortKey(input.value);
      if (input.name.endsWith('-metric')) this.#metric = toMetric(input.value);
      this.#render();
      find(this, '[role="status"]').textContent = statusSentence(this.#words, this.#sort, this.#metric);
    });
  }

  #render() {
    const metric = this.#metric;
    this.#svg.dataset.metric = metric;
    sortEffects(RELATIONSHIP_EFFECTS, this.#sort, metric, this.#words).forEach((effect, position) => {
      const view = effectView(effect, metric);
      const row = this.#svg.querySelector(`[data-row="${effect.id}"]`);
      if (!view || !row) return;
      row.setAttribute('transform', `translate(0 ${rowY(position)})`);
      const whisker = find(row, '.whisker');
      whisker.setAttribute('d', whiskerPath(view, metric));
      whisker.classList.toggle('converted', Boolean(view.ci?.converted));
      const dot = find(row, '.dot');
      dot.setAttribute('cx', String(plotX(view.value, metric)));
      dot.classList.toggle('converted', view.converted);
      find(row, '.value').textContent = valueLine(view);
      find(row, '.ci').textContent = ciLine(this.#words, view);
      // Appending an existing row moves it: the table follows the chart's order.
      const tableRow = this.#tbody.querySelector(`[data-row="${effect.id}"]`);
      if (tableRow) this.#tbody.append(tableRow);
    });
  }
}
customElements.define('relationship-effects-chart', RelationshipEffectsChart);
