/**
 * Published SDs and reliabilities the reader can pick instead of typing them. A questionnaire is
 * listed only when both numbers were confirmed in a public record of the source, and the source is an
 * entry in content/references.json (`sourceId`). Which SD and reliability to use is a choice: other
 * samples report other values, and they give a different threshold.
 *
 * Each preset's words sit next to its figures in every language, so a changed figure is seen in all of
 * them at once; a test checks that each language's note states the same figures as the English one. Only
 * the component reads this file: the script takes the figures from the options it rendered.
 */
import type { Lang } from '../../i18n/languages.mjs';

export interface Preset {
  id: string;
  /** What the select shows, per language. */
  name: Record<Lang, string>;
  sd: number;
  reliability: number;
  lowerIsBetter: boolean;
  /** Bibliography id; the widget links to it on the references page. */
  sourceId: string;
  /** Where each number comes from, in one sentence, per language (the same figures in each). */
  note: Record<Lang, string>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'gad7-general-population',
    name: {
      en: 'GAD-7 (anxiety), general-population norms',
      es: 'GAD-7 (ansiedad), datos de referencia de la población general',
    },
    sd: 3.5,
    reliability: 0.89,
    lowerIsBetter: true,
    sourceId: 'lowe2008',
    note: {
      en: 'In 5,030 adults in Germany, internal consistency was 0.89 in every subgroup; the SDs were 3.5 for women and 3.2 for men, and the larger one is used here, which makes the test slightly stricter.',
      es: 'En 5030 adultos de Alemania, la consistencia interna fue de 0.89 en todos los subgrupos; las DE fueron de 3.5 en las mujeres y de 3.2 en los hombres, y aquí se usa la mayor, lo que hace la prueba algo más exigente.',
    },
  },
];
