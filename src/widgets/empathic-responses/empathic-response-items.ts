/**
 * Practice moments for the empathic-responses widget: short fictional client statements (first names
 * only), each with four possible therapist replies. Every reply says what kind it is and which parts of
 * empathy it shows or misses, using the parts described in content/articles/what-heals/empathy.mdx.
 * A unit test checks that each statement has exactly one most empathic reply.
 */

/** The parts of empathy the article describes. In a written reply, mirroring shows as giving back the client's own words, feeling and pace. */
export const EMPATHY_PARTS = {
  compassion: 'compassion',
  sharing: 'affective sharing',
  mirroring: 'attuned mirroring',
  composure: 'staying composed',
} as const;

export type EmpathyPart = keyof typeof EMPATHY_PARTS;

/** Kinds of reply. Each statement has exactly one `empathic` reply: the most empathic of its four. */
export const REPLY_KINDS = {
  empathic: 'Empathic: reflects and validates',
  sympathy: 'Sympathy',
  advice: 'Advice-giving',
  dismissive: 'Dismissive',
  'self-focused': 'Self-focused',
  'surface-reflection': 'Reflects the words only',
  'generic-validation': 'Validating, but generic',
  overwhelmed: 'Swept away by the feeling',
} as const;

export type ReplyKind = keyof typeof REPLY_KINDS;

export interface Reply {
  text: string;
  kind: ReplyKind;
  shows: EmpathyPart[];
  misses: EmpathyPart[];
  /** Why, in a sentence or two. */
  feedback: string;
}

export interface ClientStatement {
  /** Stable id: saved answers refer to statements by it. */
  id: string;
  /** First name only. */
  name: string;
  statement: string;
  replies: Reply[];
}

