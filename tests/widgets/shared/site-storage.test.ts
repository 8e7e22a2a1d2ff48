import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteStorage } from '../../../src/widgets/shared/site-storage';

/** Makes reading `globalThis.localStorage` behave as given, the way a browser with site data blocked does. */
function localStorageGetter(get: () => unknown) {
  vi.stubGlobal('localStorage', undefined); // lets unstubAllGlobals restore whatever was there
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get });
}

describe('siteStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the browser storage when it can be reached', () => {
    const storage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
    localStorageGetter(() => storage);
    expect(siteStorage()).toBe(storage);
  });

  it('gives undefined, not an error, when reading window.localStorage throws a SecurityError', () => {
    localStorageGetter(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(siteStorage()).toBeUndefined();
  });

  it('gives undefined where there is no storage at all', () => {
    localStorageGetter(() => undefined);
    expect(siteStorage()).toBeUndefined();
  });
});
