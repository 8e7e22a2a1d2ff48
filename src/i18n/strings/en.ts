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
    studying: 'Studying therapy',
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
