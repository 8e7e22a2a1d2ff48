/** The bibliography module: one validated read, shared until the file changes, and errors that say where. */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBibliography, parseBibliography } from '../../src/lib/bibliography';
import { ROOT } from '../helpers/paths';

const FIXTURE = path.join(ROOT, 'tests/fixtures/content/valid/references.json');
const entries = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>[];
const temp = mkdtempSync(path.join(tmpdir(), 'htw-bib-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const problems = (raw: unknown) => {
  try {
    parseBibliography(raw, 'content/references.json');
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('loadBibliography', () => {
  it('reads every entry and indexes it by id', () => {
    const bibliography = loadBibliography(FIXTURE);
    expect(bibliography.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(bibliography.byId.get('howard1986')?.verified).toBe('full');
  });

  it('parses the file once and hands back the same object until the file changes', () => {
    const file = path.join(temp, 'references.json');
    writeFileSync(file, JSON.stringify(entries));
    const first = loadBibliography(file);
    expect(loadBibliography(file)).toBe(first);
    writeFileSync(file, JSON.stringify(entries.slice(1)));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadBibliography(file);
    expect(second).not.toBe(first);
    expect(second.entries).toHaveLength(entries.length - 1);
  });

  it('names the file when it is not JSON', () => {
    const file = path.join(temp, 'broken.json');
    writeFileSync(file, '[{"id": ');
    expect(() => loadBibliography(file)).toThrow(/broken\.json: not valid JSON/);
  });
});

describe('parseBibliography names the entry and the field at fault', () => {
  it('accepts the valid fixture', () => {
    expect(problems(entries)).toBe('');
  });
  it('rejects a verification status other than full or partial', () => {
    expect(problems([{ ...entries[0], verified: 'yes' }])).toMatch(
      /content\/references\.json: .*\n {2}entry "howard1986": verified: /,
    );
  });
  it('rejects a misspelt field instead of ignoring it', () => {
    expect(problems([{ ...entries[0], fnding: 'x' }])).toMatch(/entry "howard1986": .*fnding/);
  });
  it('needs a finding and where it was checked', () => {
    const { finding: _f, checked_at: _c, ...bare } = entries[0];
    const message = problems([bare]);
    expect(message).toMatch(/entry "howard1986": finding: /);
    expect(message).toMatch(/entry "howard1986": checked_at: /);
  });
  it('takes figures as a list of strings', () => {
    expect(problems([{ ...entries[0], figures: ['15 data sets', 'over 2,400 patients'] }])).toBe('');
    expect(problems([{ ...entries[0], figures: '15 data sets' }])).toMatch(/entry "howard1986": figures: /);
  });
  it('rejects a DOI given as a link', () => {
    expect(problems([{ ...entries[0], DOI: 'https://doi.org/10.1037/x' }])).toMatch(/DOI: give the bare DOI/);
  });
  it('rejects an id used twice', () => {
    expect(problems([entries[0], entries[0]])).toMatch(/entry "howard1986": id: used twice/);
  });
  it('rejects anything but an array', () => {
    expect(problems({})).toMatch(/must be a JSON array/);
  });
});
