import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

const sources = new Map([
  ['howard1986', { verified: 'full' as const }],
  ['stulz2013', { verified: 'full' as const }],
  ['someone2020', { verified: 'partial' as const }],
]);
const question = {
  question: 'What rises fast at first?',
  options: ['Improvement', 'Cost'],
  answer: 0,
  explanation: 'Most improvement comes early.',
};
const valid = {
  title: 'How much therapy is enough?',
  description: 'The dose-effect research and what it means for planning therapy.',
  section: 'change-over-time',
  order: 1,
  audience: 'both',
  summary:
    'Many people feel better within a few months of weekly sessions. Some need longer. This page explains what the ' +
    'research found about how much therapy is enough, why people differ, and what that means when you plan your own ' +
    'therapy with your therapist.',
  keyTakeaways: ['Improvement comes fast at first.', 'Then it slows down.', 'People differ a lot.'],
  lastReviewed: '2026-11-26',
  quiz: [question, question, question],
};
const issues = (data: unknown) => {
  const result = articleSchema(sources).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article schema', () => {
  it('accepts a complete article', () => {
    expect(issues(valid)).toEqual([]);
  });
  it('names an unknown section', () => {
    expect(issues({ ...valid, section: 'astrology' })[0]).toMatch(/^section:/);
  });
  it('limits the description to 160 characters', () => {
    expect(issues({ ...valid, description: 'x'.repeat(161) })[0]).toMatch(/^description:/);
  });
  it('needs 3-5 key takeaways', () => {
    expect(issues({ ...valid, keyTakeaways: ['Only one takeaway here.'] })[0]).toMatch(/^keyTakeaways:/);
  });
  it('rejects a quiz answer that is not one of the options', () => {
    const wrong = { ...question, answer: 2 };
    expect(issues({ ...valid, quiz: [wrong, wrong, wrong] })).toContain(
      'quiz.0.answer: answer must be the index of one of the options (0-based)',
    );
  });
  it('checks citation keys in the approach block', () => {
    const approach = {
      family: 'cognitive-behavioural',
      coreIdea: 'Thoughts, feelings and actions affect each other.',
      timeOrientation: ['present'],
      structure: 'Structured',
      homework: 'Yes',
      typicalSessions: { text: '12-20 sessions', cite: ['nobody2020'] },
      format: ['individual'],
      strongestEvidence: [{ condition: 'Depression', cite: ['howard1986'] }],
    };
    expect(issues({ ...valid, approach })).toEqual([
      'approach.typicalSessions.cite: unknown citation key "nobody2020" (not in references.json)',
    ]);
    const unverified = { ...approach, typicalSessions: { text: '12-20 sessions', cite: ['someone2020'] } };
    expect(issues({ ...valid, approach: unverified })).toEqual([
      'approach.typicalSessions.cite: "someone2020" is "verified": "partial" in references.json, and only fully ' +
        'verified sources may be cited. Cite a verified source instead, or confirm every detail of "someone2020" on ' +
        'the public record and set "verified": "full".',
    ]);
  });
});

describe('the summary', () => {
  it('has 40-90 words', () => {
    expect(issues({ ...valid, summary: 'Too short to open an article well.' })).toEqual([
      'summary: has 7 words; write 40-90 words.',
    ]);
    expect(issues({ ...valid, summary: `${valid.summary} ${valid.summary} ${valid.summary}` })[0]).toMatch(
      /^summary: has 1\d\d words; write 40-90 words\.$/,
    );
  });
  it('reads at school grade 9 or below (Flesch-Kincaid)', () => {
    const dense =
      'Psychotherapeutic interventions demonstrate considerable heterogeneity regarding dose-response ' +
      'relationships, necessitating individualised determination of treatment duration, particularly considering ' +
      'comorbidity, symptom chronicity, interpersonal functioning and sociodemographic characteristics, which ' +
      'collectively moderate therapeutic responsiveness across diagnostically heterogeneous populations. ' +
      'Consequently, standardised recommendations concerning optimal session quantities remain fundamentally ' +
      'provisional.';
    expect(issues({ ...valid, summary: dense })[0]).toMatch(
      /^summary: reads at school grade \d+\.\d \(Flesch-Kincaid\); the limit is 9\. Use shorter sentences/,
    );
  });
});

