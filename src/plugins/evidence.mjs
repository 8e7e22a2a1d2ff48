// @ts-check
/**
 * The numbers rule (docs/numbers-rule.md) on every article and glossary entry, in each language (a file
 * under content/<lang>/ is read with that language's words, src/lib/evidence/lexicon/), as a Sätteri mdast
 * plugin (src/plugins/index.ts). Each statistic in a block must be backed by the `finding` or `figures` of a
 * source cited in that block (frontmatter prose: by any source the article cites), and each <Derived> must
 * name cited sources and say how. All problems of a file are reported together, with file, line, number,
 * block and the fix.
 *
 * Whether a problem fails the build or only warns is set in ONE place: src/lib/evidence/enforcement.ts
 * (HTW_EVIDENCE=warn|error overrides it per run). The rule itself lives in src/lib/evidence/, shared
 * with `npm run evidence`, which reports the same problems without a build.
 *
 * The frontmatter reaches the pipeline parsed, without positions, so the check reads the raw file for
 * frontmatter text and lines (Astro blanks the frontmatter with spaces, so body positions are already the
 * file's own lines).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFile } from '../lib/content-file.ts';
import { checkFile, evidenceMode, formatFileReport, readEvidenceSources } from '../lib/evidence/index.ts';

/**
 * @param {{ contentDir: string, mode?: import('../lib/evidence/index.ts').EvidenceMode }} options
 * @returns {import('satteri').MdastPluginDefinition}
 */
export function evidence({ contentDir, mode = evidenceMode() }) {
  return {
    name: 'htw-evidence',
    // Positions give each unbacked number its line.
    options: { position: true },
    before(root, ctx) {
      if (!ctx.fileURL) return;
      const filePath = fileURLToPath(ctx.fileURL);
      // A translation (content/<lang>/articles/..., content/<lang>/glossary/...) is read in its language.
      const { lang, inLanguage } = contentFile(contentDir, filePath);
      const glossary = /^glossary\/[^/]+\.md$/.test(inLanguage);
      if (!glossary && !/^articles\/.+\.mdx?$/.test(inLanguage)) return;

      const problems = checkFile({
        source: readFileSync(filePath, 'utf8'),
        tree: /** @type {import('../lib/evidence/blocks.ts').MdNode} */ (root),
        sources: readEvidenceSources(contentDir),
        glossary,
        lang,
      });
      if (problems.length === 0) return;
      const report = formatFileReport(path.relative(process.cwd(), filePath), problems);
      if (mode === 'error') {
        // line/column point the dev overlay (and Astro's "Location:") at the first problem.
        throw Object.assign(new Error(report), { line: problems[0].line, column: 1 });
      }
      console.warn(`[numbers rule, warning only until src/lib/evidence/enforcement.ts says 'error']\n${report}`);
    },
  };
}
