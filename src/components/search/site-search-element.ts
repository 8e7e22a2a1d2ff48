import { isSearchShortcut } from '../../lib/search-shortcut';
import { find } from '../../lib/required';

class SiteSearch extends HTMLElement {
  #dialog = find(this, 'dialog');
  #attached = false;

  connectedCallback() {
    find(this, '[data-open-search]').addEventListener('click', (event) => {
      event.preventDefault();
      this.open();
    });
    find(this, '[data-close-search]').addEventListener('click', () => this.#dialog.close());
    // Clicking the backdrop (outside the dialog's box) closes it.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const inTextField = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (!this.#dialog.open && isSearchShortcut(event, inTextField)) {
        event.preventDefault();
        this.open();
      }
    });
  }

  async open() {
    this.#dialog.showModal();
    find(this.#dialog, 'input').focus();
    if (this.#attached) return;
    this.#attached = true;
    const { attachSearch } = await import('./search-ui');
    await attachSearch(this.#dialog, { base: this.dataset.base ?? '/', updateUrl: false });
  }
}
customElements.define('site-search', SiteSearch);
