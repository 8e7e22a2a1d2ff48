import { queryFromSearch } from '../../lib/search';

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const input = this.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = queryFromSearch(location.search);
    const { attachSearch } = await import('./search-ui');
    await attachSearch(this, { base: this.dataset.base ?? '/', updateUrl: true });
  }
}
customElements.define('search-page', SearchPage);
