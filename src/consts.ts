export const SITE_TITLE = 'How Therapy Works';
export const SITE_DESCRIPTION =
  'A calm, well-sourced guide to how psychotherapy works: what heals, what the research shows, and what to expect.';
/** Where the quick-exit button sends a reader: a neutral page, replacing this site in the history. */
export const QUICK_EXIT_URL = 'https://www.wikipedia.org/';
