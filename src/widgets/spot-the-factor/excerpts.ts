/**
 * The fictional session excerpts of "Spot the factor" and the relationship factors a reader looks for.
 * Every person is invented (first names only). Each line names the factor(s) it was written to show,
 * or none, with a one-sentence explanation; tests/widgets/spot-the-factor checks the data's shape.
 */
import type { FactorId } from './spot-the-factor-logic';

export interface Factor {
  id: Exclude<FactorId, 'none'>;
  label: string;
  /** One plain sentence: what to look for. */
  lookFor: string;
  /** The site page that explains it. */
  page: string;
}

export const FACTORS: Factor[] = [
  {
    id: 'empathy',
    label: 'Empathy',
    lookFor: 'The therapist shows they grasp how something feels from the inside.',
    page: '/what-heals/empathy/',
  },
  {
    id: 'collaboration',
    label: 'Collaboration',
    lookFor: 'Client and therapist decide goals or next steps together.',
    page: '/what-heals/goal-consensus-and-collaboration/',
  },
  {
    id: 'positive-regard',
    label: 'Positive regard',
    lookFor: 'Warm acceptance of the person, including the parts they judge harshly.',
    page: '/what-heals/positive-regard/',
  },
  {
    id: 'genuineness',
    label: 'Genuineness',
    lookFor: 'The therapist speaks honestly and as themselves, not from behind a role.',
    page: '/what-heals/congruence/',
  },
  {
    id: 'mentalizing',
    label: 'Mentalizing',
    lookFor: 'Someone wonders about the thoughts and feelings behind behaviour.',
    page: '/what-heals/mentalization/',
  },
  {
    id: 'rupture-repair',
    label: 'Rupture or repair',
    lookFor: 'A strain in the working relationship, or the work of mending it.',
    page: '/what-heals/therapeutic-alliance/',
  },
];

export interface Line {
  /** Stable id, used for saved answers: "<excerpt id>-<n>". */
  id: string;
  speaker: string;
  role: 'therapist' | 'client';
  text: string;
  /** The factor(s) the line was written to show; empty when it shows none of them. */
  factors: Exclude<FactorId, 'none'>[];
  explanation: string;
}

export interface Excerpt {
  id: string;
  title: string;
  /** Who is in the room and why: the fictional set-up, in one or two sentences. */
  setting: string;
  lines: Line[];
}

