import { describe, expect, it } from 'vitest';
import { capitalisedList } from '../../src/lib/text';

describe('capitalisedList', () => {
  it('capitalises each item and joins with commas', () => {
    expect(capitalisedList(['individual', 'group'])).toBe('Individual, Group');
  });
  it('copes with an empty list and empty items', () => {
    expect(capitalisedList([])).toBe('');
    expect(capitalisedList(['', 'past'])).toBe(', Past');
  });
});
