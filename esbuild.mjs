// Builds every bundle: the extension (CommonJS, `vscode` external), the tone-lint CLI, the webview
// scripts (browser IIFE) and the integration-test entry that runs inside a real VS Code.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// esbuild counts Unicode property escapes (\p{L}) as unsupported on Node 20 and rewrites each such regex
// literal into `new RegExp(...)`, which compiles it again at every call: in a function that runs for
// every text, that was a tenth of tone-lint's time. Node 20 and the browsers webviews run in have them.
const supported = { 'regexp-unicode-property-escapes': true };
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', supported };

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };

/** Every `.ts` file directly in a folder, for entry lists that grow as features land. */
const tsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : []);

const builds = [
  // The starter kit (examples/) is embedded in the extension as text, for Create Community Kit.
  { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], loader: { '.yaml': 'text', '.md': 'text' } },
  { ...node, entryPoints: ['src/cli/tone-lint.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // Webview scripts run in the browser sandbox of a webview: no Node, no eval, CSP nonces only.
  ...(tsIn('media/src').length
    ? [{ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: tsIn('media/src'), outdir: 'dist/media' }]
    : []),
  // Integration tests run inside the real extension host; mocha and vscode come from the host/node_modules.
  ...(tsIn('test/integration').length
    ? [{ ...node, entryPoints: tsIn('test/integration'), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] }]
    : []),
  // The editor benchmark runs inside the real VS Code through the same harness (npm run bench:vscode).
  ...(tsIn('bench/extension').length ? [{ ...node, entryPoints: tsIn('bench/extension'), outdir: 'dist/bench/extension', external: ['vscode'] }] : []),
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
