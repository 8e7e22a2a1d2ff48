/**
 * The glossary as the search UI needs it, in small files by a hash of the name (/glossary/search-0.json ...):
 * a query that is exactly a term or alias shows that term's definition above the results.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { GLOSSARY_SHARD_COUNT, glossarySearchShards } from '../../lib/search';

let shards: Promise<ReturnType<typeof glossarySearchShards>> | undefined;
const glossaryShards = () =>
  (shards ??= getCollection('glossary').then((entries) =>
    glossarySearchShards(entries.map((e) => ({ id: e.id, ...e.data }))),
  ));

export const getStaticPaths = (() =>
  Array.from({ length: GLOSSARY_SHARD_COUNT }, (_, shard) => ({
    params: { shard: String(shard) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await glossaryShards())[Number(params.shard)]), {
    headers: { 'Content-Type': 'application/json' },
  });
