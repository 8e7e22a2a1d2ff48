/**
 * The numbers rule (docs/numbers-rule.md): every statistic follows a source cited beside it.
 * What the build plugin and the widget figure tests use; the parts live in the files beside this one.
 */
export { checkFile, formatFileReport, unbackedStatistics } from './check.ts';
export { extractStatistics } from './statistics.ts';
export { readEvidenceSources } from './sources-file.ts';
export { evidenceMode } from './enforcement.ts';
export type { EvidenceMode } from './enforcement.ts';
