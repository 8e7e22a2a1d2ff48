/**
 * The six regions of the brain map: what each is generally thought to do (simplified textbook
 * background) and what the therapy studies cited in "A guide to the brain regions" found there.
 * Every `source` is a fully verified id in content/references.json, and every number in a finding
 * appears in that entry's `finding`; a test checks both.
 */

export interface RegionFinding {
  text: string;
  source: string;
}

export interface BrainRegion {
  id: string;
  name: string;
  /** What the region does, in plain words. */
  about: string;
  /** A source for `about`, where it goes beyond textbook background. */
  aboutSource?: string;
  findings: RegionFinding[];
  /** How firm the therapy findings are, where that needs saying. */
  caution?: string;
}

export const BRAIN_REGIONS: readonly BrainRegion[] = [
  {
    id: 'amygdala',
    name: 'Amygdala',
    about:
      'A small, almond-shaped cluster of nerve cells deep in each temporal lobe. It helps pick out events that matter emotionally, especially possible threats, and is central to learning what to fear. It reacts to other important events too, so "fear centre" is too narrow a label.',
    findings: [
      {
        text: 'Social phobia: improvement after group CBT or citalopram went with smaller blood-flow responses in the amygdala (eighteen people in the trial).',
        source: 'furmark2002',
      },
      {
        text: 'Social anxiety: after successful CBT, amygdala reactivity and amygdala grey-matter volume both fell (26 people; one of the few findings about size rather than activity).',
        source: 'mansson2016',
      },
      {
        text: 'PTSD: after exposure-based CBT, amygdala responses to fearful faces fell (eight people).',
        source: 'felmingham2007',
      },
      {
        text: 'Spider phobia: after one session of exposure, drops in bodily anxiety went with decreases in amygdala activity.',
        source: 'schienle2007',
      },
    ],
  },
  {
    id: 'hippocampus',
    name: 'Hippocampus',
    about:
      'A curved structure next to the amygdala. It is essential for forming new memories of events and for placing them in time and place, helping the brain tell one context from another: this room, not that one; now, not then.',
    findings: [
      {
        text: 'Depression: response to CBT went with increased metabolism in the hippocampus (17 people scanned, 14 completers).',
        source: 'goldapple2004',
      },
      {
        text: 'Social phobia: improvement went with reduced blood-flow responses in the hippocampus during a public-speaking task.',
        source: 'furmark2002',
      },
      {
        text: 'Phobias: a meta-analysis of 16 imaging studies found that therapy consistently lowered activity in the medial temporal regions where the hippocampus and amygdala lie.',
        source: 'messina2013',
      },
    ],
    caution: 'Results go in opposite directions in different conditions.',
  },
  {
    id: 'prefrontal-cortex',
    name: 'Prefrontal cortex',
    about:
      'The front of the brain: several regions, not one. It supports planning, decisions, holding information in mind and steering behaviour towards goals. When people redirect attention or rethink what a situation means, prefrontal and cingulate control systems work with emotion-generating regions such as the amygdala.',
    aboutSource: 'ochsner2005',
    findings: [
      {
        text: 'Naming an emotion (a laboratory experiment, not therapy) increased right ventrolateral prefrontal activity.',
        source: 'lieberman2007',
      },
      {
        text: 'Spider phobia: after one session of exposure, medial orbitofrontal activity rose compared with a waiting list.',
        source: 'schienle2007',
      },
      {
        text: 'Depression: response to CBT went with decreased metabolism in several frontal regions.',
        source: 'goldapple2004',
      },
      {
        text: 'A meta-analysis found partly consistent changes in the dorsomedial prefrontal cortex after therapy for depression and anxiety.',
        source: 'messina2013',
      },
      {
        text: 'A review described prefrontal findings in depression as mixed, with both increases and decreases.',
        source: 'linden2006',
      },
    ],
    caution: 'The simple story that therapy "strengthens the thinking brain" does not fit all the data.',
  },
  {
    id: 'anterior-cingulate',
    name: 'Anterior cingulate cortex',
    about:
      'The front part of the cingulate cortex, a band on the inner surface of each hemisphere that curves around the fibres joining the two halves of the brain. It takes part in noticing conflict and errors, in the unpleasantness of pain, and in regulating emotion and motivation.',
    findings: [
      {
        text: 'PTSD: after exposure-based CBT, activity in the rostral (front, lower) anterior cingulate rose in response to fearful faces, and larger rises went with greater improvement.',
        source: 'felmingham2007',
      },
      {
        text: 'Depression: response to CBT went with increased metabolism in the dorsal cingulate.',
        source: 'goldapple2004',
      },
      {
        text: 'A meta-analysis of therapy studies highlighted the posterior cingulate, towards the back of the brain: a different region.',
        source: 'messina2013',
      },
    ],
    caution: 'These findings rest on a handful of small studies.',
  },
  {
    id: 'insula',
    name: 'Insula',
    about:
      "A fold of cortex hidden deep inside the side of the brain. It receives signals about the body's inner state, such as heartbeat, breathing and gut sensations (interoception). One influential account argues that its front part turns these signals into felt emotion; that broader claim is debated.",
    aboutSource: 'craig2009',
    findings: [
      {
        text: 'Spider phobia: drops in bodily anxiety after exposure therapy went with decreases in insula activity.',
        source: 'schienle2007',
      },
      {
        text: 'A review found that CBT for phobias lowered activity in limbic and paralimbic areas, a grouping that usually includes the insula.',
        source: 'linden2006',
      },
    ],
    caution: 'Findings are few: a region to watch rather than a settled result.',
  },
  {
    id: 'caudate',
    name: 'Caudate nucleus',
    about:
      'Part of the striatum, a group of deep structures in the basal ganglia that help select actions, form habits and learn from reward. It works in loops with the orbitofrontal cortex and the thalamus, loops long linked with OCD.',
    findings: [
      {
        text: 'OCD: people who responded to behaviour therapy or to fluoxetine showed a significant drop in glucose metabolism in the right caudate nucleus; non-responders did not.',
        source: 'baxter1992',
      },
      {
        text: 'A review described this fall in right caudate metabolism after CBT for OCD as consistent across studies.',
        source: 'linden2006',
      },
    ],
  },
];
