#!/usr/bin/env node
// The same integration suite under @vscode/test-electron, for a desktop with internet access (it
// downloads VS Code from Microsoft's update server, which the offline CI machines cannot reach; there
// the code-server harness in run.mjs runs the very same dist/test/integration/index.js).
//   npm run build && node test/vscode/electron.mjs [--version stable|insiders|1.95.0]
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const version = process.argv.includes('--version') ? process.argv[process.argv.indexOf('--version') + 1] : 'stable';
const workspace = mkdtempSync(join(tmpdir(), 'ck-ws-'));
cpSync(join(HERE, 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'dist/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error('integration tests failed:', e);
  process.exit(1);
}
