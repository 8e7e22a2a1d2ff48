/**
 * The site's own words in English: the frame, the article furniture, search and the widgets' interface.
 * Every other language has a file of the same shape (`Strings`, checked by the type checker), so a
 * component never holds reader-facing text of its own. Articles, glossary entries and widget content are
 * content, in `content/` (translations under `content/<lang>/`).
 *
 * `{name}` marks a value filled in later (`fill()` in ../format.ts). Words a script shows travel with it:
 * a widget whose script runs at load gets them from its component in `data-messages`, so a page carries only
 * its own language; code that loads on demand (the search dialog, the quiz) bundles its words for every
 * language in a small module of its own (search-form.ts, quiz-messages.ts), so no first view carries them.
 */
import { SECTIONS } from '../../schemas/sections';

export const en = {
  site: {
    title: 'How Therapy Works',
    description:
      'A calm, well-sourced guide to how psychotherapy works: what heals, what the research shows, and what to expect.',
    skipLink: 'Skip to content',
  },
  /** Section names and one-line descriptions, from the sections' own list. */
  sections: Object.fromEntries(SECTIONS.map((s) => [s.id, { title: s.title, description: s.description }])) as Record<
    (typeof SECTIONS)[number]['id'],
    { title: string; description: string }
  >,
  header: {
    helpNow: 'Get help now',
    /** The same on a phone's header, where a long label would push the header to a third row. */
    helpNowShort: 'Get help now',
    quickExit: 'Quick exit',
    menu: 'Menu',
    sectionsNav: 'Sections',
    glossary: 'Glossary',
    search: 'Search',
    theme: 'Theme:',
    light: 'Light',
    dark: 'Dark',
  },
  /** Words in this language for readers coming from another (the language switcher is written in each). */
  language: {
    /** Shown after the language's name when the page has no version in it: the link goes to its home page. */
    homeOnly: '(home page)',
    /** The same, said in full (the link's title). */
    notTranslated: 'This page is not in English yet: this link goes to the English home page.',
    /** After a link to a page in another language; `{language}` is that language's name in this one. */
    onlyIn: '(in {language})',
  },
  footer: {
    disclaimer:
      'This site explains how therapy works. It does not diagnose or give treatment advice. If you might be in danger,',
    disclaimerLink: 'get help now',
    nav: 'Site',
    about: 'About and editorial policy',
    howWeCheck: 'How we check our facts',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    references: 'References',
    keyStudies: 'Key studies',
    studyGuide: 'Study guide',
    study: 'Study with flashcards',
    readOffline: 'Read offline',
  },
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  article: {
    audienceFilter: { clients: 'Newcomers', students: 'Students', both: 'Everyone' },
    audience: {
      clients: 'People thinking about therapy',
      students: 'Students',
      both: 'Everyone: newcomers and students',
    },
    for: 'For:',
    minutes: '{minutes} min read',
    lastReviewed: 'Last reviewed',
    howWeCheck: 'How we check our facts',
    reportMistake: 'Report a mistake',
    onThisPage: 'On this page',
    atAGlance: 'At a glance',
    keyTakeaways: 'Key takeaways',
    comparison: 'Approaches side by side',
    inThisSection: 'In this section',
    sectionInProgress: 'The articles of this section are being written and reviewed.',
    selfCheck: 'Check your understanding',
    references: 'References',
    related: 'Related reading',
    pager: 'Previous and next articles',
    previous: 'Previous:',
    next: 'Next:',
    citeThisPage: 'Cite this page',
    apa: 'APA (7th edition)',
  },
  content: {
    callout: {
      evidence: 'What the evidence says',
      'client-tip': 'A tip for you',
      caution: 'A note of caution',
      example: 'A fictional example',
    },
    /** Added to the title of an example box: every example is labelled as fiction. */
    fictional: '{title} (fictional example)',
    reference: 'Reference {number}: {citation}',
    definitionOf: 'Definition of {term}',
    derived: 'derived',
    derivedHow: 'How this figure was derived:',
    derivedFrom: 'from {sources}',
    describePicture: 'Describe this picture in words',
  },
  quiz: {
    namedTitle: 'Quiz: {title}',
    intro: 'A few questions to test what you have read. Your answers stay in this browser.',
    showAnswer: 'Show the answer',
    answer: 'Answer {letter}:',
    retry: 'Try again',
  },
  /** How a widget names two authors in a sentence: "Baldwin and Imel (2009)" (src/widgets/shared/sources.ts). */
  citation: { and: 'and' },
  /** The reliable change calculator (src/widgets/reliable-change/). */
  reliableChange: {
    title: 'Is my change real? A reliable change calculator',
    /** `{source}`: the linked citation of Jacobson and Truax. */
    intro:
      "The reliable change index asks whether the difference between two scores is bigger than the questionnaire's measurement error ({source}).",
    formulaTitle: 'The formula',
    /** Each step: the formula in bold, then what it means. */
    formula: [
      {
        expression: 'SE = SD × √(1 − r)',
        meaning: ': the standard error of measurement, from the SD of scores and the reliability r.',
      },
      {
        expression: 'S_diff = √(2 × SE²)',
        meaning: ': the error of a difference between two scores, each with its own error.',
      },
      {
        expression: 'RCI = (x2 − x1) / S_diff',
        meaning: ': your change (after x2 minus before x1) in units of that error.',
      },
    ],
    /** `{critical}` is shown in bold. */
    formulaCutOff: 'If the RCI is further from zero than {critical}, the change is counted as reliable.',
    exampleTitle: 'A worked example',
    /** `{source}`: the linked citation of the preset's source. */
    example:
      'Suppose a GAD-7 anxiety score falls from {before} to {after}. Lower scores are better on the GAD-7. The published values from {source} are SD {sd} and reliability {reliability}.',
    tryTitle: 'Try your own numbers',
    noScript:
      'The calculator needs JavaScript, which is turned off or has not loaded. You can still work through the steps above with your own numbers and a calculator.',
    preset: 'Questionnaire (optional)',
    presetNone: 'None: I will type the SD and reliability',
    /** One line per preset; `{source}`: its linked citation. */
    presetLine: '{name}: SD {sd}, reliability {reliability}, from {source}. {note}',
    fields: {
      before: { label: 'Score before', hint: 'Your total score on the first occasion.' },
      after: { label: 'Score after', hint: 'Your total score later, on the same questionnaire.' },
      sd: {
        label: 'Standard deviation (SD)',
        hint: "How widely scores spread between people, from the questionnaire's published norms.",
      },
      reliability: {
        label: 'Reliability (r, 0 to 1)',
        hint: "How consistent the questionnaire is, for example its Cronbach's alpha, such as 0.89.",
      },
    },
    better: 'On this questionnaire, which scores are better?',
    lower: 'Lower scores (fewer problems, as on most symptom questionnaires)',
    higher: 'Higher scores (as on wellbeing questionnaires)',
    submit: 'Check my change',
    clear: 'Clear',
    storage:
      'Your numbers stay in this browser: they are kept on this device so they are still here when you come back, and are never sent anywhere. Clear removes them.',
    stepsTitle: 'Your numbers, step by step',
    cautionTitle: 'An educational tool, not a clinical judgement',
    /** `{help}`: a link to the Get help now page. */
    caution:
      "Reliable change only says whether a difference is bigger than the questionnaire's wobble. It does not say whether you are now in the healthy range, why the score moved, or what to do next, and a different SD or reliability gives a different answer. Talk about your scores with your therapist. If you feel unsafe, go to {help}.",
    /** Words the calculator's logic writes, on the page and from its script; in its element's data-messages. */
    messages: {
      /** How each field is named inside a sentence. */
      labels: {
        before: 'the score before',
        after: 'the score after',
        sd: 'the standard deviation',
        reliability: 'the reliability',
      },
      enter: 'Enter {label}.',
      /** `{Label}`: the field's name with a capital letter. */
      notANumber: '{Label} must be a number, for example {example}.',
      sdNotPositive: 'The standard deviation must be more than 0; it measures how widely scores spread between people.',
      sdRange: 'The standard deviation must be between {min} and {max}.',
      reliabilityPercent: 'Reliability is a number between 0 and 1, such as {example}. Did you mean {value}?',
      reliabilityRange: 'Reliability must be between 0 and 1, for example {example}.',
      reliabilityMax:
        'Reliability must be below 1 (at most {max}): no questionnaire is free of measurement error, and the formula would divide by zero.',
      scoreRange: '{Label} must be between {min} and {max}.',
      /** Shown before each field's error. */
      checkThis: 'Check this: {message}',
      steps: {
        se: 'Standard error of measurement: SE = SD × √(1 − r) = {sd} × √(1 − {reliability}) = {se}.',
        sDiff: 'Standard error of the difference: S_diff = √(2 × SE²) = √(2 × {se}²) = {sDiff}.',
        change: 'Your change: x2 − x1 = {after} − {before} = {change}.',
        rci: 'Reliable change index: RCI = (x2 − x1) / S_diff = {change} / {sDiff} = {rci}.',
        compare:
          'Compare: |RCI| = {size}, which is {comparison} {critical}. With these values a change needs to be bigger than {threshold} points to count as reliable.',
        moreThan: 'more than',
        notMoreThan: 'not more than',
      },
      size: '|RCI| = {value}',
      noChange: 'Your score did not change, so there is no change to test (RCI = 0).',
      withinErrorImprovement:
        "Within measurement error: {size} is not more than {critical}, so this improvement could be the questionnaire's normal wobble. That does not mean nothing has changed for you.",
      withinErrorWorsening:
        "Within measurement error: {size} is not more than {critical}, so this worsening could be the questionnaire's normal wobble. That does not mean nothing has changed for you.",
      reliableImprovement:
        'Reliable improvement: {size} is more than {critical}, so a change this big is unlikely to be measurement error alone.',
      reliableWorsening:
        'Reliable worsening: {size} is more than {critical}, so a change this big is unlikely to be measurement error alone. It is worth talking about with your therapist.',
      oneToFix: 'One thing to fix',
      manyToFix: '{count} things to fix',
      /** `{count}`: oneToFix or manyToFix; `{message}`: the first error. */
      fixFirst: '{count} before the calculator can work it out. First: {message}',
      cleared: 'Cleared: your numbers are removed from this browser.',
    },
  },
  /** "What the relationship adds" (src/widgets/relationship-effects/); the rows' words are content. */
  relationshipEffects: {
    title: 'How strongly each part of the relationship goes with outcome',
    order: 'Order',
    largestFirst: 'Largest first',
    aToZ: 'A to Z',
    scale: 'Scale',
    correlation: 'Correlation (r)',
    effectSize: 'Effect size (d)',
    chart: 'Chart',
    chartDescription: 'Dot-and-whisker chart of the numbers in the table below',
    axes: { r: 'Correlation with outcome (r)', d: 'Standardised effect size (d)' },
    key: "Dot: the effect size. Whisker: its 95% confidence interval, drawn only where the source reports one. Filled dots and solid whiskers are the meta-analyses' own figures; hollow dots, dashed whiskers and ≈ mark our conversions, which are approximate. Conversions use d = 2r/√(1 − r²) and, the other way, r = d/√(d² + 4).",
    tableCaption: 'Relationship elements and outcome in the 2018 APA task force meta-analyses',
    columns: { element: 'Element', r: 'r', d: 'd', ci: '95% CI of r', evidence: 'Evidence', source: 'Source' },
    notReported: 'Not reported here',
    tableKey:
      "≈ marks a value we converted. Positive regard was reported as Hedges' g, which is read on the same scale as d.",
    /** Words the chart's script writes; in its element's data-messages (with the rows' names, for sorting). */
    messages: {
      ci: '95% CI {interval}',
      noCi: 'CI not reported here',
      status: 'Chart shows the elements {order}, {scale}.',
      byName: 'in alphabetical order',
      bySize: 'largest first',
      asR: 'as correlations (r)',
      asD: 'as standardised differences (d)',
    },
  },
  /** "Spot the factor" (src/widgets/spot-the-factor/); the factors and excerpts are content. */
  spotTheFactor: {
    title: 'Try it: spot the factor',
    intro: 'Read each short exchange. The people are fictional. For each line, decide which of these it shows, if any.',
    noScript: 'Then open the annotated version to compare.',
    withScript: 'Then check your answers. Your answers stay in this browser.',
    excerpt: 'Excerpt {number} (fictional): {title}',
    roles: { therapist: 'therapist', client: 'client' },
    /** For screen readers, before `pick`. */
    pickExcerpt: 'Excerpt {number}, ',
    pick: 'What does line {number} show?',
    choose: 'Choose…',
    none: 'None of these',
    annotated: 'Annotated version of excerpt {number}',
    annotation: 'Line {number}, {speaker}: {shows}.',
    /** In an annotation, for a line that shows none of the factors. */
    showsNone: 'None of the factors',
    check: 'Check my answers',
    clear: 'Clear answers',
    /** Words the script shows after "Check"; in its element's data-messages. */
    messages: {
      noneOfTheFactors: 'none of the factors',
      notAnswered: 'Not answered. This line shows {shows}.',
      right: 'Right: this line shows {shows}.',
      wrong: 'Not quite: you chose {chosen}; this line shows {shows}.',
      score: 'You matched {correct} of {total} lines{blank}. Each line now shows what it was written to show.',
      blank: ' ({count} left blank)',
      cleared: 'Answers cleared.',
    },
  },
  /** The dose-effect explorer (src/widgets/dose-effect/). Percentages are written by the page's locale. */
  doseEffect: {
    title: 'Explore the dose-effect curve',
    intro:
      'The line shows the share of people who had measurably improved after each number of sessions, drawn through the two figures Howard and colleagues published.',
    sessions: 'Number of sessions',
    typeIt: 'Or type it (0-{max})',
    chartDescription:
      'Line chart of the share of people measurably improved by number of sessions. It rises steeply over the first sessions, passes {half} at session 8 and {threeQuarters} at session 26, then flattens, reaching about {last} at session {max}. The table below gives the numbers.',
    published: 'about {percent} by session {sessions}',
    improved: 'People improved',
    chartKey:
      'Filled dots: the two published figures. The line between and beyond them is our smooth probit curve through those points.',
    tableCaption: 'Share of people measurably improved, by number of sessions',
    columns: { sessions: 'Sessions', improved: 'People improved', from: 'Where the figure comes from' },
    about: 'about {percent}',
    /** `{source}`: the study's authors and year. */
    reportedBy: 'Reported by {source}',
    estimated: 'Estimated from the curve',
    cautionTitle: 'What this curve is, and what it is not',
    /** Each point: a bold lead, then the rest. */
    caution: [
      {
        lead: 'An average across many people.',
        text: 'Howard and colleagues pooled 15 data sets (over 2,400 patients) from more than 30 years of research, published in 1986. How fast people improved differed by their difficulties and by how improvement was measured.',
      },
      {
        lead: 'Two published points, one drawn line.',
        text: 'Only the figures at sessions 8 and 26 come from the study; the rest is an estimate from the curve.',
      },
      { lead: 'Not a promise.', text: 'People differ. The curve cannot tell you how many sessions you will need.' },
    ],
    /** `{sources}`: the two linked citations. */
    mixes: {
      lead: 'The curve mixes people.',
      text: 'Later studies found that people who improve quickly often stop once they feel good enough, while people who stay longer tend to improve more slowly ({sources}). So the flat tail partly reflects who is still in therapy.',
    },
    /** `{source}`: the linked citation of Howard et al. */
    sourceLine: 'Source: {source}. Nothing you choose here is saved or sent anywhere.',
    /** Words the explorer's logic writes, on the page and from its script; in its element's data-messages. */
    messages: {
      /** A number of sessions, by the language's plural rules (Intl.PluralRules: "one", "other"). */
      sessions: { one: '{count} session', other: '{count} sessions' },
      zero: 'Before the first session, the curve starts at {percent}: no one has had any therapy yet.',
      published: 'After {sessions}, about {percent} of people in these studies had measurably improved.',
      estimated:
        'After {sessions}, the curve estimates that about {percent} of people in these studies had measurably improved.',
      marker: '{sessions}: about {percent}',
    },
  },
  search: {
    title: 'Search',
    description: 'Search every article on How Therapy Works. Your searches stay in your browser.',
    privacy: 'Search runs entirely in your browser: what you type is never sent anywhere.',
    noScriptTitle: 'Search needs JavaScript',
    noScript:
      'Your browser has JavaScript turned off, so search cannot run. Everything on the site can still be reached from the glossary and the section pages:',
  },
  home: {
    starting: 'Starting therapy',
    startingIntro: 'Thinking about therapy, or starting soon? Read these in order.',
    studying: 'Studying therapy',
    studyingIntro: 'Studying psychology or counselling? Start with the evidence and the debates.',
    allOfStarting: 'All of Starting therapy',
    explore: 'Explore by topic',
    articles: '{count} articles',
  },
  glossary: {
    title: 'Glossary',
    description:
      'Plain-language definitions of the terms used on How Therapy Works, with links to the articles that use them.',
    intro: '{count} terms, each with a one-line definition, a fuller explanation and the articles that use it.',
    letters: 'Glossary letters',
    sources: 'Sources:',
    aliases: 'Also called:',
    usedIn: 'Used in:',
  },
  crisis: {
    call: 'Call {number}',
    whatsapp: 'WhatsApp: {number}',
    checkedOn: 'Numbers last checked on',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Find what you were looking for from the home page, search or the glossary.',
    heading: 'We could not find that page',
    tryThese: 'The link may be old or mistyped. Try these:',
    urgent: 'If you need help urgently:',
  },
};

export type Strings = typeof en;
