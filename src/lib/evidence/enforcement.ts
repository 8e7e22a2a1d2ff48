/**
 * THE switch for the numbers rule in the build: `warn` prints each file's problems and builds on;
 * `error` fails the build (and shows the dev overlay) with every problem of the file.
 *
 * The default stays `warn` until the second readers' reviewed content is merged; then the lead changes
 * DEFAULT_EVIDENCE_MODE to 'error' (and nothing else: there is no allow-list of exceptions).
 * HTW_EVIDENCE=error|warn overrides the default for one run, e.g. `HTW_EVIDENCE=error npm run build`.
 */
export type EvidenceMode = 'warn' | 'error';

export const DEFAULT_EVIDENCE_MODE: EvidenceMode = 'warn';

export function evidenceMode(value: string | undefined = process.env.HTW_EVIDENCE): EvidenceMode {
  if (value === undefined || value === '') return DEFAULT_EVIDENCE_MODE;
  if (value === 'warn' || value === 'error') return value;
  throw new Error(`HTW_EVIDENCE="${value}": expected "warn" or "error".`);
}
