import { describe, expect, it } from 'vitest';
import { parseWidgetContent } from '../../../src/widgets/shared/widget-content';
import { empathicResponsesSchema } from '../../../src/widgets/empathic-responses/empathic-responses-content';
import { thinkingTrapsSchema } from '../../../src/widgets/thinking-traps/thinking-traps-content';

const FILE = 'content/widgets/thinking-traps.yaml';
const TRAPS = 'traps:\n  - { id: labeling, name: Labeling }\n  - { id: mind-reading, name: Mind reading }\n';
const ITEM = (distortion: string) =>
  `items:\n  - id: a\n    who: Ana, at work\n    thought: I am useless.\n    distortion: ${distortion}\n    why: One mistake becomes a label for the whole person.\n    balanced: I made a mistake today, and I can fix most of it.\n`;

describe('widget content', () => {
  it('parses a valid file', () => {
    expect(parseWidgetContent(FILE, TRAPS + ITEM('labeling'), thinkingTrapsSchema).items[0].distortion).toBe(
      'labeling',
    );
  });

  it('names the file, the field and the fix for a reference that does not exist', () => {
    expect(() => parseWidgetContent(FILE, TRAPS + ITEM('telepathy'), thinkingTrapsSchema)).toThrow(
      /thinking-traps\.yaml: items\.0\.distortion: "telepathy" is not one of the traps/,
    );
  });

  it('names a missing field', () => {
    expect(() =>
      parseWidgetContent(
        FILE,
        TRAPS.replace('name: Labeling', 'nom: Labeling') + ITEM('labeling'),
        thinkingTrapsSchema,
      ),
    ).toThrow(/traps\.0\.name: /);
  });

  it('holds each statement to exactly one most empathic reply', () => {
    const reply = (kind: string) =>
      `      - { text: A reply here., kind: ${kind}, shows: [], misses: [], feedback: Why this reply is what it is. }\n`;
    const yaml = `parts: { compassion: compassion }\nreplyKinds: { empathic: Empathic, advice: Advice }\nstatements:\n  - id: p\n    name: Priya\n    statement: Some days I cannot get up.\n    replies:\n${reply('advice').repeat(4)}`;
    expect(() => parseWidgetContent('content/widgets/empathic-responses.yaml', yaml, empathicResponsesSchema)).toThrow(
      /statements\.0\.replies: needs exactly one reply of kind "empathic"/,
    );
  });
});
