/**
 * Published SDs and reliabilities the reader can pick instead of typing them. A questionnaire is
 * listed only when both numbers were confirmed in a public record of the source, and the source is an
 * entry in content/references.json (`sourceId`). Which SD and reliability to use is a choice: other
 * samples report other values, and they give a different threshold.
 *
 * Each preset's words (its name and a note on where each number comes from) are content, in
 * content/widgets/reliable-change.yaml and its translations, under the same id; a test checks every
 * language's note against the source. Only the components read this file: the script takes the figures
 * from the options they rendered.
 */
export interface Preset {
  id: string;
  sd: number;
  reliability: number;
  lowerIsBetter: boolean;
  /** Bibliography id; the widget links to it on the references page. */
  sourceId: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'gad7-general-population',
    sd: 3.5,
    reliability: 0.89,
    lowerIsBetter: true,
    sourceId: 'lowe2008',
  },
];
