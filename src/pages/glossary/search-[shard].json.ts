import { glossaryShardPaths, glossaryShardRoute } from '../../lib/glossary-search-route';

export const getStaticPaths = glossaryShardPaths;
export const GET = glossaryShardRoute('en');
