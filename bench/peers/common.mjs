// Shared by the peer-benchmark adapters: the built core (dist/core.js) with the built-in packs and no
// guide, every finding counted (errors, warnings and info), as the CLI reports them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const version = () => `community-kit ${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}`;

export function lint(path) {
  const core = require('../../dist/core.js');
  const config = core.defaultConfig(core.BUILTIN_CATALOG);
  return (text) => {
    const r = core.lintKitFile(path, text, { config, catalog: core.BUILTIN_CATALOG });
    return r.findings.length + r.problems.length;
  };
}
