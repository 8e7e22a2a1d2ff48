import { el } from '../shared/dom';
import { WidgetElement } from '../shared/widget-element';
import { stateStore } from '../shared/saved-state';
import {
  blankEmotion,
  emptyEntry,
  exportText,
  formatDate,
  isBlank,
  makeRecord,
  MAX_EMOTIONS,
  parseSaved,
  readIntensity,
  recordSections,
  STORE_VERSION,
  TEXT_FIELDS,
  type Saved,
} from './thought-record-logic';
import { find, must } from '../../lib/required';

/** Wait this long after the last keystroke before writing the draft to storage. */
const AUTOSAVE_MS = 400;

class ThoughtRecord extends WidgetElement {
  #store = stateStore<Saved>('thought-record', STORE_VERSION, parseSaved);
  #saved: Saved = { draft: emptyEntry(), records: [] };
  #rows = find<HTMLElement>(this, '[data-emotions]');
  #rerate = find<HTMLElement>(this, '[data-rerate]');
  // Blank copies of the first server-rendered rows: the script clones them, one per emotion.
  #rowTemplate = must(this.#rows.firstElementChild).cloneNode(true) as HTMLElement;
  #rerateTemplate = must(this.#rerate.firstElementChild).cloneNode(true) as HTMLElement;
  #status = find(this, '[role="status"]');
  /** The pending autosave, or 0 when everything typed is stored. */
  #timer = 0;

  protected enhance() {
    this.#saved = this.#store.load() ?? this.#saved;
    this.#fillForm();
    this.#renderRecords();
    this.addEventListener('input', () => {
      this.#readForm();
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#persist(), AUTOSAVE_MS);
    });
    this.addEventListener('change', (event) => this.#checkRating(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) this.#act(button);
    });
    // Leaving or reloading within the autosave delay must not lose the last keystrokes.
    window.addEventListener('pagehide', () => this.#timer && this.#persist());
    // Records saved or deleted in another tab: take them over, so this tab never writes back a stale list.
    window.addEventListener('storage', () => {
      this.#saved.records = this.#store.load()?.records ?? [];
      this.#renderRecords();
    });
  }

