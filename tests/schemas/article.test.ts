import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

const keys = new Set(['howard1986', 'stulz2013']);
const valid = {
  title: 'How much therapy is enough?',
  description: 'The dose-effect research and what it means for planning therapy.',
  section: 'change-over-time',
  order: 1,
  audience: 'both',
  summary:
    'Many people feel better within a few months of weekly sessions. Some need longer. This page explains the research.',
  keyTakeaways: ['Improvement comes fast at first.', 'Then it slows down.', 'People differ a lot.'],
  lastReviewed: '2026-11-26',
};
const issues = (data: unknown) => {
  const result = articleSchema(keys).safeParse(data);
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
    const question = { question: 'Which?', options: ['A', 'B'], answer: 2, explanation: 'Because it is.' };
    expect(issues({ ...valid, quiz: [question, question, question] })).toContain(
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
  });
});