describe('the quiz', () => {
  it('is required unless the article is flagged quizExempt: true', () => {
    const { quiz: _quiz, ...withoutQuiz } = valid;
    expect(issues(withoutQuiz)).toEqual([
      'quiz: missing: add 3-5 questions, or, for a section index page or study aid only, set "quizExempt: true".',
    ]);
    expect(issues({ ...withoutQuiz, quizExempt: true })).toEqual([]);
  });
  it('has 3-5 questions', () => {
    expect(issues({ ...valid, quiz: [question, question] })[0]).toMatch(/^quiz: /);
  });
  it('cannot be both present and exempt', () => {
    expect(issues({ ...valid, quizExempt: true })).toEqual([
      'quizExempt: the article has a quiz; remove "quizExempt: true" (or the quiz).',
    ]);
  });
});

describe('a Spanish article', () => {
  const spanish = {
    ...valid,
    title: '¿Cuánta terapia hace falta?',
    description: 'Lo que se sabe sobre el efecto dosis-respuesta y lo que significa al planear una terapia.',
    summary:
      'Muchas personas se sienten mejor tras unos meses de sesiones semanales. Otras necesitan más tiempo. Esta ' +
      'página explica lo que sabemos sobre cuánta terapia hace falta. También cuenta por qué cada persona es ' +
      'distinta. Y le ayuda a hablar de ello con su terapeuta cuando planeen juntos su terapia.',
    translationOf: { article: 'change-over-time/dose-effect', lastReviewed: '2026-11-26' },
  };
  const issuesEs = (data: unknown) => {
    const result = articleSchema(sources, 'es').safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a complete Spanish article, with the English version it follows', () => {
    expect(issuesEs(spanish)).toEqual([]);
    const result = articleSchema(sources, 'es').safeParse(spanish);
    expect(result.success && result.data.translationOf).toEqual({
      article: 'change-over-time/dose-effect',
      lastReviewed: new Date('2026-11-26'),
    });
  });
  it('needs translationOf, with an article id and a date', () => {
    const { translationOf: _t, ...without } = spanish;
    expect(issuesEs(without)[0]).toMatch(/^translationOf: /);
    expect(issuesEs({ ...spanish, translationOf: { article: 'dose-effect', lastReviewed: '2026-11-26' } })).toEqual([
      'translationOf.article: must be an article id, "<section>/<slug>", e.g. "starting-therapy/first-session"',
    ]);
    expect(
      issuesEs({ ...spanish, translationOf: { article: 'astrology/stars', lastReviewed: '2026-11-26' } })[0],
    ).toMatch(/^translationOf\.article: must start with a section: /);
    expect(issuesEs({ ...spanish, translationOf: { article: 'change-over-time/dose-effect' } })[0]).toMatch(
      /^translationOf\.lastReviewed: /,
    );
  });
  it('has a summary of 40-100 words', () => {
    expect(issuesEs({ ...spanish, summary: 'Demasiado corto para abrir bien un artículo.' })).toContain(
      'summary: has 7 words; write 40-100 words.',
    );
    // 98 words pass in Spanish (they would not in English, 40-90).
    const long = `${spanish.summary} ${spanish.summary}`;
    expect(issuesEs({ ...spanish, summary: long })).toEqual([]);
    expect(issues({ ...valid, summary: long })[0]).toMatch(/^summary: has 98 words; write 40-90 words\.$/);
  });
  it('reads "bastante fácil" or easier on the INFLESZ scale, naming the score, the band and the fix', () => {
    const dense =
      'La duración óptima del tratamiento psicoterapéutico depende de características sociodemográficas, ' +
      'comorbilidades psiquiátricas y particularidades interpersonales, cuya interacción determina la respuesta ' +
      'terapéutica diferencial observada en poblaciones diagnósticamente heterogéneas, lo que imposibilita ' +
      'establecer recomendaciones universales sobre el número de sesiones necesarias.';
    expect(issuesEs({ ...spanish, summary: dense })).toContainEqual(
      expect.stringMatching(
        /^summary: reads at INFLESZ -?\d+\.\d \("muy difícil"\); a Spanish summary must read "bastante fácil" or easier, 65 or more\. Use shorter sentences/,
      ),
    );
  });
  it('is not held to the English grade level', () => {
    // Flesch-Kincaid reads Spanish words as long English ones; the Spanish summary above would fail it.
    expect(issues({ ...valid, summary: spanish.summary })[0]).toMatch(/^summary: reads at school grade/);
    expect(issuesEs(spanish)).toEqual([]);
  });
});

describe('an English article', () => {
  it('does not accept translationOf', () => {
    expect(
      issues({ ...valid, translationOf: { article: 'change-over-time/dose-effect', lastReviewed: '2026-11-26' } }),
    ).toEqual([
      'translationOf: only a translation (content/<lang>/articles/...) says which English article it follows; remove translationOf.',
    ]);
  });
});
