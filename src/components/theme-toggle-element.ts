import { nextTheme, readStoredTheme, THEME_KEY } from '../lib/theme';
import { siteStorage } from '../widgets/shared/site-storage';

class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button');

  connectedCallback() {
    // Site chrome on every page: plain guards here, not the shared required() helpers, keep its script tiny.
    const button = this.#button;
    if (!button) return;
    button.disabled = false;
    this.#render();
    button.addEventListener('click', () => {
      const theme = nextTheme(document.documentElement.dataset.theme);
      document.documentElement.dataset.theme = theme;
      try {
        siteStorage()?.setItem(THEME_KEY, theme);
      } catch {
        // Storage can be blocked or full: the choice then lasts for this page only.
      }
      this.#render();
    });
    // Keep in step with a system change while no choice is stored.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      if (readStoredTheme(siteStorage())) return;
      document.documentElement.dataset.theme = event.matches ? 'dark' : 'light';
      this.#render();
    });
  }

  #render() {
    this.#button?.setAttribute('aria-pressed', String(document.documentElement.dataset.theme === 'dark'));
  }
}
customElements.define('theme-toggle', ThemeToggle);
