/**
 * The seven steps of the thought record, each with the plain explanation shown on screen and on the
 * printed blank worksheet. Field names come from the logic module, so labels are written once.
 */
import { LABELS, type TextField } from './thought-record-logic';

export interface Step {
  /** A free-text field, or one of the two emotion steps (rated at the time, then re-rated). */
  field: TextField | 'emotions' | 'rerate';
  name: string;
  help: string;
}

const text = (field: TextField, help: string): Step => ({ field, name: LABELS[field], help });

export const STEPS: Step[] = [
  text(
    'situation',
    'Where were you, what was happening, who was there? Describe it as a camera would, without judging it.',
  ),
  text(
    'thought',
    'What went through your mind just then? Write it in the words it came in, for example “She hated it”.',
  ),
  {
    field: 'emotions',
    name: 'Emotions and how strong they were',
    help: 'Name each feeling in a word or two, such as anxious, sad, angry or ashamed, and rate it from 0 (not at all) to 100 (as strong as it gets).',
  },
  text('evidenceFor', 'Facts that support the thought: things that happened, not guesses or feelings.'),
  text(
    'evidenceAgainst',
    'Facts that do not fit the thought. Has it turned out differently before? What would you say to a friend who thought this?',
  ),
  text(
    'balanced',
    'A fairer thought that takes all the evidence into account. It does not have to be positive, only more accurate.',
  ),
  {
    field: 'rerate',
    name: 'Re-rate your emotions',
    help: 'Rate each feeling again, from 0 to 100. A small drop is a real result.',
  },
];
