import { describe, expect, it } from 'vitest';
import { empathicResponsesContent } from '../../../src/widgets/empathic-responses/empathic-responses-content';

const { statements: CLIENT_STATEMENTS, parts: EMPATHY_PARTS, replyKinds: REPLY_KINDS } = empathicResponsesContent();

const parts = Object.keys(EMPATHY_PARTS);
const kinds = Object.keys(REPLY_KINDS);

describe('empathic-response items', () => {
  it('has at least 6 statements from different people, with unique ids', () => {
    expect(CLIENT_STATEMENTS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(CLIENT_STATEMENTS.map((s) => s.id)).size).toBe(CLIENT_STATEMENTS.length);
    expect(new Set(CLIENT_STATEMENTS.map((s) => s.name)).size).toBe(CLIENT_STATEMENTS.length);
  });

  it.each(CLIENT_STATEMENTS.map((s) => [s.id, s]))(
    '%s has four complete replies and exactly one most empathic',
    (_id, s) => {
      expect(s.name).toMatch(/^[A-Z][a-z]+$/); // a first name only
      expect(s.statement.trim().length).toBeGreaterThan(20);
      expect(s.replies).toHaveLength(4);
      expect(s.replies.filter((r) => r.kind === 'empathic')).toHaveLength(1);
      expect(new Set(s.replies.map((r) => r.kind)).size, 'four different kinds').toBe(4);
      for (const r of s.replies) {
        expect(r.text.trim().length).toBeGreaterThan(5);
        expect(r.feedback.trim().length).toBeGreaterThan(20);
        expect(kinds).toContain(r.kind);
        for (const p of [...r.shows, ...r.misses]) expect(parts).toContain(p);
        expect(
          r.shows.filter((p) => r.misses.includes(p)),
          'a part cannot be shown and missed',
        ).toEqual([]);
        // The most empathic reply shows several parts and misses none; every other reply misses something.
        if (r.kind === 'empathic') {
          expect(r.shows.length).toBeGreaterThanOrEqual(3);
          expect(r.misses).toEqual([]);
        } else {
          expect(r.misses.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it('does not always put the most empathic reply in the same place', () => {
    const places = new Set(CLIENT_STATEMENTS.map((s) => s.replies.findIndex((r) => r.kind === 'empathic')));
    expect(places.size).toBeGreaterThanOrEqual(3);
  });

  it('teaches every part of empathy and contrasts sympathy with empathy', () => {
    const used = new Set(CLIENT_STATEMENTS.flatMap((s) => s.replies.flatMap((r) => [...r.shows, ...r.misses])));
    expect([...used].sort()).toEqual([...parts].sort());
    expect(CLIENT_STATEMENTS.filter((s) => s.replies.some((r) => r.kind === 'sympathy')).length).toBeGreaterThanOrEqual(
      2,
    );
  });
});
