import { isSearchShortcut } from '../../lib/search-shortcut';

class SiteSearch extends HTMLElement {
  #dialog = this.querySelector('dialog');
  #attached = false;

  connectedCallback() {
    // Site chrome on every page: plain guards here, not the shared required() helpers, keep its script tiny.
    const dialog = this.#dialog;
    if (!dialog) return;
    this.querySelector('[data-open-search]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    this.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
    // Clicking the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const inTextField = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (!dialog.open && isSearchShortcut(event, inTextField)) {
        event.preventDefault();
        this.open();
      }
    });
  }

  async open() {
    const dialog = this.#dialog;
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector('input')?.focus();
    if (this.#attached) return;
    this.#attached = true;
    const { attachSearch } = await import('./search-ui');
    await attachSearch(dialog, { base: this.dataset.base ?? '/', updateUrl: false });
  }
}
customElements.define('site-search', SiteSearch);
