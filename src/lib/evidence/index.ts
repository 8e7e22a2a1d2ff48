/** The numbers rule (docs/numbers-rule.md): every statistic follows a source cited beside it. */
export { backs } from './match.ts';
export type { Hedge, SourceFigure, StatedFigure } from './match.ts';
export { extractStatistics } from './statistics.ts';
export type { Statistic } from './statistics.ts';
export { figuresInText, sourceFigures } from './source-figures.ts';
export type { EvidenceSource } from './source-figures.ts';
export { bodyBlocks } from './blocks.ts';
export type { MdNode, ProseBlock } from './blocks.ts';
export { readFrontmatter, frontmatterBlocks } from './frontmatter.ts';
export { checkBlock, checkFile, formatFileReport, formatProblem, HOW_TO_FIX } from './check.ts';
export type { EvidenceProblem, Sources } from './check.ts';
export { readEvidenceSources } from './sources-file.ts';
export { unbackedStatistics } from './check.ts';
export { DEFAULT_EVIDENCE_MODE, evidenceMode } from './enforcement.ts';
export type { EvidenceMode } from './enforcement.ts';
