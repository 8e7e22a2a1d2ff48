import type { Grade } from 'ts-fsrs';
import { stateStore, type StateStore } from '../shared/saved-state';
import {
  dayKey,
  deckStats,
  emptyProgress,
  exportProgress,
  formatInterval,
  grade,
  GRADE_NAMES,
  importProgress,
  NEW_PER_DAY,
  nextCard,
  parseProgress,
  previewIntervals,
  STORE_VERSION,
  type Progress,
} from './study-logic';

interface CardData {
  id: string;
  front: string;
  back: string;
  source: string;
}
interface StudyData {
  cards: CardData[];
  decks: { id: string; cardIds: string[] }[];
}

class StudySession extends HTMLElement {
  #store!: StateStore<Progress>;
  #progress = emptyProgress();
  #cards = new Map<string, CardData>();
  #decks = new Map<string, string[]>();
  /** The chosen decks' cards, in deck order, without repeats. */
  #chosen: string[] = [];
  #current?: string;
  #revealed = false;
  #timer = 0;
  #warnedStorage = false;
  /** An element of the server-rendered markup, which is always there. */
  #$ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector(selector) as T;

  async connectedCallback() {
    this.#store = stateStore('study', STORE_VERSION, parseProgress);
    this.#progress = this.#store.load() ?? emptyProgress();
    let data: StudyData;
    try {
      data = (await (await fetch(this.dataset.cards ?? '')).json()) as StudyData;
    } catch {
      return; // offline or blocked: the page stays as it is without JavaScript, which still works
    }
    data.cards.forEach((c) => this.#cards.set(c.id, c));
    data.decks.forEach((d) => this.#decks.set(d.id, d.cardIds));
    this.querySelectorAll<HTMLElement>('[data-without-js]').forEach((e) => (e.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-with-js], input[name=deck]').forEach((e) => (e.hidden = false));
    this.#tickSaved();
    this.#choose();

    this.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'deck') {
        this.#progress = {
          ...this.#progress,
          decks: this.#boxes()
            .filter((b) => b.checked)
            .map((b) => b.value),
        };
        this.#save();
        this.#choose();
      } else if (target.matches('[data-import]') && target.files?.[0]) this.#import(target.files[0], target);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.grade) this.#grade(Number(button.dataset.grade) as Grade);
      else if (button.dataset.action === 'reveal') this.#reveal();
      else if (button.dataset.action === 'start') this.#next();
      else if (button.dataset.action === 'export') this.#export();
      else if (button.dataset.action === 'forget') this.#forget();
    });
    document.addEventListener('keydown', (event) => this.#key(event));
    // Progress changed in another tab: take it over, so this tab never writes back stale progress.
    window.addEventListener('storage', () => {
      this.#progress = this.#store.load() ?? emptyProgress();
      this.#renderStats();
    });
  }

  /** Queued ids come from the chosen decks, which only hold known cards. */
  #card = (id: string) => this.#cards.get(id) as CardData;