export const EXCERPTS: Excerpt[] = [
  {
    id: 'brother',
    title: 'Telling his brother',
    setting: 'Tom, 41, lost his job two months ago. This is his fifth session with Priya.',
    lines: [
      {
        id: 'brother-1',
        speaker: 'Tom',
        role: 'client',
        factors: [],
        text: 'I finally told my brother about the job. He said, "You\'ll find something," and changed the subject. I feel stupid for expecting more.',
        explanation: 'Tom sets the scene; the line tells his story rather than showing one of the factors.',
      },
      {
        id: 'brother-2',
        speaker: 'Priya',
        role: 'therapist',
        factors: ['empathy'],
        text: 'You took a risk telling him, and it sounds like what came back felt like a door closing.',
        explanation: 'Priya puts into words how the moment felt for Tom, which is empathy in action.',
      },
      {
        id: 'brother-3',
        speaker: 'Tom',
        role: 'client',
        factors: [],
        text: 'Exactly. Like I was bothering him.',
        explanation: 'Tom confirms that Priya understood him; his line is a response, not a factor in itself.',
      },
      {
        id: 'brother-4',
        speaker: 'Priya',
        role: 'therapist',
        factors: ['positive-regard'],
        text: 'Wanting your brother to listen does not sound stupid to me at all. It says how much he matters to you.',
        explanation:
          'Priya meets the part of Tom he calls stupid with warmth and acceptance, which is positive regard.',
      },
      {
        id: 'brother-5',
        speaker: 'Tom',
        role: 'client',
        factors: [],
        text: 'He does. That is why it stung.',
        explanation: 'Tom takes in what Priya said; the line shows no factor of its own.',
      },
      {
        id: 'brother-6',
        speaker: 'Priya',
        role: 'therapist',
        factors: ['mentalizing'],
        text: 'What do you imagine was going on for him when he changed the subject?',
        explanation:
          "Priya invites Tom to wonder about his brother's inner state, which is an invitation to mentalize.",
      },
      {
        id: 'brother-7',
        speaker: 'Tom',
        role: 'client',
        factors: ['mentalizing'],
        text: 'Maybe he did not know what to say. He lost a job years ago and never talks about it.',
        explanation: "Tom now reads his brother's behaviour in terms of feelings and history, which is mentalizing.",
      },
    ],
  },
  {
    id: 'plan',
    title: 'Planning the week',
    setting: 'Mei, 19, is a student whose low mood has made her stop doing most things. Daniel is her therapist.',
    lines: [
      {
        id: 'plan-1',
        speaker: 'Daniel',
        role: 'therapist',
        factors: ['collaboration'],
        text: 'Last time we talked about trying one small activity this week. Shall I suggest a few, or would you rather start?',
        explanation: 'Daniel offers Mei a say in how the task is chosen, which is collaboration.',
      },
      {
        id: 'plan-2',
        speaker: 'Mei',
        role: 'client',
        factors: [],
        text: 'Can you suggest some? My head goes blank.',
        explanation: 'Mei answers the question; her line shows none of the factors.',
      },
      {
        id: 'plan-3',
        speaker: 'Daniel',
        role: 'therapist',
        factors: ['collaboration'],
        text: 'Sure. You mentioned drawing and calling your grandmother. Which feels doable, and which feels too big right now?',
        explanation:
          'Daniel suggests options but leaves the choice and the size of the step to Mei, so the plan is shared.',
      },
      {
        id: 'plan-4',
        speaker: 'Mei',
        role: 'client',
        factors: [],
        text: 'Calling her. But what if I do not manage it? Then I have failed at therapy too.',
        explanation: 'Mei voices a fear; the line shows her worry rather than a factor.',
      },
      {
        id: 'plan-5',
        speaker: 'Daniel',
        role: 'therapist',
        factors: ['genuineness', 'positive-regard'],
        text: 'Honestly, I would be curious rather than disappointed. If it does not happen, we learn what got in the way, and that helps us both.',
        explanation:
          'Daniel says plainly how he would really feel and shows he will not think less of her, which is genuineness with positive regard.',
      },
      {
        id: 'plan-6',
        speaker: 'Mei',
        role: 'client',
        factors: ['collaboration'],
        text: 'Okay. Tuesday, after class. I will write it on my hand.',
        explanation: 'Mei picks the day and adds her own reminder, so the plan has become hers as well.',
      },
    ],
  },
  {
    id: 'choir',
    title: 'A missed moment',
    setting: 'Joseph, 74, has been low since his wife Ruth died last year. Ana has been seeing him for a few weeks.',
    lines: [
      {
        id: 'choir-1',
        speaker: 'Joseph',
        role: 'client',
        factors: [],
        text: '...and that was when I stopped going to the choir.',
        explanation: 'Joseph mentions something painful almost in passing; the line itself shows none of the factors.',
      },
      {
        id: 'choir-2',
        speaker: 'Ana',
        role: 'therapist',
        factors: ['rupture-repair'],
        text: 'Before we go on, could we look at the worksheet from last week?',
        explanation:
          'Ana moves to her own agenda just as Joseph shares something that matters, which is where a strain begins.',
      },
      {
        id: 'choir-3',
        speaker: 'Joseph',
        role: 'client',
        factors: ['rupture-repair'],
        text: 'Fine. Whatever you think.',
        explanation: 'Joseph goes along flatly and pulls back, a quiet rupture that is easy to miss.',
      },
      {
        id: 'choir-4',
        speaker: 'Ana',
        role: 'therapist',
        factors: ['rupture-repair', 'genuineness'],
        text: 'I think I just jumped to the worksheet while you were telling me something important. I am sorry. Can we go back to the choir?',
        explanation:
          'Ana names the strain, owns her part without defensiveness and returns to what matters to Joseph, which is repair.',
      },
      {
        id: 'choir-5',
        speaker: 'Joseph',
        role: 'client',
        factors: [],
        text: 'It was where Ruth and I sang together. I cannot stand being there without her.',
        explanation: 'Joseph opens up again after the repair; his line shows the result rather than a factor.',
      },
      {
        id: 'choir-6',
        speaker: 'Ana',
        role: 'therapist',
        factors: ['empathy'],
        text: 'So the choir is full of her, and being there makes the missing sharper.',
        explanation: 'Ana reflects the feeling behind his words, which is empathy.',
      },
    ],
  },
];
