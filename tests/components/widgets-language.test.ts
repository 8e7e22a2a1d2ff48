/**
 * The widgets render in the page's language: each component, rendered for an English and a Spanish URL,
 * shows its words from that language's strings and content, and on the Spanish page none of the English
 * words of its strings block (the ones the Spanish does not share). Rendered with Astro's container, so
 * this holds without a build and without the Spanish articles that embed the widgets.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/strings/en';
import { es } from '../../src/i18n/strings/es';
import DoseEffectExplorer from '../../src/widgets/dose-effect/DoseEffectExplorer.astro';
import RelationshipEffectsChart from '../../src/widgets/relationship-effects/RelationshipEffectsChart.astro';
import ReliableChangeCalculator from '../../src/widgets/reliable-change/ReliableChangeCalculator.astro';
import SpotTheFactor from '../../src/widgets/spot-the-factor/SpotTheFactor.astro';

// Which pages exist in Spanish comes from the articles, which the container does not load: say it here.
const SPANISH_ARTICLES = new Set(['/what-heals/therapeutic-alliance/']);
vi.mock('../../src/i18n/pages', () => ({
  existsIn: async (path: string, lang: string) => lang === 'en' || SPANISH_ARTICLES.has(path),
}));

const WIDGETS = [
  { block: 'doseEffect', component: DoseEffectExplorer, page: '/change-over-time/dose-effect/' },
  { block: 'reliableChange', component: ReliableChangeCalculator, page: '/starting-therapy/is-it-working/' },
  { block: 'relationshipEffects', component: RelationshipEffectsChart, page: '/what-heals/common-factors/' },
  { block: 'spotTheFactor', component: SpotTheFactor, page: '/what-heals/common-factors/' },
] as const;

/** Every string of a strings block, without its `{slots}`: the longest literal part of each. */
function literals(value: unknown): string[] {
  if (typeof value === 'string')
    return [
      value
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0],
    ];
  return value && typeof value === 'object' ? Object.values(value).flatMap(literals) : [];
}

async function render(component: (typeof WIDGETS)[number]['component'], url: string) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { request: new Request(`https://example.org${url}`) });
  // A space between tags, so the text of neighbouring elements does not run together into one word.
  const root = parse(html.replaceAll('><', '> <'));
  const element = root.firstChild;
  const messages = JSON.parse(root.querySelector('[data-messages]')?.getAttribute('data-messages') ?? '{}');
  return { html, text: root.textContent.replace(/\s+/g, ' '), element, messages };
}

describe.each(WIDGETS)('$block', ({ block, component, page }) => {
  it('renders in English from the English strings', async () => {
    const { text, messages } = await render(component, page);
    expect(text).toContain(literals(en[block])[0]);
    expect(messages.locale).toBe('en-GB');
  });

  it('renders on a Spanish page with Spanish words only', async () => {
    const { text, messages } = await render(component, `/es${page}`);
    const spanish = new Set(literals(es[block]));
    const english = literals(en[block]).filter((words) => words.length >= 4 && !spanish.has(words));
    const found = english.filter((words) =>
      new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text),
    );
    expect(found).toEqual([]);
    expect(text).toContain(literals(es[block])[0]);
    expect(messages.locale).toBe('es');
    // The script's words are the Spanish ones too.
    expect(literals(messages).filter((words) => english.includes(words))).toEqual([]);
  });
});

it('links a relationship element to its Spanish article where there is one, otherwise to the English', async () => {
  const { html } = await render(RelationshipEffectsChart, '/es/what-heals/common-factors/');
  const links = parse(html)
    .querySelectorAll('tbody th a')
    .map((a) => a.getAttribute('href'));
  expect(links).toContain('/es/what-heals/therapeutic-alliance/');
  expect(links).toContain('/what-heals/empathy/');
  expect(links).not.toContain('/es/what-heals/empathy/');
});
