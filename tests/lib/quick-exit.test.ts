import { describe, expect, it } from 'vitest';
import { escapePresses } from '../../src/lib/quick-exit';

describe('escapePresses', () => {
  it('fires on the third press within the window', () => {
    const press = escapePresses(3, 1000);
    expect([press(0), press(400), press(800)]).toEqual([false, false, true]);
  });
  it('starts over when presses are too far apart', () => {
    const press = escapePresses(3, 1000);
    expect([press(0), press(500), press(2000), press(2100)]).toEqual([false, false, false, false]);
    expect(press(2200)).toBe(true);
  });
  it('ignores nonsense timestamps', () => {
    const press = escapePresses();
    expect(press(Number.NaN)).toBe(false);
    expect([press(10), press(20), press(30)]).toEqual([false, false, true]);
  });
});
