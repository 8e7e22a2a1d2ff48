import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, readStoredTheme } from '../../src/lib/theme';

describe('theme', () => {
  it('accepts only light or dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('DARK')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });
  it('toggles, treating anything unknown as light', () => {
    expect(nextTheme('dark')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme(undefined)).toBe('dark');
  });
  it('survives storage that throws or holds junk', () => {
    expect(
      readStoredTheme({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeUndefined();
    expect(readStoredTheme({ getItem: () => '{"x":1}' })).toBeUndefined();
    expect(readStoredTheme({ getItem: () => 'light' })).toBe('light');
  });
});
