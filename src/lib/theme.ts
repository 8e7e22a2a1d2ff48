/** The theme choice: "light" or "dark", stored under one key; anything else counts as no choice. */
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'htw-theme';

export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

export function nextTheme(current: string | undefined): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/** The stored choice; none when there is no storage (site data blocked) or it cannot be read. */
export function readStoredTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme | undefined {
  try {
    return parseTheme(storage?.getItem(THEME_KEY));
  } catch {
    return undefined;
  }
}
