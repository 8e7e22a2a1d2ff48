/**
 * The build hosted under a sub-path differs from the root build only in its URLs. Its links, assets and
 * redirect pages are all checked statically (tests/site/links.test.ts); here a browser proves the parts
 * that fetch by URL at run time work under the base: search (Pagefind's files), the theme toggle, quick
 * exit, and one explainer whose behaviour is imported on demand (the self-check quiz).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { siteChrome } from '../helpers/page-suite';
import { DIST_SUBPATH, SUBPATH } from '../helpers/paths';

const session = siteChrome(DIST_SUBPATH, SUBPATH);

const quizArticle = builtPages(DIST_SUBPATH).find(
  (p) => p.root.querySelector('self-check-quiz') && p.root.querySelector('[data-pagefind-body]'),
);

describe(`self-check quiz under ${SUBPATH}`, () => {
  it('loads its behaviour from under the base when reached, and gives feedback', async () => {
    expect(quizArticle, 'an article with a quiz').toBeDefined();
    const question = quizArticle?.root.querySelector('.quiz-question');
    const right = Number(question?.getAttribute('data-answer'));
    const { page, errors, close } = await session.open(quizArticle?.url ?? '/', {
      ready: async (p) => {
        await p.locator('self-check-quiz').first().scrollIntoViewIfNeeded();
        await p.locator('self-check-quiz input[type="radio"]').first().waitFor({ state: 'visible' });
      },
    });
    const loaded: string[] = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    // The quiz's behaviour (src/widgets/quiz/quiz-element.ts) is the chunk its loader fetches on approach.
    expect(loaded.filter((p) => p.includes('quiz-element'))).toEqual([
      expect.stringMatching(new RegExp(`^${SUBPATH}`)),
    ]);
    const first = page.locator('.quiz-question').first();
    await first.locator('input[type="radio"]').nth(right).check();
    await expect.poll(() => first.locator('.quiz-feedback').innerText()).toBe('Correct.');
    expect(errors).toEqual([]);
    await close();
  });
});
