/**
 * Published SDs and reliabilities the reader can pick instead of typing them. A questionnaire is
 * listed only when both numbers were confirmed in a public record of the source, and the source is an
 * entry in content/references.json (`sourceId`). Which SD and reliability to use is a choice: other
 * samples report other values, and they give a different threshold.
 */
export interface Preset {
  id: string;
  /** What the select shows. */
  name: string;
  sd: number;
  reliability: number;
  lowerIsBetter: boolean;
  /** Bibliography id; the widget links to it on the references page. */
  sourceId: string;
  /** Author-year citation for the source line. */
  citation: string;
  /** Where each number comes from, in one sentence. */
  note: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'gad7-general-population',
    name: 'GAD-7 (anxiety), general-population norms',
    sd: 3.5,
    reliability: 0.89,
    lowerIsBetter: true,
    sourceId: 'lowe2008',
    citation: 'Löwe et al. (2008)',
    note: 'In 5,030 adults in Germany, internal consistency was 0.89 in every subgroup; the SDs were 3.5 for women and 3.2 for men, and the larger one is used here, which makes the test slightly stricter.',
  },
];
