import { describe, expect, it } from 'vitest';
import { numberCitations, splitIds } from '../../src/lib/citation-order.mjs';

describe('splitIds', () => {
  it('splits on spaces and commas and drops empties', () => {
    expect(splitIds(' a b,c ,, d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitIds(undefined)).toEqual([]);
  });
});

describe('numberCitations', () => {
  it('numbers sources by first use and reuses numbers', () => {
    const { order, numbersFor } = numberCitations([['b'], ['a', 'b'], ['c'], ['a']]);
    expect(order).toEqual(['b', 'a', 'c']);
    expect(numbersFor).toEqual([[1], [2, 1], [3], [2]]);
  });
  it('continues after ids already numbered (frontmatter cites after the body)', () => {
    const { order, numbersFor } = numberCitations([['x'], ['a']], ['a', 'b']);
    expect(order).toEqual(['a', 'b', 'x']);
    expect(numbersFor).toEqual([[3], [1]]);
  });
  it('shows a repeated id in one citation once', () => {
    expect(numberCitations([['a', 'a']]).numbersFor).toEqual([[1]]);
  });
});
