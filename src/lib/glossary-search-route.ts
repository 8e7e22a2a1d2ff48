/**
 * The glossary as the search UI needs it, in small files by a hash of the name (glossary/search-0.json ...),
 * one set per language (the Spanish set under /es/): a query that is exactly a term or alias shows that
 * term's definition above the results.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../i18n/languages.mjs';
import { glossaryOf } from './collections';
import { GLOSSARY_SHARD_COUNT, glossarySearchShards } from './search';

const shards = new Map<Lang, Promise<ReturnType<typeof glossarySearchShards>>>();

function shardsOf(lang: Lang) {
  let built = shards.get(lang);
  if (!built) {
    built = glossaryOf(lang).then((entries) => glossarySearchShards(entries.map((e) => ({ id: e.id, ...e.data }))));
    shards.set(lang, built);
  }
  return built;
}

export const glossaryShardPaths = (() =>
  Array.from({ length: GLOSSARY_SHARD_COUNT }, (_, shard) => ({
    params: { shard: String(shard) },
  }))) satisfies GetStaticPaths;

export const glossaryShardRoute =
  (lang: Lang): APIRoute =>
  async ({ params }) =>
    new Response(JSON.stringify((await shardsOf(lang))[Number(params.shard)]), {
      headers: { 'Content-Type': 'application/json' },
    });
