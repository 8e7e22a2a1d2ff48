// Types for what the project uses from packages that ship none, and for .astro imports when plain `tsc`
// (which cannot read .astro files; `astro check` can) type-checks a .ts module that imports a component.

declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): { format: Record<string, unknown> } } };
}
