import { isSearchShortcut } from '../../lib/search-shortcut';

/** The header's search: opens on its link, "/" or Ctrl/Cmd+K; everything else loads on first open. */
class SiteSearch extends HTMLElement {
  #dialog: Promise<HTMLDialogElement> | undefined;

  connectedCallback() {
    this.querySelector('a')?.addEventListener('click', (event) => {
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

  async open() {
    this.#dialog ??= import('./search-ui').then((ui) => ui.buildSearchDialog(this));
    const dialog = await this.#dialog;
    if (dialog.open) return;
    dialog.showModal();
    dialog.querySelector('input')?.focus();
  }
}
customElements.define('site-search', SiteSearch);
