/**
 * The content rules that need the whole site at once (which entry is cited anywhere, which glossary term is
 * used anywhere). Pure functions returning one message per problem, each naming the file, the entry and the
 * fix; src/lib/collections.ts runs them while the site is assembled, so they fail the build and show in
 * `npm run dev`'s error overlay.
 */
import { citationProblem, type Bibliography } from './bibliography';

/**
 * The ids cited anywhere: by articles (their <Cite>s and approach blocks) or by glossary entries (their
 * `sources`). An entry cited only by a glossary entry counts as cited.
 */
export function citedSources(
  articleCitations: Iterable<string>,
  glossary: readonly { data: { sources?: string[] } }[],
): Set<string> {
  return new Set([...articleCitations, ...glossary.flatMap((entry) => entry.data.sources ?? [])]);
}

/**
 * Every id cited by an article or glossary entry can be cited (exists, fully verified). The Markdown plugin
 * and the schemas check this as each file is compiled; checking again here, against the bibliography as it
 * is now, keeps `npm run dev` honest when only content/references.json changed (the dev server does not
 * recompile an article whose own file did not change).
 */
export function citationProblems(
  bibliography: Bibliography,
  citers: readonly { file: string; ids: Iterable<string> }[],
): string[] {
  return citers.flatMap(({ file, ids }) =>
    [...new Set(ids)].flatMap((id) => {
      const why = citationProblem(id, bibliography.byId, bibliography.file);
      return why ? [`${file}: cites "${id}": ${why}`] : [];
    }),
  );
}

/** Every bibliography entry is cited by an article or a glossary entry, or marked as background reading. */
export function bibliographyUseProblems(bibliography: Bibliography, cited: ReadonlySet<string>): string[] {
  return bibliography.entries
    .filter((entry) => !cited.has(entry.id) && !entry.background)
    .map(
      (entry) =>
        `${bibliography.file}: entry "${entry.id}": not cited by any article or glossary entry. Cite it, delete ` +
        'the entry, or mark it "background": true if it is background reading.',
    );
}

/** Every glossary entry is used by at least one article (<Term id="...">). */
export function glossaryUseProblems(
  entries: readonly { id: string; filePath?: string }[],
  used: ReadonlySet<string>,
): string[] {
  return entries
    .filter((entry) => !used.has(entry.id))
    .map(
      (entry) =>
        `${entry.filePath ?? `glossary/${entry.id}.md`}: no article uses this term. Use it in an article with ` +
        `<Term id="${entry.id}">...</Term>, or delete the entry.`,
    );
}

/** Throws one error listing every problem, or returns when there are none. */
export function failOnProblems(problems: readonly string[]): void {
  if (problems.length) throw new Error(`Content errors:\n  ${problems.join('\n  ')}`);
}
