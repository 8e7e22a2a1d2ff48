/**
 * The practice items of the thinking-trap spotter: short fictional automatic thoughts (first names only),
 * each with the trap it mainly shows, why, and a fairer way to put it. The traps and their names follow
 * the list in content/articles/approaches/cognitive-distortions.mdx; a unit test checks every item and
 * that each trap is practised at least twice.
 */

/** The eleven traps the article describes, in the article's order (the order of the answer choices). */
export const DISTORTIONS = [
  { id: 'catastrophizing', name: 'Catastrophizing' },
  { id: 'all-or-nothing', name: 'All-or-nothing thinking' },
  { id: 'overgeneralization', name: 'Overgeneralization' },
  { id: 'mind-reading', name: 'Mind reading' },
  { id: 'fortune-telling', name: 'Fortune telling' },
  { id: 'emotional-reasoning', name: 'Emotional reasoning' },
  { id: 'should-statements', name: 'Should statements' },
  { id: 'labeling', name: 'Labeling' },
  { id: 'personalization', name: 'Personalization' },
  { id: 'mental-filter', name: 'Mental filter' },
  { id: 'discounting-the-positive', name: 'Discounting the positive' },
] as const;

export type DistortionId = (typeof DISTORTIONS)[number]['id'];

export interface ThinkingTrapItem {
  /** Stable id: saved progress refers to items by it, so never reuse one for a different thought. */
  id: string;
  /** Who is thinking it and when: a first name, an age and the moment. */
  who: string;
  thought: string;
  distortion: DistortionId;
  /** Why this is mainly that trap. */
  why: string;
  /** A fairer thought: not a cheerful one, one that fits what the person actually knows. */
  balanced: string;
}

