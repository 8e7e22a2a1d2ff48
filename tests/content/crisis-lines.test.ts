/**
 * The crisis lines and emergency numbers (content/help/crisis-lines.yaml) behind the "Get help now" pages:
 * the file passes its schema, every entry was checked on an https official page on a date not in the future,
 * the Spanish page has what issue 19 asks for (or says, in crisis-lines-to-confirm.yaml, what is still to be
 * confirmed), and a mistake stops the build naming the file, the entry and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { crisisLinesFile, entriesForPage, loadCrisisLines } from '../../src/lib/crisis-lines';
import { ROOT } from '../helpers/paths';

const CONTENT = path.join(ROOT, 'content');
const lines = loadCrisisLines(crisisLinesFile(CONTENT));
const today = new Date().toISOString().slice(0, 10);

describe('content/help/crisis-lines.yaml', () => {
  it('passes the schema and lists both crisis lines and emergency numbers', () => {
    expect(lines.filter((l) => l.kind === 'crisis-line').length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.kind === 'emergency').length).toBeGreaterThan(0);
  });

  it.each(lines.map((l) => [l.id, l] as const))(
    '%s was checked on an https official page, on a date not in the future',
    (_id, line) => {
      expect(line.officialPages.length).toBeGreaterThan(0);
      for (const page of line.officialPages) expect(new URL(page).protocol).toBe('https:');
      expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.checked <= today).toBe(true);
    },
  );

  it('gives each language page at least one emergency number and one crisis line', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(entriesForPage(lines, lang, 'emergency').length).toBeGreaterThan(0);
      expect(entriesForPage(lines, lang, 'crisis-line').length).toBeGreaterThan(0);
    }
  });
});

describe('the Spanish page (issue 19)', () => {
  const spanish = entriesForPage(lines, 'es', 'crisis-line');

  it('lists the United States 988 Lifeline in Spanish, saying how to reach the Spanish option', () => {
    const us = spanish.filter((l) => l.countries.includes('US') && l.languages?.includes('es'));
    expect(us.map((l) => l.number)).toContain('988');
    const note = us.find((l) => l.number === '988')?.note?.es ?? '';
    // The 988 Lifeline's own page: press 2 for Spanish, text AYUDA.
    expect(note).toMatch(/marque 2/);
    expect(note).toMatch(/AYUDA/);
  });

  it('lists only lines that answer in Spanish', () => {
    for (const line of spanish) expect(line.languages, line.id).toContain('es');
  });

  // The countries issue 19 names. Each one is either on the Spanish page (confirmed on an official page) or
  // in crisis-lines-to-confirm.yaml saying what was tried; never both, so adding a line means removing it there.
  const ISSUE_19_COUNTRIES = ['US', 'ES', 'MX', 'AR', 'CO', 'CL'];
  const toConfirm = parse(readFileSync(path.join(CONTENT, 'help', 'crisis-lines-to-confirm.yaml'), 'utf8')) as {
    country: string;
    line: string;
    tried: string;
  }[];
  const listed = new Set(spanish.flatMap((l) => l.countries));

  it.each(ISSUE_19_COUNTRIES)('%s has a confirmed line on the Spanish page or an entry saying what is still to confirm', (country) => {
    const pending = toConfirm.filter((p) => p.country === country);
    expect(listed.has(country) || pending.length > 0, `${country}: neither listed nor in crisis-lines-to-confirm.yaml`).toBe(
      true,
    );
    expect(listed.has(country) && pending.length > 0, `${country}: listed, so remove it from crisis-lines-to-confirm.yaml`).toBe(
      false,
    );
    for (const p of pending) expect(p.tried.length, `${country}: say what was tried`).toBeGreaterThan(20);
  });
});

describe('a mistake in the file', () => {
  it('stops with a message naming the file, the entry and each field', () => {
    const file = path.join(ROOT, 'tests/fixtures/content/errors/crisis-line/help/crisis-lines.yaml');
    expect(() => loadCrisisLines(file)).toThrowError(
      /tests\/fixtures\/content\/errors\/crisis-line\/help\/crisis-lines\.yaml: 2 problem\(s\)/,
    );
    expect(() => loadCrisisLines(file)).toThrowError(/entry "us-988": note\.es: the "es" page lists this line/);
    expect(() => loadCrisisLines(file)).toThrowError(/entry "us-988": officialPages\.0: use the https address/);
  });

  it('says the file is missing, not that it is invalid, when a content folder has none', () => {
    const file = path.join(ROOT, 'tests/fixtures/content/no-such-folder/help/crisis-lines.yaml');
    expect(() => loadCrisisLines(file)).toThrowError(/no-such-folder\/help\/crisis-lines\.yaml: missing\./);
  });

});
