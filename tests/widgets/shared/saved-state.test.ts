import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { stateStore } from '../../../src/widgets/shared/saved-state';

/** An in-memory Storage, optionally one that throws like a full or blocked localStorage. */
function memoryStorage(failing = false) {
  const data = new Map<string, string>();
  const guard = () => {
    if (failing) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    data,
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void data.set(k, v)),
    removeItem: (k: string) => (guard(), void data.delete(k)),
  };
}
const isNumberList = (raw: unknown) =>
  Array.isArray(raw) && raw.every((x) => typeof x === 'number') ? (raw as number[]) : undefined;

describe('stateStore', () => {
  it('saves and loads under a versioned key', () => {
    const storage = memoryStorage();
    const store = stateStore('demo', 2, isNumberList, storage);
    expect(store.save([1, 2])).toBe(true);
    expect(storage.data.has('htw:demo:v2')).toBe(true);
    expect(store.load()).toEqual([1, 2]);
    store.clear();
    expect(store.load()).toBeUndefined();
  });

  it('ignores data saved by an older version', () => {
    const storage = memoryStorage();
    stateStore('demo', 1, isNumberList, storage).save([1]);
    expect(stateStore('demo', 2, isNumberList, storage).load()).toBeUndefined();
  });

  it('discards and removes any corrupt value without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const storage = memoryStorage();
        storage.data.set('htw:demo:v1', junk);
        const loaded = stateStore('demo', 1, isNumberList, storage).load();
        if (loaded === undefined) expect(storage.data.has('htw:demo:v1')).toBe(false);
        else expect(loaded.every((x) => typeof x === 'number')).toBe(true);
      }),
    );
  });

  it('keeps working when storage throws', () => {
    const store = stateStore('demo', 1, isNumberList, memoryStorage(true));
    expect(store.save([1])).toBe(false);
    expect(store.load()).toBeUndefined();
    expect(() => store.clear()).not.toThrow();
  });

  it('keeps working when merely reading window.localStorage throws (site data blocked)', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const store = stateStore('demo', 1, isNumberList);
      expect(store.save([1])).toBe(false);
      expect(store.load()).toBeUndefined();
      expect(() => store.clear()).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
