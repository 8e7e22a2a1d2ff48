/**
 * The offline copy's shared vocabulary, used by the Read offline page, its service worker and the build:
 * what is saved (the precache manifest), how progress is counted and shown, and the messages the page and
 * the worker exchange. Pure: no DOM, no service-worker globals.
 */

/** One file of the offline copy, as the build lists it (workbox-build's manifest entry plus its size). */
export interface OfflineEntry {
  /** Relative to the service worker's location, e.g. "glossary/index.html" or "_astro/Quiz.abc123.js". */
  url: string;
  /** Content hash for files whose name does not carry one; null for content-hashed files. */
  revision: string | null;
  /** Size in bytes, as stored in the built site. */
  bytes: number;
}

/** What saving downloads, computed at build time and shown before the reader chooses. */
export interface OfflineSummary {
  bytes: number;
  files: number;
  pages: number;
}

/** A page is an HTML file (articles are folders with an index.html). */
export const isPage = (url: string): boolean => url.endsWith('.html');

export function summarise(entries: readonly Pick<OfflineEntry, 'url' | 'bytes'>[]): OfflineSummary {
  return {
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    files: entries.length,
    pages: entries.filter((entry) => isPage(entry.url)).length,
  };
}

/** "5.3 MB", "840 KB": one decimal in megabytes, whole kilobytes below one megabyte (1 MB = 1,000,000 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '0 KB';
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** Progress of one download run (the first save, or an update that fetches only changed files). */
export interface Progress {
  doneBytes: number;
  totalBytes: number;
  donePages: number;
  totalPages: number;
}

/** What the progress bar and its text say. The fraction never leaves 0-1, whatever the counts. */
export function describeProgress(p: Progress): { fraction: number; text: string } {
  const fraction = p.totalBytes > 0 ? Math.min(1, Math.max(0, p.doneBytes / p.totalBytes)) : 1;
  const pages = `${Math.min(p.donePages, p.totalPages)} of ${p.totalPages} pages`;
  return {
    fraction,
    text: `${formatBytes(Math.min(p.doneBytes, p.totalBytes))} of ${formatBytes(p.totalBytes)}, ${pages}`,
  };
}

/** "4 December 2026": the date the saved copy was built, in the reader's words. */
export function formatBuildDate(iso: string, locale = 'en-GB'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Messages from the service worker to the pages it serves. */
export type WorkerMessage =
  | ({ type: 'progress' } & Progress)
  | { type: 'saved'; builtAt: string; updated: boolean; changedFiles: number }
  | { type: 'status'; builtAt: string };

/** Messages from a page to the service worker: ask what is saved, or stop a download in progress. */
export type PageMessage = { type: 'status' } | { type: 'cancel' };

const PROGRESS_FIELDS = ['doneBytes', 'totalBytes', 'donePages', 'totalPages'] as const;

/** Accepts only well-formed worker messages: anything else (another tool's message, a stale format) is ignored. */
export function readWorkerMessage(data: unknown): WorkerMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'progress') {
    return PROGRESS_FIELDS.every((field) => typeof message[field] === 'number' && Number.isFinite(message[field]))
      ? (message as unknown as WorkerMessage)
      : undefined;
  }
  if (message.type === 'saved' && typeof message.builtAt === 'string' && typeof message.updated === 'boolean')
    return {
      type: 'saved',
      builtAt: message.builtAt,
      updated: message.updated,
      changedFiles: Number(message.changedFiles) || 0,
    };
  if (message.type === 'status' && typeof message.builtAt === 'string')
    return { type: 'status', builtAt: message.builtAt };
  return undefined;
}

/** Accepts only the messages a page may send; anything else is ignored. */
export function readPageMessage(data: unknown): PageMessage | undefined {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  return type === 'status' || type === 'cancel' ? { type } : undefined;
}

/** The one cache the offline copy lives in; removing the copy deletes it. */
export const OFFLINE_CACHE = 'htw-offline';
