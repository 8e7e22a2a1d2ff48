/**
 * How strongly each relationship element goes with therapy outcome, from the meta-analyses
 * commissioned by the 2018 APA task force (norcross2018). Every number is copied as printed in the
 * cited entry's `finding` in content/references.json, and a test checks that it appears there
 * verbatim. A confidence interval is listed only where that finding gives one: none is ever computed.
 * Rows are in the order of the static table (largest r first).
 */
import type { RelationshipEffect } from './relationship-effects-logic';

export const RELATIONSHIP_EFFECTS: readonly RelationshipEffect[] = [
  {
    id: 'collaboration',
    article: '/what-heals/goal-consensus-and-collaboration/',
    element: 'Collaboration',
    source: 'tryon2018',
    evidence: '53 studies, 5,286 clients',
    reported: { r: '.29', d: '.61' },
    ciOfR: ['.24', '.34'],
  },
  {
    id: 'rupture-repair',
    article: '/what-heals/therapeutic-alliance/',
    element: 'Rupture repair',
    source: 'eubanks2018',
    evidence: '11 studies, 1,314 patients',
    note: 'repairing strains in the working relationship',
    reported: { r: '.29', d: '.62' },
    ciOfR: ['.10', '.47'],
  },
  {
    id: 'empathy',
    article: '/what-heals/empathy/',
    element: 'Empathy',
    source: 'elliott2018',
    evidence: '82 samples, 6,138 clients',
    reported: { r: '.28', d: '.58' },
    ciOfR: ['.23', '.33'],
  },
  {
    id: 'alliance',
    article: '/what-heals/therapeutic-alliance/',
    element: 'Therapeutic alliance',
    source: 'fluckiger2018',
    evidence: '295 studies, more than 30,000 patients',
    reported: { r: '.278', d: '.58' },
    ciOfR: ['.256', '.299'],
  },
  {
    id: 'cohesion',
    article: '/approaches/couples-family-and-group-therapy/',
    element: 'Group cohesion',
    source: 'burlingame2018cohesion',
    evidence: '55 studies (group therapy)',
    reported: { r: '.26', d: '.56' },
  },
  {
    id: 'goal-consensus',
    article: '/what-heals/goal-consensus-and-collaboration/',
    element: 'Goal consensus',
    source: 'tryon2018',
    evidence: '54 studies, 7,278 clients',
    reported: { r: '.24', d: '.49' },
    ciOfR: ['.19', '.28'],
  },
  {
    id: 'congruence',
    article: '/what-heals/congruence/',
    element: 'Congruence',
    source: 'kolden2018',
    evidence: '21 studies, 1,192 patients',
    note: 'the therapist being genuine',
    reported: { r: '.23', d: '.46' },
  },
  {
    id: 'expectations',
    article: '/what-heals/hope-and-expectations/',
    element: 'Hopeful expectations',
    source: 'constantino2018',
    evidence: '81 samples, 12,722 patients',
    note: "the client's early hope that therapy will help",
    reported: { r: '.18', d: '.36' },
  },
  {
    id: 'positive-regard',
    article: '/what-heals/positive-regard/',
    element: 'Positive regard',
    source: 'farber2018',
    evidence: '64 studies',
    reported: { g: '.28' },
    note: 'g = .36 in a multilevel model',
  },
];
