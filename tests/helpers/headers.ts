/**
 * The built `_headers` file, read the way Netlify and Cloudflare Pages read it (Netlify's own parser), so
 * local test servers send exactly the headers a real host would.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

export type ApplyHeaders = (pathname: string, res: ServerResponse) => void;

/** Parses `<dist>/_headers`; a malformed file fails with the parser's own errors. */
export async function headerRules(dist: string): Promise<ApplyHeaders> {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: the security-headers integration did not run`);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  const rules = headers as Header[];
  return (pathname, res) => {
    for (const rule of rules) {
      if (rule.forRegExp.test(pathname))
        for (const [name, value] of Object.entries(rule.values)) res.setHeader(name, value);
    }
  };
}
