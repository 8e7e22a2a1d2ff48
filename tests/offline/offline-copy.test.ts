import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeProgress,
  formatBuildDate,
  formatBytes,
  isPage,
  readPageMessage,
  readWorkerMessage,
  summarise,
} from '../../src/offline/offline-copy';

describe('what the offline copy holds', () => {
  it('counts bytes, files and pages (HTML files) of the manifest', () => {
    expect(
      summarise([
        { url: 'index.html', bytes: 1000 },
        { url: 'glossary/index.html', bytes: 2000 },
        { url: '_astro/Quiz.abc.js', bytes: 500 },
        { url: 'pagefind/wasm.en.pagefind', bytes: 70_000 },
      ]),
    ).toEqual({ bytes: 73_500, files: 4, pages: 2 });
    expect(summarise([])).toEqual({ bytes: 0, files: 0, pages: 0 });
  });

  it('knows a page by its .html ending only', () => {
    expect(isPage('what-heals/empathy/index.html')).toBe(true);
    expect(isPage('404.html')).toBe(true);
    expect(isPage('pagefind/pagefind.js')).toBe(false);
    expect(isPage('references.bib')).toBe(false);
  });
});

describe('formatBytes', () => {
  it.each([
    [4_776_562, '4.8 MB'],
    [1_000_000, '1.0 MB'],
    [999_499, '999 KB'],
    [840, '1 KB'],
    [0, '1 KB'],
    [-5, '0 KB'],
    [Number.NaN, '0 KB'],
  ])('%d bytes is "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('describeProgress', () => {
  it('says bytes and pages so far', () => {
    expect(describeProgress({ doneBytes: 2_400_000, totalBytes: 4_800_000, donePages: 30, totalPages: 67 })).toEqual({
      fraction: 0.5,
      text: '2.4 MB of 4.8 MB, 30 of 67 pages',
    });
  });

  it('counts an update with nothing to download as complete', () => {
    expect(describeProgress({ doneBytes: 0, totalBytes: 0, donePages: 0, totalPages: 0 }).fraction).toBe(1);
  });

  it('keeps the bar between empty and full, whatever the counts (a late or repeated message)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer(),
        fc.integer(),
        (doneBytes, totalBytes, donePages, totalPages) => {
          const { fraction, text } = describeProgress({ doneBytes, totalBytes, donePages, totalPages });
          expect(fraction).toBeGreaterThanOrEqual(0);
          expect(fraction).toBeLessThanOrEqual(1);
          expect(text).not.toMatch(/NaN|undefined/);
        },
      ),
    );
  });
});

describe('formatBuildDate', () => {
  it('gives the build day in words, in UTC', () => {
    expect(formatBuildDate('2026-12-04T23:30:00.000Z')).toBe('4 December 2026');
  });
  it('says so when the date is unreadable', () => {
    expect(formatBuildDate('yesterday-ish')).toBe('an unknown date');
  });
});

describe('messages between the page and the worker', () => {
  it('accepts the worker messages the page understands', () => {
    const progress = { type: 'progress', doneBytes: 1, totalBytes: 2, donePages: 0, totalPages: 1 };
    expect(readWorkerMessage(progress)).toEqual(progress);
    expect(
      readWorkerMessage({ type: 'saved', builtAt: '2026-12-04T00:00:00Z', updated: true, changedFiles: 2 }),
    ).toEqual({
      type: 'saved',
      builtAt: '2026-12-04T00:00:00Z',
      updated: true,
      changedFiles: 2,
    });
    expect(readWorkerMessage({ type: 'status', builtAt: 'x' })).toEqual({ type: 'status', builtAt: 'x' });
  });

  it('ignores anything else: other tools, old formats, broken numbers', () => {
    for (const data of [
      null,
      'saved',
      42,
      { type: 'progress', doneBytes: '1', totalBytes: 2, donePages: 0, totalPages: 1 },
      { type: 'progress', doneBytes: Number.NaN, totalBytes: 2, donePages: 0, totalPages: 1 },
      { type: 'saved', builtAt: 5, updated: true },
      { type: 'hello' },
    ])
      expect(readWorkerMessage(data)).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (data) => void readWorkerMessage(data)));
  });

  it('lets a page ask only for the status, or cancel a download', () => {
    expect(readPageMessage({ type: 'status' })).toEqual({ type: 'status' });
    expect(readPageMessage({ type: 'cancel', extra: 1 })).toEqual({ type: 'cancel' });
    expect(readPageMessage({ type: 'delete-everything' })).toBeUndefined();
    expect(readPageMessage(undefined)).toBeUndefined();
  });
});
