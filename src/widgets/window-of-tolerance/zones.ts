/**
 * What each zone of the window of tolerance can feel like and which everyday skills suit it. Educational
 * only: these are common self-help ideas that therapists teach, not treatment or medical advice.
 * Only the .astro component reads this file, so none of the words ship in the widget's JavaScript.
 */
import type { ZoneId } from './window-of-tolerance-logic';

export interface Zone {
  id: ZoneId;
  name: string;
  /** Where the zone lies relative to the window, in words (never colour alone). */
  where: string;
  feels: string[];
  skills: string[];
}

export const ZONES: Zone[] = [
  {
    id: 'hypo',
    name: 'Hypo-arousal',
    where: 'below the window',
    feels: [
      'Numb, flat or empty; tired, heavy or hard to get moving.',
      'Shut down, far away or unreal, as if watching yourself from outside.',
      'Thinking and speaking feel slow; it is hard to take anything in.',
    ],
    skills: [
      'Gentle movement: stand up, stretch, or press your feet into the floor.',
      'Orient to the room: look around slowly and name a few things you can see and hear.',
      'Wake up the senses: cool water on your hands, a strong taste or a familiar smell.',
      'Reach out to someone you trust, even with a short message.',
    ],
  },
  {
    id: 'window',
    name: 'Window of tolerance',
    where: 'the middle zone',
    feels: [
      'Feelings can be strong, yet you can still think and feel at the same time.',
      'You can listen, weigh things up and stay in a conversation.',
      'Arousal rises and falls without taking over.',
    ],
    skills: [
      'Notice and name what you feel, as precisely as you can.',
      'Practise skills here, such as the breathing guide below, so they come more easily when you need them.',
      'This is the zone where new learning in therapy tends to happen.',
    ],
  },
  {
    id: 'hyper',
    name: 'Hyper-arousal',
    where: 'above the window',
    feels: [
      'Racing heart, fast breathing, feeling hot, tense or shaky.',
      'Panic, rage or feeling flooded; an urge to fight or run.',
      'Racing thoughts; it is hard to think clearly or listen.',
    ],
    skills: [
      'Slow your breathing, letting the out-breath be a little longer than the in-breath.',
      'Grounding: feel your feet on the floor and the chair under you; name what is around you.',
      'Pause before you act: step away for a few minutes and come back when you are calmer.',
      'Name it to yourself: “this is anger, and it is big.”',
    ],
  },
];
