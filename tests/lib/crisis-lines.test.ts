import { describe, expect, it } from 'vitest';
import {
  entriesForPage,
  lastChecked,
  parseCrisisLines,
  placeName,
  sortedByPlace,
  telHref,
  type CrisisLine,
} from '../../src/lib/crisis-lines';

/** A valid entry to vary; the number and page are placeholders for the helpers, not published data. */
function entry(overrides: Partial<CrisisLine> & Pick<CrisisLine, 'id'>): CrisisLine {
  return {
    kind: 'emergency',
    countries: ['US'],
    number: '911',
    pages: ['en'],
    officialPages: ['https://example.org/'],
    checked: '2026-12-04',
    ...overrides,
  };
}

describe('telHref', () => {
  it.each([
    ['988', 'tel:988'],
    ['13 11 14', 'tel:131114'],
    ['116 123', 'tel:116123'],
    ['0800-999-0091', 'tel:08009990091'],
    ['*4141', 'tel:*4141'],
    ['+44 116 123', 'tel:+44116123'],
  ])('%s -> %s', (displayed, expected) => {
    expect(telHref(displayed)).toBe(expected);
  });
});

describe('placeName', () => {
  it('names the places in the page language, joined as that language joins a list', () => {
    expect(placeName(['GB', 'IE'], 'en')).toBe('United Kingdom and Ireland');
    expect(placeName(['US', 'CA'], 'es')).toBe('Estados Unidos y Canadá');
    expect(placeName(['EU'], 'es')).toBe('Unión Europea');
    expect(placeName(['MX'], 'es')).toBe('México');
  });

  it('refuses a code with no name rather than printing the code', () => {
    expect(() => placeName(['QQ'], 'en')).toThrowError(/QQ/);
  });
});

describe('entriesForPage and sortedByPlace', () => {
  const lines = [
    entry({ id: 'a', countries: ['US'], pages: ['en', 'es'] }),
    entry({ id: 'b', countries: ['MX'], pages: ['es'] }),
    entry({ id: 'c', countries: ['US'], pages: ['es'] }),
    entry({ id: 'd', kind: 'crisis-line', countries: ['US'], pages: ['es'] }),
    entry({ id: 'e', countries: ['EU'], pages: ['en', 'es'] }),
  ];

  it('keeps the entries of one kind that a page lists', () => {
    expect(entriesForPage(lines, 'es', 'emergency').map((l) => l.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(entriesForPage(lines, 'en', 'emergency').map((l) => l.id)).toEqual(['a', 'e']);
  });

  it("orders them by place in the page's language (then id), whatever order they come in", () => {
    const es = entriesForPage(lines, 'es', 'emergency');
    // Estados Unidos, México, Unión Europea; in English: European Union, United States.
    expect(sortedByPlace(es, 'es').map((l) => l.id)).toEqual(['a', 'c', 'b', 'e']);
    expect(sortedByPlace([...es].reverse(), 'es').map((l) => l.id)).toEqual(['a', 'c', 'b', 'e']);
    expect(sortedByPlace(entriesForPage(lines, 'en', 'emergency'), 'en').map((l) => l.id)).toEqual(['e', 'a']);
  });
});

describe('lastChecked', () => {
  it('is the oldest date, so every number shown was checked on or after it', () => {
    const lines = [
      entry({ id: 'a', checked: '2026-12-04' }),
      entry({ id: 'b', checked: '2026-11-26' }),
      entry({ id: 'c', checked: '2026-12-01' }),
    ];
    expect(lastChecked(lines)).toBe('2026-11-26');
  });
});

describe('parseCrisisLines', () => {
  it('names an entry without an id by its position, and a repeated id', () => {
    const raw = [{ ...entry({ id: 'x' }), id: undefined }, entry({ id: 'y' }), entry({ id: 'y' })];
    expect(() => parseCrisisLines(raw, 'crisis.yaml')).toThrowError(/crisis\.yaml: 2 problem\(s\)/);
    expect(() => parseCrisisLines(raw, 'crisis.yaml')).toThrowError(/entry 1 \(no "id"; give it one/);
    expect(() => parseCrisisLines(raw, 'crisis.yaml')).toThrowError(/entry "y": id: used twice/);
  });

  it('requires a crisis line to serve the language of every page that lists it, with a note in it', () => {
    const line = entry({
      id: 'z',
      kind: 'crisis-line',
      name: 'A line',
      languages: ['en'],
      hours: '24/7',
      pages: ['en', 'es'],
      note: { en: 'Any time.' },
    });
    expect(() => parseCrisisLines([line], 'f.yaml')).toThrowError(
      /entry "z": pages: the "es" page lists this line but it does not serve "es"/,
    );
    expect(() => parseCrisisLines([line], 'f.yaml')).toThrowError(
      /entry "z": note\.es: the "es" page lists this line, so it needs a note/,
    );
  });

  it('rejects a checked date in the future and an unknown field', () => {
    const future = entry({ id: 'f', checked: '2999-01-01' });
    expect(() => parseCrisisLines([future], 'f.yaml')).toThrowError(/entry "f": checked: is in the future/);
    expect(() => parseCrisisLines([{ ...entry({ id: 'g' }), offcialPages: [] }], 'f.yaml')).toThrowError(
      /entry "g": \(entry\): Unrecognized key/,
    );
  });
});
