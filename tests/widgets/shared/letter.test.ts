import { describe, expect, it } from 'vitest';
import { letter } from '../../../src/widgets/shared/letter';

describe('letter', () => {
  it('labels options A, B, C, ... from 0', () => {
    expect([0, 1, 2, 3].map(letter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
