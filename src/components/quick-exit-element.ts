import { escapePresses } from '../lib/quick-exit';

class QuickExit extends HTMLElement {
  connectedCallback() {
    // Site chrome on every page: plain guards here, not the shared required() helpers, keep its script tiny.
    const link = this.querySelector('a');
    if (!link) return;
    const leave = () => {
      document.body.hidden = true;
      location.replace(link.href);
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
    const counter = escapePresses();
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && counter(event.timeStamp)) leave();
    });
  }
}
customElements.define('quick-exit', QuickExit);
