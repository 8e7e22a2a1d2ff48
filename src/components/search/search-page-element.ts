class SearchPage extends HTMLElement {
  async connectedCallback() {
    // Everything, reading ?q= included, is in search-ui: one chunk, loaded by the header's search too.
    const { attachSearch } = await import('./search-ui');
    await attachSearch(this, { base: this.dataset.base ?? '/', updateUrl: true });
  }
}
customElements.define('search-page', SearchPage);
