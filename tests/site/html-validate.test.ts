/**
 * Every built page is valid HTML by html-validate's recommended rules. Rules turned off in
 * .htmlvalidate.json are matters of style (Astro's output formatting), not validity; each is listed there.
 */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/paths';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it.each(builtPages(DIST).map((p) => [p.url, p.file]))('%s has no errors', async (_url, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages, `in ${file.replace(ROOT, '')}`).toEqual([]);
  });
});