export const CLIENT_STATEMENTS: ClientStatement[] = [
  {
    id: 'priya-grief',
    name: 'Priya',
    statement:
      "My mum died three months ago and everyone acts like I should be over it by now. Some days I can't get out of bed.",
    replies: [
      {
        text: 'Three months is still early. Have you thought about joining a bereavement group?',
        kind: 'advice',
        shows: ['compassion'],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Kindly meant, but it jumps to a solution before Priya has felt heard, and it leaves her sense of being rushed untouched.',
      },
      {
        text: "Oh, I'm so sorry. That's awful, you poor thing.",
        kind: 'sympathy',
        shows: ['compassion'],
        misses: ['mirroring'],
        feedback:
          "Caring, but it feels sorry for her from the outside. It doesn't catch what she actually said: that others expect her to be over it.",
      },
      {
        text: "You're still deep in the loss, and on top of it you feel others expect you to have moved on, which leaves you quite alone with it.",
        kind: 'empathic',
        shows: ['compassion', 'sharing', 'mirroring'],
        misses: [],
        feedback:
          'It puts into words both the grief and the loneliness of being rushed, from her side, and offers it back for her to correct.',
      },
      {
        text: "Everyone grieves differently. I'm sure it will get easier soon.",
        kind: 'dismissive',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          'A quick reassurance that does what Priya says everyone else does: it moves her along instead of staying with how it is now.',
      },
    ],
  },
  {
    id: 'daniel-promotion',
    name: 'Daniel',
    statement: "I got the promotion. I should be happy, but honestly I'm terrified they'll find out I'm not up to it.",
    replies: [
      {
        text: "Congratulations! You earned it, so there's nothing to be scared of.",
        kind: 'dismissive',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Warm, but it argues with the fear instead of understanding it, so Daniel is left alone with the part he found hardest to say.',
      },
      {
        text: 'I know exactly how you feel. When I was promoted I felt the same way.',
        kind: 'self-focused',
        shows: ['sharing'],
        misses: ['mirroring'],
        feedback:
          "It turns attention to the listener's own story. Nobody knows exactly how another person feels; empathy stays with his experience.",
      },
      {
        text: "You're saying you got the promotion and you're terrified.",
        kind: 'surface-reflection',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          "It gives back his words accurately but flatly, so it isn't attuned to the feeling underneath: the fear of being found out.",
      },
      {
        text: "So the good news came with a jolt of fear, as if the new role might expose something you've been keeping hidden.",
        kind: 'empathic',
        shows: ['sharing', 'mirroring', 'compassion'],
        misses: [],
        feedback:
          'It holds both feelings at once, names the fear of being found out that he only hinted at, and leaves room for him to say more.',
      },
    ],
  },
  {
    id: 'rosa-caring',
    name: 'Rosa',
    statement:
      'Since his stroke I do everything for my husband. I love him, but sometimes I get so angry I could scream, and then I hate myself for it.',
    replies: [
      {
        text: 'You need to look after yourself too. Could your children help more?',
        kind: 'advice',
        shows: ['compassion'],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Possibly useful later, but it skips past the anger and the shame she has just risked telling you about.',
      },
      {
        text: "That sounds unbearable. Honestly, I don't know how you cope; I'd fall apart.",
        kind: 'overwhelmed',
        shows: ['sharing', 'compassion'],
        misses: ['composure'],
        feedback:
          'It shares the feeling but loses its footing, and ends with the listener. A therapist who would "fall apart" cannot help Rosa hold her own feelings.',
      },
      {
        text: 'Part of you is worn out and furious at how much has changed, and another part feels ashamed of that anger, because you love him.',
        kind: 'empathic',
        shows: ['compassion', 'sharing', 'mirroring', 'composure'],
        misses: [],
        feedback:
          'It names both sides of her mixed feelings without judging either, and stays steady with a feeling she is ashamed of.',
      },
      {
        text: 'Anger is a normal emotion.',
        kind: 'generic-validation',
        shows: ['composure'],
        misses: ['sharing', 'mirroring'],
        feedback:
          'True and calm, but it could be said to anyone. It does not show that her particular situation, love and anger together, has been understood.',
      },
    ],
  },
  {
    id: 'tyrone-anger',
    name: 'Tyrone',
    statement:
      "(raising his voice) I'm sick of everyone telling me to calm down! Nobody listens. Not my boss, not my family, not you!",
    replies: [
      {
        text: "Please lower your voice. We can't talk while you're shouting.",
        kind: 'dismissive',
        shows: [],
        misses: ['compassion', 'mirroring'],
        feedback:
          'It tells Tyrone to calm down, the very thing he says everyone does, so it confirms that nobody listens.',
      },
      {
        text: "Okay, okay, I'm sorry, I'm really sorry, I didn't mean to upset you.",
        kind: 'overwhelmed',
        shows: ['sharing'],
        misses: ['composure', 'mirroring'],
        feedback:
          'The listener is flooded by his anger and starts managing their own alarm. Staying composed is what lets strong feeling be heard.',
      },
      {
        text: 'Have you tried some breathing exercises for when you get this angry?',
        kind: 'advice',
        shows: ['composure'],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Calm, but it is one more way of telling him to calm down, and it treats his anger as the problem rather than as a message.',
      },
      {
        text: "You're furious, and being told to calm down feels like one more way of not being heard, even here. I want to hear it.",
        kind: 'empathic',
        shows: ['composure', 'mirroring', 'compassion'],
        misses: [],
        feedback:
          'It meets the anger steadily, names what lies under it, includes the therapist in his complaint without defending, and invites more.',
      },
    ],
  },
  {
    id: 'mina-flat',
    name: 'Mina',
    statement: "School's fine. Everything's fine. I just don't really see the point of anything lately.",
    replies: [
      {
        text: "You say everything's fine, and yet nothing seems to have much point right now. That sounds like a heavy, flat place to be. What have things been like lately?",
        kind: 'empathic',
        shows: ['mirroring', 'sharing', 'compassion', 'composure'],
        misses: [],
        feedback:
          'It gently notices the gap between "fine" and "no point", names the feeling, and asks for more. A therapist would also ask, calmly, how low things get.',
      },
      {
        text: "You're doing well at school, so things can't be that bad!",
        kind: 'dismissive',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          'It accepts the "fine" and argues with the worrying part. Mina learns that the hard part is not welcome.',
      },
      {
        text: 'Oh no, that is so sad to hear.',
        kind: 'sympathy',
        shows: ['compassion'],
        misses: ['mirroring'],
        feedback:
          'Kind, but it reacts from outside and stops there, instead of reaching for what "no point" feels like for her.',
      },
      {
        text: 'When I was your age I felt the same, and I turned out fine.',
        kind: 'self-focused',
        shows: [],
        misses: ['mirroring', 'compassion'],
        feedback:
          "It moves the story to the listener and implies it will pass by itself. Her experience isn't explored.",
      },
    ],
  },
  {
    id: 'arash-baby',
    name: 'Arash',
    statement:
      "We've been trying for a baby for four years. Yesterday my sister told us she's pregnant, and I couldn't even smile.",
    replies: [
      {
        text: "That's understandable.",
        kind: 'generic-validation',
        shows: ['composure'],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Accepting, but so brief and general that he cannot tell whether the listener has grasped what yesterday was like.',
      },
      {
        text: 'Have you looked into other options, like IVF or adoption?',
        kind: 'advice',
        shows: [],
        misses: ['sharing', 'mirroring', 'compassion'],
        feedback:
          'It jumps to solutions he has almost certainly thought about for years, and skips the pain of the moment.',
      },
      {
        text: 'At least you have each other.',
        kind: 'dismissive',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          '"At least" shrinks the loss. It asks him to look on the bright side before his grief has been heard.',
      },
      {
        text: 'Four years of hoping, and then her news landed right on that sore place. No wonder happiness for her and grief for yourselves got tangled up.',
        kind: 'empathic',
        shows: ['sharing', 'mirroring', 'compassion'],
        misses: [],
        feedback:
          "It links his reaction to four years of longing, makes sense of it without blame, and names feelings he hadn't yet put into words.",
      },
    ],
  },
  {
    id: 'wei-lonely',
    name: 'Wei',
    statement:
      "I moved here for work a year ago. I talk to people all day, but there's nobody I could call if something went wrong.",
    replies: [
      {
        text: "You should join a club or a class. That's how people make friends.",
        kind: 'advice',
        shows: [],
        misses: ['sharing', 'mirroring'],
        feedback:
          'Practical, but it treats loneliness as a scheduling problem and misses what he described: being surrounded yet alone.',
      },
      {
        text: "You're with people all day, yet there's no one you could really lean on. That sounds like a lonely kind of busy.",
        kind: 'empathic',
        shows: ['mirroring', 'sharing', 'compassion'],
        misses: [],
        feedback:
          "It catches the contrast at the heart of what he said and names the feeling, in his terms rather than the listener's.",
      },
      {
        text: 'Poor you, being so far from home.',
        kind: 'sympathy',
        shows: ['compassion'],
        misses: ['mirroring'],
        feedback:
          'Pity from the outside. It can leave him feeling looked down on, and it misses that his problem is not distance but having no one close.',
      },
      {
        text: 'Oh, I know. When I moved cities it took me ages to settle.',
        kind: 'self-focused',
        shows: ['sharing'],
        misses: ['mirroring'],
        feedback:
          'A moment of fellow feeling, but the conversation turns to the listener, and his particular loneliness drops out of view.',
      },
    ],
  },
];
