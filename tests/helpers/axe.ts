import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page for WCAG 2.2 A and AA and returns the violations as readable lines.
 * Browser-side code is passed as a string so Vitest does not rewrite it.
 */
export async function axeViolations(page: Page, selector = 'document'): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations: { id: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(${selector === 'document' ? 'document' : JSON.stringify(selector)}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then(r => r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => ({ target: n.target })) })))`,
  );
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}
