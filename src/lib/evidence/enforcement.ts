/**
 * THE switch for the numbers rule in the build: `warn` prints each file's problems and builds on;
 * `error` fails the build (and shows the dev overlay) with every problem of the file.
 *
 * Every number on the site passes it, so the default is `error`; there is no allow-list of exceptions.
 * HTW_EVIDENCE=warn lets one run build on while a writer works through a long report.
 */
export type EvidenceMode = 'warn' | 'error';

export const DEFAULT_EVIDENCE_MODE: EvidenceMode = 'error';

export function evidenceMode(value: string | undefined = process.env.HTW_EVIDENCE): EvidenceMode {
  if (value === undefined || value === '') return DEFAULT_EVIDENCE_MODE;
  if (value === 'warn' || value === 'error') return value;
  throw new Error(`HTW_EVIDENCE="${value}": expected "warn" or "error".`);
}