  /** Ticks the saved decks and opens the lists that hold one, so the student sees what is chosen. */
  #tickSaved() {
    for (const box of this.#boxes()) {
      box.checked = this.#progress.decks.includes(box.value);
      const list = box.closest('details');
      if (box.checked && list) list.open = true;
    }
  }

  #boxes = () => [...this.querySelectorAll<HTMLInputElement>('input[name=deck]')];

  /** Space (or Enter) shows the answer, 1-4 grade it; keys typed into a control are left alone. */
  #key(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (this.#current === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest('input, select, textarea, a, summary')) return;
    if ((event.key === ' ' || event.key === 'Enter') && !this.#revealed) {
      if (target.closest('button')) return; // the focused button does its own job
      event.preventDefault();
      this.#reveal();
    } else if (this.#revealed && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      this.#grade(Number(event.key) as Grade);
    }
  }

  #choose() {
    const ids = this.#progress.decks.flatMap((d) => this.#decks.get(d) ?? []);
    this.#chosen = [...new Set(ids)].filter((id) => this.#cards.has(id));
    this.#renderStats();
  }

  #renderStats() {
    const now = new Date();
    for (const item of this.querySelectorAll<HTMLElement>('[data-deck]')) {
      const s = deckStats(this.#decks.get(item.dataset.deck ?? '') ?? [], this.#progress, now);
      const retention = s.retention === undefined ? '' : ` · ${Math.round(s.retention * 100)}% remembered`;
      (item.querySelector('[data-stats]') as HTMLElement).textContent =
        `${s.learned} of ${s.total} learned · ${s.due} due today${retention}`;
    }
    const s = deckStats(this.#chosen, this.#progress, now);
    const started = this.#chosen.filter((id) => this.#progress.cards[id]).length;
    const newLeft = NEW_PER_DAY - (this.#progress.day === dayKey(now) ? this.#progress.newToday : 0);
    const fresh = Math.max(0, Math.min(newLeft, this.#chosen.length - started));
    this.#$('[data-summary]').textContent = this.#chosen.length
      ? `Today: ${s.due} due, ${fresh} new (of ${this.#chosen.length} cards in the chosen decks).`
      : 'Tick at least one deck above.';
    this.#$<HTMLButtonElement>('[data-action=start]').disabled = this.#chosen.length === 0;
  }

  #next() {
    clearTimeout(this.#timer);
    const now = new Date();
    const next = nextCard(this.#chosen, this.#progress, now);
    const card = this.#$('[data-card]');
    this.#revealed = false;
    this.#current = undefined;
    if (!next || 'waitUntil' in next) {
      card.hidden = true;
      if (next) this.#timer = window.setTimeout(() => this.#next(), next.waitUntil - now.getTime());
      this.#say(
        next
          ? `Well done. The next card comes back in ${formatInterval(next.waitUntil - now.getTime())}; it will appear here.`
          : 'Nothing more to study in these decks today. Come back tomorrow.',
        true,
      );
      this.#$('#study-now').focus();
      return;
    }
    const data = this.#card(next.id);
    this.#current = next.id;
    card.hidden = false;
    card.dataset.cardId = next.id;
    this.#$('[data-kind]').textContent = next.isNew ? 'New card' : 'Review';
    this.#$('[data-front]').textContent = data.front;
    this.#$('[data-answer]').textContent = data.back;
    this.#$<HTMLAnchorElement>('[data-source]').href = data.source;
    this.#$('[data-back]').hidden = true;
    this.#$('[data-grades]').hidden = true;
    const reveal = this.#$('[data-action=reveal]');
    reveal.hidden = false;
    reveal.focus();
    this.#say(`${next.isNew ? 'New card' : 'Review'}: ${data.front}`);
  }

  #reveal() {
    if (this.#current === undefined || this.#revealed) return;
    this.#revealed = true;
    const intervals = previewIntervals(this.#progress, this.#current, new Date());
    this.querySelectorAll<HTMLElement>('[data-interval]').forEach(
      (e, i) => (e.textContent = formatInterval(intervals[i])),
    );
    this.#$('[data-back]').hidden = false;
    this.#$('[data-grades]').hidden = false;
    this.#$('[data-action=reveal]').hidden = true;
    this.#$('[data-grade="3"]').focus();
    this.#say(`Answer: ${this.#card(this.#current).back} How well did you remember? 1 Again, 2 Hard, 3 Good, 4 Easy.`);
  }

  #grade(rating: Grade) {
    if (this.#current === undefined || !this.#revealed) return;
    const now = new Date();
    this.#progress = grade(this.#progress, this.#current, rating, now);
    this.#save();
    this.#renderStats();
    const due = this.#progress.cards[this.#current].due - now.getTime();
    this.#next();
    if (this.#current)
      this.#say(
        `${GRADE_NAMES[rating - 1]}: back in ${formatInterval(due)}. Next card: ${this.#card(this.#current).front}`,
      );
  }

  #save() {
    if (this.#store.save(this.#progress) || this.#warnedStorage) return;
    this.#warnedStorage = true;
    this.#error(
      'This browser is not letting the page keep your progress, so it will be forgotten when you leave. Export it to keep it.',
    );
  }

  #export() {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([exportProgress(this.#progress, new Date())], { type: 'application/json' }),
    );
    link.download = `how-therapy-works-progress-${dayKey(new Date())}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    this.#say('Progress exported.', true);
  }

  async #import(file: File, input: HTMLInputElement) {
    const result = importProgress(await file.text());
    input.value = '';
    if (!result.ok) return this.#error(`Nothing was imported. ${result.error}`);
    this.#progress = result.progress;
    this.#error('');
    this.#save();
    this.#tickSaved();
    this.#choose();
    this.#say(`Progress imported: ${Object.keys(this.#progress.cards).length} cards.`, true);
    if (this.#current) this.#next();
  }

  #forget() {
    if (!confirm('Forget all your study progress in this browser? This cannot be undone.')) return;
    this.#store.clear();
    this.#progress = { ...emptyProgress(), decks: this.#progress.decks };
    this.#save();
    this.#renderStats();
    this.#say('Progress forgotten.', true);
    if (this.#current) this.#next();
  }

  /** Announces `text` to screen readers; `visible` also shows it (the live region itself is hidden). */
  #say(text: string, visible = false) {
    this.#$('[data-status]').textContent = text;
    this.#$('[data-message]').textContent = visible ? text : '';
  }

  #error(text: string) {
    this.#$('[data-error]').textContent = text;
  }
}

customElements.define('study-session', StudySession);
