/**
 * The fields of an approach's "at a glance" block, in the one order and with the one label that the
 * approach page's block, the full comparison table and the compare-approaches widget all use.
 */
import type { Approach } from '../schemas/article';
import { capitalisedList } from './text';

/** One line of a field: its text and the reference ids that back it (none for descriptive fields). */
export interface FieldLine {
  text: string;
  cite: string[];
}

export interface ApproachField {
  label: string;
  /** The field's lines; a field of several lines is shown as a list. */
  lines: (approach: Approach) => FieldLine[];
  /** Shown on the approach page's own block only, not when approaches are compared. */
  pageOnly?: boolean;
}

const plain = (text: string): FieldLine[] => [{ text, cite: [] }];

export const APPROACH_FIELDS: readonly ApproachField[] = [
  { label: 'Core idea', lines: (a) => plain(a.coreIdea) },
  { label: 'Time orientation', lines: (a) => plain(capitalisedList(a.timeOrientation)) },
  { label: 'Structure', lines: (a) => plain(a.structure) },
  { label: 'Between sessions', lines: (a) => plain(a.homework) },
  { label: 'Typical length', lines: (a) => [{ text: a.typicalSessions.text, cite: a.typicalSessions.cite }] },
  { label: 'Formats', lines: (a) => plain(capitalisedList(a.format)), pageOnly: true },
  {
    label: 'Strongest evidence',
    lines: (a) => a.strongestEvidence.map((e) => ({ text: e.condition, cite: e.cite })),
  },
];

/** The fields compared side by side (the table and the widget). */
export const COMPARED_FIELDS = APPROACH_FIELDS.filter((field) => !field.pageOnly);