  #act(button: HTMLButtonElement) {
    const { draft, records } = this.#saved;
    switch (button.dataset.action) {
      case 'save':
        return this.#saveRecord();
      case 'add':
        draft.emotions.push(blankEmotion());
        this.#renderEmotions();
        this.#persist();
        return must(must(this.#rows.lastElementChild).querySelector('input')).focus();
      case 'remove': {
        const i = [...this.#rows.children].indexOf(must(button.closest('[data-row]')));
        draft.emotions.splice(i, 1);
        this.#renderEmotions();
        this.#persist();
        this.#say(`Emotion ${i + 1} removed.`);
        return find(this.#rows, 'input').focus();
      }
      case 'clear':
        if (!isBlank(draft, true) && !confirm('Clear the form? What you have typed in it will be lost.')) return;
        this.#saved.draft = emptyEntry();
        this.#persist();
        this.#fillForm();
        this.#say('The form is empty.');
        return find(this, 'textarea').focus();
      case 'delete':
        this.#saved.records = records.filter((r) => r.id !== button.dataset.id);
        return this.#afterDelete('Record deleted.');
      case 'delete-all':
        if (!confirm(`Delete all ${records.length} saved records from this browser? This cannot be undone.`)) return;
        this.#saved.records = [];
        return this.#afterDelete('All saved records deleted.');
      case 'download': {
        const url = URL.createObjectURL(
          new Blob([exportText(records, new Date())], { type: 'text/plain;charset=utf-8' }),
        );
        Object.assign(el('a'), { href: url, download: 'thought-records.txt' }).click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        return this.#say('Downloaded thought-records.txt.');
      }
      case 'copy':
        return navigator.clipboard?.writeText(exportText(records, new Date())).then(
          () => this.#say('Copied. Paste the records wherever you want to keep them.'),
          () => this.#say('This browser blocked copying. Use "Download as text" instead.'),
        );
      case 'print':
        return print();
    }
  }

  /** Reads the whole form into the draft; cheap enough to run on every keystroke. */
  #readForm() {
    const { draft } = this.#saved;
    for (const field of TEXT_FIELDS) draft[field] = find<HTMLTextAreaElement>(this, `[data-field="${field}"]`).value;
    const ratings = (box: HTMLElement) =>
      [...box.querySelectorAll<HTMLInputElement>('[data-rating]')].map((i) => readIntensity(i.value).value);
    const before = ratings(this.#rows);
    const after = ratings(this.#rerate);
    draft.emotions = [...this.#rows.querySelectorAll<HTMLInputElement>('[data-name]')].map((input, i) => ({
      name: input.value,
      before: before[i],
      after: after[i],
    }));
    this.#nameRerateRows();
  }

  #fillForm() {
    for (const field of TEXT_FIELDS)
      find<HTMLTextAreaElement>(this, `[data-field="${field}"]`).value = this.#saved.draft[field];
    this.#renderEmotions();
  }

  #renderEmotions() {
    const { emotions } = this.#saved.draft;
    const rating = (n: number | null) => (n === null ? '' : String(n));
    this.#rows.replaceChildren(
      ...emotions.map((e, i) => {
        const row = this.#rowTemplate.cloneNode(true) as HTMLElement;
        find(row, 'legend').textContent = `Emotion ${i + 1}`;
        find<HTMLInputElement>(row, '[data-name]').value = e.name;
        find<HTMLInputElement>(row, '[data-rating]').value = rating(e.before);
        Object.assign(find(row, '[data-action="remove"]'), {
          hidden: emotions.length === 1,
          textContent: `Remove emotion ${i + 1}`,
        });
        return row;
      }),
    );
    this.#rerate.replaceChildren(
      ...emotions.map((e) => {
        const row = this.#rerateTemplate.cloneNode(true) as HTMLElement;
        find<HTMLInputElement>(row, '[data-rating]').value = rating(e.after);
        return row;
      }),
    );
    this.#nameRerateRows();
    find<HTMLElement>(this, '[data-action="add"]').hidden = emotions.length >= MAX_EMOTIONS;
  }

  /** The re-rating step names each emotion as typed in step 3. */
  #nameRerateRows() {
    this.#rerate.querySelectorAll('[data-name]').forEach((span, i) => {
      span.textContent = this.#saved.draft.emotions[i]?.name.trim() || `Emotion ${i + 1}`;
    });
  }

  /** On leaving a rating box: clamp or blank a bad value, and say why, next to it and aloud. */
  #checkRating(input: HTMLInputElement) {
    if (!input.matches('[data-rating]')) return;
    const row = must(input.closest<HTMLElement>('[data-row]'));
    const i = [...must(row.parentElement).children].indexOf(row);
    const when = row.parentElement === this.#rerate ? 'now' : 'at the time';
    const { value, problem } = readIntensity(input.value, input.validity.badInput);
    const note = find<HTMLElement>(row, '.tr-problem');
    note.hidden = !problem;
    note.textContent =
      problem && `${this.#saved.draft.emotions[i]?.name.trim() || `Emotion ${i + 1}`}, ${when}: ${problem}`;
    if (!problem) return;
    input.value = value === null ? '' : String(value);
    this.#readForm();
    this.#persist();
    this.#say(note.textContent);
  }

  #saveRecord() {
    this.#readForm();
    const { draft, records } = this.#saved;
    if (isBlank(draft, true)) return this.#say('Nothing to save yet: write at least one step first.');
    const record = makeRecord(
      draft,
      `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      new Date(),
    );
    this.#saved = { draft: emptyEntry(), records: [record, ...records] };
    if (!this.#persist()) {
      // Never lose the text: put everything back as it was.
      this.#saved = { draft, records };
      return this.#say(
        'Could not save: storage in this browser is full or turned off. Your text is still in the form, so copy it somewhere safe.',
      );
    }
    this.#fillForm();
    this.#renderRecords();
    this.#say(
      `Saved the record of ${formatDate(record.savedAt)}. It is listed under "Your saved records", and the form is empty for the next one.`,
    );
  }

  #afterDelete(message: string) {
    this.#persist();
    this.#renderRecords();
    this.#say(message);
    find<HTMLElement>(this, '[data-saved-heading]').focus();
  }

  /** Writes everything now; with nothing left to keep, removes the key altogether. */
  #persist(): boolean {
    clearTimeout(this.#timer);
    this.#timer = 0;
    if (!this.#saved.records.length && isBlank(this.#saved.draft)) {
      this.#store.clear();
      return true;
    }
    return this.#store.save(this.#saved);
  }

  #renderRecords() {
    const { records } = this.#saved;
    this.toggleAttribute('data-has-records', records.length > 0);
    find<HTMLElement>(this, '[data-empty]').hidden = records.length > 0;
    find<HTMLElement>(this, '[data-record-actions]').hidden = records.length === 0;
    find(this, '.tr-records').replaceChildren(
      ...records.map((record) => {
        const item = el('li');
        item.className = 'tr-record';
        const heading = item.appendChild(el('h5', 'Record from '));
        const date = heading.appendChild(el('time', formatDate(record.savedAt)));
        if (record.savedAt) date.dateTime = record.savedAt;
        const list = item.appendChild(el('dl'));
        for (const [term, text] of recordSections(record)) list.append(el('dt', term), el('dd', text));
        const remove = item.appendChild(el('button', 'Delete this record'));
        Object.assign(remove, { type: 'button', className: 'btn' });
        Object.assign(remove.dataset, { action: 'delete', id: record.id });
        remove.classList.add('no-print');
        return item;
      }),
    );
  }

  #say(message: string) {
    this.#status.textContent = message;
  }
}
customElements.define('thought-record', ThoughtRecord);
