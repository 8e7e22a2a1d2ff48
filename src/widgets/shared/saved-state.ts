/**
 * Saved widget state in localStorage: one versioned key per widget, never sent anywhere. Reading is
 * defensive: a missing, unparsable, old-version or invalid value gives `undefined` (and is removed),
 * so a widget always starts from a sane state. Storage comes from `siteStorage()`, so blocked site data
 * means a store that forgets, never an error.
 */
import { siteStorage, type SiteStorage } from './site-storage';
export interface StateStore<T> {
  load(): T | undefined;
  save(value: T): boolean;
  clear(): void;
}

/**
 * `validate` returns the cleaned value, or undefined when the stored value cannot be used. `storage` is
 * for unit tests; widgets leave it out.
 */
export function stateStore<T>(
  key: string,
  version: number,
  validate: (raw: unknown) => T | undefined,
  storage: SiteStorage | undefined = siteStorage(),
): StateStore<T> {
  const fullKey = `htw:${key}:v${version}`;
  /** Runs `fn` on the storage; with none, or when it throws (blocked, full), gives `fallback`: the widget forgets. */
  const safely = <R>(fn: (store: SiteStorage) => R, fallback: R): R => {
    try {
      return storage ? fn(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load() {
      return safely((store) => {
        const text = store.getItem(fullKey);
        if (text === null) return undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const value = validate(parsed);
        if (value === undefined) store.removeItem(fullKey);
        return value;
      }, undefined);
    },
    save(value) {
      return safely((store) => {
        store.setItem(fullKey, JSON.stringify(value));
        return true;
      }, false);
    },
    clear() {
      safely((store) => store.removeItem(fullKey), undefined);
    },
  };
}
