import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  regionForKey,
  selectRegion,
  selectionSentence,
  stepRegion,
} from '../../../src/widgets/brain-map/brain-map-logic';

const IDS = ['amygdala', 'hippocampus', 'prefrontal-cortex', 'anterior-cingulate', 'insula', 'caudate'];
const idLists = fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 8 });
const hostile = fc.oneof(fc.anything(), fc.string({ minLength: 10_000, maxLength: 10_000 }), fc.double());

describe('brain map selection', () => {
  it('selects a region by its id, and falls back to the first for anything else', () => {
    expect(selectRegion(IDS, 'insula')).toBe('insula');
    for (const junk of ['', 'Insula', 'fear-centre', null, undefined, 3, {}])
      expect(selectRegion(IDS, junk)).toBe('amygdala');
    expect(selectRegion([], 'insula')).toBeUndefined();
  });

  it('steps forwards and backwards, wrapping round at both ends', () => {
    expect(stepRegion(IDS, 'amygdala', 1)).toBe('hippocampus');
    expect(stepRegion(IDS, 'caudate', 1)).toBe('amygdala');
    expect(stepRegion(IDS, 'amygdala', -1)).toBe('caudate');
    expect(stepRegion(IDS, 'insula', -1)).toBe('anterior-cingulate');
    expect(stepRegion(IDS, 'unknown', 1)).toBe('hippocampus');
    expect(stepRegion([], 'amygdala', 1)).toBeUndefined();
  });

  it('maps keys like a toolbar: arrows step and wrap, Home and End jump, other keys are left alone', () => {
    expect(regionForKey(IDS, 'amygdala', 'ArrowRight')).toBe('hippocampus');
    expect(regionForKey(IDS, 'amygdala', 'ArrowDown')).toBe('hippocampus');
    expect(regionForKey(IDS, 'amygdala', 'ArrowLeft')).toBe('caudate');
    expect(regionForKey(IDS, 'caudate', 'ArrowUp')).toBe('insula');
    expect(regionForKey(IDS, 'insula', 'Home')).toBe('amygdala');
    expect(regionForKey(IDS, 'amygdala', 'End')).toBe('caudate');
    for (const key of ['Enter', ' ', 'Tab', 'a', '']) expect(regionForKey(IDS, 'amygdala', key)).toBeUndefined();
  });

  it('always lands on a region in the list, for any list, current value and step', () => {
    fc.assert(
      fc.property(idLists, hostile, fc.oneof(fc.integer(), fc.double()), (ids, current, step) => {
        const next = stepRegion(ids, current, step);
        if (ids.length === 0) expect(next).toBeUndefined();
        else expect(ids).toContain(next);
      }),
    );
  });

  it('comes back to the start after a full lap, and one step back undoes one step forward', () => {
    fc.assert(
      fc.property(
        idLists.filter((ids) => ids.length > 0),
        fc.nat(),
        (ids, pick) => {
          const start = ids[pick % ids.length];
          let at: string | undefined = start;
          for (let i = 0; i < ids.length; i++) at = stepRegion(ids, at, 1);
          expect(at).toBe(start);
          expect(stepRegion(ids, stepRegion(ids, start, 1), -1)).toBe(start);
        },
      ),
    );
  });

  it('never throws on hostile keys or current values', () => {
    fc.assert(
      fc.property(idLists, hostile, fc.string(), (ids, current, key) => {
        const next = regionForKey(ids, current, key);
        if (next !== undefined) expect(ids).toContain(next);
      }),
    );
  });

  it('announces the choice in words, with a sane count', () => {
    expect(selectionSentence('Insula', 2)).toBe('Showing Insula: what it does and 2 therapy findings.');
    expect(selectionSentence('Caudate nucleus', 1)).toBe(
      'Showing Caudate nucleus: what it does and 1 therapy finding.',
    );
    for (const bad of [-1, Number.NaN, Infinity, 2.5])
      expect(selectionSentence('Insula', bad)).toMatch(/ and 0 therapy findings\.$/);
  });
});
