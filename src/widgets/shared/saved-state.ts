/**
 * Saved widget state in localStorage: one versioned key per widget, never sent anywhere. Reading is
 * defensive: a missing, unparsable, old-version or invalid value gives `undefined` (and is removed),
 * so a widget always starts from a sane state.
 */
import { must } from '../../lib/required';
export interface StateStore<T> {
  load(): T | undefined;
  save(value: T): boolean;
  clear(): void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `validate` returns the cleaned value, or undefined when the stored value cannot be used. */
export function stateStore<T>(
  storage: StorageLike | undefined,
  key: string,
  version: number,
  validate: (raw: unknown) => T | undefined,
): StateStore<T> {
  const fullKey = `htw:${key}:v${version}`;
  const safely = <R>(fn: () => R, fallback: R): R => {
    try {
      return storage ? fn() : fallback;
    } catch {
      return fallback; // storage disabled, full or blocked: the widget still works, it just forgets
    }
  };
  return {
    load() {
      return safely(() => {
        const text = must(storage).getItem(fullKey);
        if (text === null) return undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const value = validate(parsed);
        if (value === undefined) must(storage).removeItem(fullKey);
        return value;
      }, undefined);
    },
    save(value) {
      return safely(() => {
        must(storage).setItem(fullKey, JSON.stringify(value));
        return true;
      }, false);
    },
    clear() {
      safely(() => must(storage).removeItem(fullKey), undefined);
    },
  };
}
