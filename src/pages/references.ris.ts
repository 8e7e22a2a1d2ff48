import type { APIRoute } from 'astro';
import { toRis } from '../lib/references';

/** The whole bibliography as an RIS file, generated from content/references.json. */
export const GET: APIRoute = () =>
  new Response(toRis(), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
