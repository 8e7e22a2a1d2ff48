import { nextTheme, readStoredTheme, THEME_KEY } from '../lib/theme';
import { siteStorage } from '../widgets/shared/site-storage';

/** Switches <html data-theme>; the button's words ("Theme: Dark") follow the attribute through CSS. */
class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button');

  connectedCallback() {
    // Site chrome on every page: plain guards here, not the shared required() helpers, keep its script tiny.
    const button = this.#button;
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => {
      const theme = nextTheme(document.documentElement.dataset.theme);
      document.documentElement.dataset.theme = theme;
      try {
        siteStorage()?.setItem(THEME_KEY, theme);
      } catch {
        // Storage can be blocked or full: the choice then lasts for this page only.
      }
    });
    // Keep in step with a system change while no choice is stored.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      if (readStoredTheme(siteStorage())) return;
      document.documentElement.dataset.theme = event.matches ? 'dark' : 'light';
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
