import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formattedReferences,
  linkUrls,
  loadReferences,
  shortCitation,
  toBibtex,
  toRis,
} from '../../src/lib/references';
import { ROOT } from '../helpers/paths';
import { must } from '../../src/lib/required';

const fixture = loadReferences(path.join(ROOT, 'tests/fixtures/content/valid/references.json'));

describe('formatting with citation-js', () => {
  it('formats APA entries with the DOI as a link', () => {
    const html = must(formattedReferences(fixture).get('howard1986'));
    expect(html).toContain('Howard, K. I.');
    expect(html).toContain('(1986)');
    expect(html).toContain('<i>American Psychologist</i>');
    expect(html).toContain('<a href="https://doi.org/10.1037/0003-066X.41.2.159">');
  });
  it('leaves our own fields out of the CSL data', () => {
    const html = [...formattedReferences(fixture).values()].join('');
    expect(html).not.toContain('checked_at');
    expect(html).not.toContain(fixture[0].finding.slice(0, 30));
  });
  it('exports BibTeX keyed by our ids, and RIS', () => {
    expect(toBibtex(fixture)).toMatch(/@article\{howard1986,/);
    const ris = toRis(fixture);
    expect(ris).toContain('TY  - JOUR');
    expect(ris).toContain('DO  - 10.1037/0003-066X.41.2.159');
  });
});

describe('shortCitation', () => {
  it('uses "et al." for three or more authors', () => {
    expect(shortCitation(must(fixture.find((r) => r.id === 'howard1986')))).toBe('Howard et al., 1986');
  });
});

describe('linkUrls', () => {
  it('links bare URLs without swallowing the final full stop', () => {
    expect(linkUrls('See https://doi.org/10.1/x.')).toBe(
      'See <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>.',
    );
  });
});
