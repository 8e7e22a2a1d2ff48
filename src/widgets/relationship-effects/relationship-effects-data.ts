/**
 * How strongly each relationship element goes with therapy outcome, from the meta-analyses
 * commissioned by the 2018 APA task force (norcross2018). Every number is copied as printed in the
 * cited entry's `finding` in content/references.json, and a test checks that it appears there
 * verbatim. A confidence interval is listed only where that finding gives one: none is ever computed.
 * Rows are in the order of the static table (largest r first). Each row's words (name, evidence base,
 * gloss) are content, in content/widgets/relationship-effects.yaml and its translations.
 */
import type { RelationshipEffect } from './relationship-effects-logic';

export const RELATIONSHIP_EFFECTS: readonly RelationshipEffect[] = [
  {
    id: 'collaboration',
    article: '/what-heals/goal-consensus-and-collaboration/',
    source: 'tryon2018',
    reported: { r: '.29', d: '.61' },
    ciOfR: ['.24', '.34'],
  },
  {
    id: 'rupture-repair',
    article: '/what-heals/therapeutic-alliance/',
    source: 'eubanks2018',
    reported: { r: '.29', d: '.62' },
    ciOfR: ['.10', '.47'],
  },
  {
    id: 'empathy',
    article: '/what-heals/empathy/',
    source: 'elliott2018',
    reported: { r: '.28', d: '.58' },
    ciOfR: ['.23', '.33'],
  },
  {
    id: 'alliance',
    article: '/what-heals/therapeutic-alliance/',
    source: 'fluckiger2018',
    reported: { r: '.278', d: '.58' },
    ciOfR: ['.256', '.299'],
  },
  {
    id: 'cohesion',
    article: '/approaches/couples-family-and-group-therapy/',
    source: 'burlingame2018cohesion',
    reported: { r: '.26', d: '.56' },
  },
  {
    id: 'goal-consensus',
    article: '/what-heals/goal-consensus-and-collaboration/',
    source: 'tryon2018',
    reported: { r: '.24', d: '.49' },
    ciOfR: ['.19', '.28'],
  },
  {
    id: 'congruence',
    article: '/what-heals/congruence/',
    source: 'kolden2018',
    reported: { r: '.23', d: '.46' },
  },
  {
    id: 'expectations',
    article: '/what-heals/hope-and-expectations/',
    source: 'constantino2018',
    reported: { r: '.18', d: '.36' },
  },
  {
    id: 'positive-regard',
    article: '/what-heals/positive-regard/',
    source: 'farber2018',
    reported: { g: '.28' },
  },
];
