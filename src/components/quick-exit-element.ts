import { escapePresses } from '../lib/quick-exit';
import { find } from '../lib/required';

class QuickExit extends HTMLElement {
  connectedCallback() {
    const link = find(this, 'a');
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
