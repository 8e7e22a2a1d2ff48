import { isSearchShortcut } from '../../lib/search-shortcut';

class SiteSearch extends HTMLElement {
  #dialog: Promise<HTMLDialogElement> | undefined;

  connectedCallback() {
    this.querySelector('[data-open-search]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const inTextField = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (!this.querySelector('dialog[open]') && isSearchShortcut(event, inTextField)) {
        event.preventDefault();
        this.open();
      }
    });
  }

  /** Builds the dialog on first open, with the search code that fills it. */
  #build(): Promise<HTMLDialogElement> {
    this.#dialog ??= import('./search-ui').then(async ({ attachSearch, searchDialogHtml, stylesReady }) => {
      await stylesReady;
      this.insertAdjacentHTML('beforeend', searchDialogHtml(this.dataset.action ?? '/search/'));
      const dialog = this.querySelector('dialog') as HTMLDialogElement;
      dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
      // Clicking the backdrop (outside the dialog's box) closes it.
      dialog.addEventListener('click', (event) => {
        if (event.target === dialog) dialog.close();
      });
      void attachSearch(dialog, { base: this.dataset.base ?? '/', updateUrl: false });
      return dialog;
    });
    return this.#dialog;
  }

  async open() {
    const dialog = await this.#build();
    if (dialog.open) return;
    dialog.showModal();
    dialog.querySelector('input')?.focus();
  }
}
customElements.define('site-search', SiteSearch);
