/**
 * Counts Escape presses: returns a function that takes each press's timestamp (ms) and says whether
 * this press completes `needed` presses, each within `windowMs` of the previous one.
 */
export function escapePresses(needed = 3, windowMs = 1000) {
  let count = 0;
  let last = -Infinity;
  return (time: number): boolean => {
    if (!Number.isFinite(time)) return false;
    count = time - last <= windowMs && time >= last ? count + 1 : 1;
    last = time;
    if (count >= needed) {
      count = 0;
      last = -Infinity;
      return true;
    }
    return false;
  };
}
