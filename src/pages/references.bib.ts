import type { APIRoute } from 'astro';
import { toBibtex } from '../lib/references';

/** The whole bibliography as a BibTeX file, generated from content/references.json. */
export const GET: APIRoute = () =>
  new Response(toBibtex(), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
