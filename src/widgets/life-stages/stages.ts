/**
 * Erikson's eight psychosocial stages, in order. Stages and tensions from Erikson (1950); the basic
 * strengths from Erikson and Erikson (1997), as that entry's `finding` in content/references.json lists
 * them. Ages are the rough ranges textbooks commonly give (the article's table uses the same ones).
 * Therapy examples are fictional one-liners with first names only.
 */
export interface LifeStage {
  /** The task in one word, as on the timeline: "Trust". */
  task: string;
  /** The phase of life: "Infancy". */
  period: string;
  /** Approximate ages in years, for display: "0–1½". */
  ages: string;
  /** The tension Erikson named: "Trust versus mistrust". */
  tension: string;
  /** The basic strength that can grow from it (Erikson and Erikson, 1997). */
  strength: string;
  /** What the stage is about, in plain words. */
  about: string;
  /** How the theme can show up in therapy: fictional. */
  inTherapy: string;
  /** Where this site's milestone list differs from Erikson at this stage, if it does. */
  siteNote?: string;
}

export const STAGES: LifeStage[] = [
  {
    task: 'Trust',
    period: 'Infancy',
    ages: '0–1½',
    tension: 'Trust versus mistrust',
    strength: 'Hope',
    about: 'Learning whether the world, and the people in it, can be relied on.',
    inTherapy:
      'Lena, 45, half expects her therapist to give up on her; the steady rhythm of weekly sessions slowly becomes something she can count on.',
  },
  {
    task: 'Autonomy',
    period: 'Early childhood',
    ages: '1½–3',
    tension: 'Autonomy versus shame and doubt',
    strength: 'Will',
    about: 'Trying to do things by yourself, and finding that mistakes need not bring shame.',
    inTherapy:
      'Tomás, 29, asks his therapist what to do about every decision; together they practise trusting his own choices.',
  },
  {
    task: 'Initiative',
    period: 'Play age',
    ages: '3–5',
    tension: 'Initiative versus guilt',
    strength: 'Purpose',
    about: 'Starting plans, games and projects of your own without being swamped by guilt.',
    inTherapy:
      'Aisha, 31, drops every new project as soon as she feels she is asking too much; therapy explores the guilt that stops her.',
  },
  {
    task: 'Industry',
    period: 'School age',
    ages: '6–12',
    tension: 'Industry versus inferiority',
    strength: 'Competence',
    about: 'Building skills, finishing tasks and feeling capable among peers.',
    inTherapy:
      'Ken, 52, still feels like the slowest child in the class whenever his work is reviewed; therapy traces where that feeling began.',
    siteNote:
      "This site's milestone list puts self-esteem here. Competence feeds self-esteem, but Erikson's stage is industry.",
  },
  {
    task: 'Identity',
    period: 'Adolescence',
    ages: '12–18',
    tension: 'Identity versus role confusion',
    strength: 'Fidelity',
    about: 'Trying out who you might be and what you value, and pulling it together into a sense of self.',
    inTherapy:
      'Dev, 17, weighs the engineering course his family expects against the music he loves, and works out what he wants.',
  },
  {
    task: 'Intimacy',
    period: 'Young adulthood',
    ages: '18–40',
    tension: 'Intimacy versus isolation',
    strength: 'Love',
    about: 'Forming close, committed relationships without losing yourself.',
    inTherapy:
      'Priya, 27, pulls away whenever a relationship turns serious; the therapy relationship becomes a safe place to practise closeness.',
  },
  {
    task: 'Generativity',
    period: 'Middle adulthood',
    ages: '40–65',
    tension: 'Generativity versus stagnation',
    strength: 'Care',
    about: 'Caring for and guiding what comes after you: children, students, younger colleagues, a community.',
    inTherapy: 'Samuel, 48, wonders what his work adds up to, and starts mentoring two apprentices at his workshop.',
    siteNote:
      "This site's list adds prosocial endeavours, such as volunteering, which overlap closely with generativity.",
  },
  {
    task: 'Integrity',
    period: 'Late adulthood',
    ages: '65+',
    tension: 'Integrity versus despair',
    strength: 'Wisdom',
    about: 'Looking back and accepting the life you have lived, regrets included.',
    inTherapy:
      'Rosa, 68, looks back over her teaching career with both pride and regret, and begins to make peace with both.',
  },
];