export const THINKING_TRAP_ITEMS: ThinkingTrapItem[] = [
  {
    id: 'amara-exam',
    who: 'Amara, 19, a week before her exam results',
    thought: "If I've failed, I'll lose my place, my parents will never forgive me, and my life is over.",
    distortion: 'catastrophizing',
    why: 'One uncertain result grows, step by step, into the worst possible chain of events, and each step is treated as likely.',
    balanced: 'Failing would be hard, but there are resits, and my parents have stood by me through setbacks before.',
  },
  {
    id: 'tomasz-car',
    who: 'Tomasz, 45, hearing a new rattle in his car',
    thought: "That noise means the engine is finished. We can't afford another car, and we'll lose everything.",
    distortion: 'catastrophizing',
    why: 'A small, unexplained noise is read as the start of a disaster, and the disaster is treated as certain.',
    balanced: 'Most rattles are minor. I will get it looked at, and then I will know what I am dealing with.',
  },
  {
    id: 'mei-keys',
    who: 'Mei, 70, after losing her keys for the second time this week',
    thought: "This is the start of dementia. Soon I won't be able to live on my own.",
    distortion: 'catastrophizing',
    why: 'An everyday slip jumps straight to the most frightening explanation and its worst consequence.',
    balanced:
      'People of every age lose keys, especially when busy. If I notice a pattern that worries me, I can talk to my doctor.',
  },
  {
    id: 'diego-race',
    who: 'Diego, 28, after a 10 km race',
    thought: 'I missed my target time by two minutes, so all those months of training were a waste.',
    distortion: 'all-or-nothing',
    why: 'Only two results are allowed: hitting the target or total failure. Everything in between disappears.',
    balanced: "I didn't hit my target, but I finished, I'm much fitter than in the spring, and I know what to work on.",
  },
  {
    id: 'fatima-report',
    who: 'Fatima, 38, working late on a report',
    thought: "If this report isn't perfect, it's worthless.",
    distortion: 'all-or-nothing',
    why: 'The report can only be perfect or worthless; a good, useful report is not an option in this way of thinking.',
    balanced:
      'A clear report that is good enough will do its job. I can fix the main points and let the small ones go.',
  },
  {
    id: 'kofi-date',
    who: 'Kofi, 23, after a first date',
    thought: 'She said no to a second date. This always happens to me.',
    distortion: 'overgeneralization',
    why: 'A single disappointment is turned into a rule about his whole life, with the word "always".',
    balanced: "This date didn't lead anywhere. Some have, and one person's answer isn't a pattern.",
  },
  {
    id: 'ravi-train',
    who: 'Ravi, 34, on a platform after a cancelled train',
    thought: 'Of course it was cancelled. Nothing ever goes right for me.',
    distortion: 'overgeneralization',
    why: 'One bad morning becomes "nothing ever" goes right, a sweeping rule drawn from a single event.',
    balanced: "Today's train was cancelled, which is annoying. Plenty of my journeys, and my days, go fine.",
  },
  {
    id: 'sione-email',
    who: 'Sione, 31, in his first month at a new job',
    thought: 'My manager just replied "OK" to my email. She thinks I\'m incompetent.',
    distortion: 'mind-reading',
    why: 'He is sure he knows what his manager is thinking, and that it is negative, without any way of checking.',
    balanced: 'A short reply might just mean she is busy. If I want feedback, I can ask her in our next catch-up.',
  },
  {
    id: 'leila-laughing',
    who: 'Leila, 16, walking into a classroom',
    thought: 'They stopped laughing when I came in. They were laughing at me.',
    distortion: 'mind-reading',
    why: "She assumes she knows the reason for her classmates' behaviour, and that it is about her.",
    balanced: "People stop laughing when a story ends or someone new arrives. I don't know what the joke was.",
  },
  {
    id: 'arjun-dinner',
    who: 'Arjun, 67, after a family dinner',
    thought: "My son-in-law hardly spoke to me. He must think I'm an interfering old man.",
    distortion: 'mind-reading',
    why: "A quiet evening is read as a hidden, critical opinion of him, as if he could see into someone else's head.",
    balanced: 'He was quiet with everyone, and he has had a long week. If something is wrong, I can ask him.',
  },
  {
    id: 'nadia-party',
    who: "Nadia, 41, getting ready for a colleague's party",
    thought: "I'll stand in a corner all night and nobody will talk to me.",
    distortion: 'fortune-telling',
    why: 'She predicts how the evening will go and treats the prediction as a fact before it has started.',
    balanced: "I can't know how tonight will go. I can talk to the two people I know and leave when I've had enough.",
  },
  {
    id: 'jamal-promotion',
    who: 'Jamal, 26, reading an advert for a promotion',
    thought: "There's no point applying. They'll pick someone else.",
    distortion: 'fortune-telling',
    why: 'The outcome is decided in advance, and the prediction stops him from finding out.',
    balanced: "I might not get it, but I won't know unless I apply, and an interview would be good practice.",
  },
  {
    id: 'elena-flight',
    who: 'Elena, 35, boarding a plane',
    thought: 'I feel terrified, so this flight must be dangerous.',
    distortion: 'emotional-reasoning',
    why: 'The strength of the fear is taken as proof of danger. Fear reports on her state, not on the aircraft.',
    balanced:
      'My fear is real and unpleasant, but it is not a safety report. Flying is one of the safest ways to travel.',
  },
  {
    id: 'seun-seminar',
    who: 'Seun, 29, in his first term of a PhD',
    thought: 'I feel like a fraud here, so I must have got in by mistake.',
    distortion: 'emotional-reasoning',
    why: 'Feeling like a fraud is treated as evidence of being one.',
    balanced:
      'Many new students feel out of place. I was chosen from many applicants, and the feeling tends to fade with time.',
  },
  {
    id: 'hannah-carer',
    who: 'Hannah, 44, caring for her father',
    thought: 'I should never feel frustrated with Dad. A good daughter would be patient all the time.',
    distortion: 'should-statements',
    why: 'A rigid rule ("never", "all the time") leaves no room for being human, and breaking it brings guilt.',
    balanced: 'Caring is hard, and frustration comes with it. I can feel frustrated and still care for him well.',
  },
  {
    id: 'marcus-partner',
    who: 'Marcus, 36, after a tense evening at home',
    thought: 'My partner should know what I need without me having to say it.',
    distortion: 'should-statements',
    why: 'A rule about how someone else ought to be; when the rule is broken, it turns into resentment.',
    balanced: 'Nobody can read my mind. If I tell her what I need, she has a fair chance of giving it.',
  },
  {
    id: 'yusuf-email',
    who: 'Yusuf, 22, in his first office job',
    thought: "I sent the email to the wrong person. I'm such an idiot.",
    distortion: 'labeling',
    why: 'One mistake becomes a harsh label for the whole person.',
    balanced: 'I made a mistake that is easy to make. I can send a short correction and double-check next time.',
  },
  {
    id: 'grace-friend',
    who: 'Grace, 58, after a friend cancelled lunch',
    thought: "She's cancelled again. She's just a selfish person.",
    distortion: 'labeling',
    why: 'A single behaviour is used to sum up someone else entirely with one word.',
    balanced:
      "She has cancelled twice, and that bothers me. I don't know what is going on for her; I can tell her I miss our lunches.",
  },
  {
    id: 'aiko-reading',
    who: "Aiko, 33, after a meeting with her son's teacher",
    thought: "My son is behind with his reading. It's my fault for not doing enough with him.",
    distortion: 'personalization',
    why: 'She takes the whole blame for something with many causes, most of them not in her hands.',
    balanced:
      'Children learn to read at different speeds, for many reasons. I can work with his teacher on what helps.',
  },
  {
    id: 'ben-barbecue',
    who: 'Ben, 47, after hosting a barbecue',
    thought: "It rained and people left early. I ruined everyone's day.",
    distortion: 'personalization',
    why: 'He takes responsibility for an event, the weather, that was not under his control at all.',
    balanced: 'The rain cut the day short, not me. People thanked me, and we can try again in the summer.',
  },
  {
    id: 'chloe-review',
    who: 'Chloe, 27, after her yearly review',
    thought: 'She said I need to speak up more in meetings. The review went badly.',
    distortion: 'mental-filter',
    why: 'One critical comment is picked out and dwelt on until it colours a review that was mostly praise.',
    balanced:
      'Most of the review was positive. One point to work on is normal, and speaking up is something I can practise.',
  },
  {
    id: 'tariq-holiday',
    who: "Tariq, 55, home from a week's holiday",
    thought: "We argued on the last evening. That's all I can think about; the whole week feels spoiled.",
    distortion: 'mental-filter',
    why: 'A single unpleasant moment filters out six good days.',
    balanced: 'The argument was upsetting, and we had six good days before it. Both are true.',
  },
  {
    id: 'zanele-job',
    who: 'Zanele, 39, the day she was offered a job',
    thought: 'I only got it because nobody else applied.',
    distortion: 'discounting-the-positive',
    why: 'A real success is explained away so that it does not count.',
    balanced:
      "I don't know how many people applied. They interviewed me and chose me, so they saw something they wanted.",
  },
  {
    id: 'pedro-walking',
    who: 'Pedro, 62, recovering from a knee operation',
    thought: "Yes, I've walked every day this month, but anyone could do that. It doesn't count.",
    distortion: 'discounting-the-positive',
    why: 'He notices his progress and then dismisses it, so it cannot change how he sees himself.',
    balanced: 'Walking every day after an operation takes effort. It counts, and it is helping my knee.',
  },
];
