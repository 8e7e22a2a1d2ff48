/**
 * A few bibliography entries as the numbers rule sees them (finding and figures), shared by its English and
 * Spanish tests: the sources stay in English, and a Spanish article is backed by the same findings.
 */
import type { EvidenceSource } from '../../src/lib/evidence/source-figures';

export const SOURCES: EvidenceSource[] = [
  {
    id: 'elliott2018',
    finding: 'Across 82 independent samples and 6,138 clients, empathy correlated with outcome at r = .28 (d = .58).',
  },
  {
    id: 'swift2012',
    finding: 'Across 669 studies, the weighted mean dropout rate was 19.7%.',
    figures: ['more than 83,000 clients'],
  },
  { id: 'howard1986', finding: 'About half of patients improved by session 8 and about 75% by session 26.' },
  {
    id: 'furmark2002',
    finding: 'Eighteen people with social phobia were scanned before and after treatment.',
    figures: ['18 participants'],
  },
];

export const sourcesById = new Map(SOURCES.map((s) => [s.id, s]));
