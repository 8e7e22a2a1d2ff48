/** The site's sections, in reading order. An article's `section` must be one of these ids. */
export const SECTIONS = [
  {
    id: 'foundations',
    /** Learning objectives for students (shown in the study guide). */
    objectives: [
      'Explain what psychotherapy is and summarise how well it works, with effect sizes.',
      'Describe how randomised trials, meta-analyses and process-outcome studies answer different questions.',
      'State the main debates in the field fairly, with evidence on each side.',
    ],
    title: 'Foundations',
    description: 'What psychotherapy is, whether it works, and how researchers find out.',
  },
  {
    id: 'what-heals',
    objectives: [
      "Name the common factors and the size of each one's link with outcome in the meta-analyses.",
      'Explain the contextual model and how it differs from a specific-ingredients view.',
      'Describe empathy, the alliance, mentalizing and affect regulation as therapists and researchers use the terms.',
    ],
    title: 'What heals in therapy',
    description: 'The curative factors that good therapies share: empathy, the alliance, mentalizing and more.',
  },
  {
    id: 'brain',
    objectives: [
      'Explain what the claim that psychotherapy is a biological treatment does and does not mean.',
      'Distinguish functional and metabolic imaging findings from structural ones, with their sample sizes and limits.',
      'Describe how putting feelings into words relates to emotion regulation and trauma processing.',
    ],
    title: 'Therapy and the brain',
    description: 'What brain research does and does not show about how talking changes us.',
  },
  {
    id: 'change-over-time',
    objectives: [
      'Describe the dose-effect and good-enough-level models and the figures behind them.',
      'Say for whom longer-term therapy has the strongest evidence, and when episodic therapy fits.',
      "Outline Erikson's eight stages, where this site's list adds to them, and the limits of stage theories.",
    ],
    title: 'Change over time',
    description: 'How much therapy is enough, long-term and episodic therapy, and the stages of life.',
  },
  {
    id: 'approaches',
    objectives: [
      'Describe what CBT, psychodynamic, trauma-focused, humanistic, systemic and third-wave therapies do in the room.',
      'Compare approaches by time orientation, structure, length and evidence without ranking them.',
      'Explain how therapy and medication compare and combine.',
    ],
    title: 'Therapy approaches',
    description: 'How CBT, psychodynamic, trauma-focused, humanistic and other therapies work, side by side.',
  },
  {
    id: 'starting-therapy',
    objectives: [
      'Explain what to expect from a first session and how to find and check a therapist.',
      "Describe clients' rights: consent, confidentiality and its limits, and how to complain.",
      'Use outcome monitoring and reliable change to judge whether therapy is working.',
    ],
    title: 'Starting therapy',
    description: 'Practical, calm answers for the weeks before and after a first appointment.',
  },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

export function sectionById(id: string) {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}". Sections are: ${SECTION_IDS.join(', ')}.`);
  return section;
}
