import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  // npm runs scripts with node_modules/.bin first on PATH, where the `node` devDependency puts Node 24.
  // If its install script was skipped, npm would silently fall back to the machine's Node 20.
  it('runs on the pinned Node 24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
