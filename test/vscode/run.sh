#!/usr/bin/env bash
# npm run test:vscode — install the real VS Code once (cached), then run the suite and the UI checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash test/vscode/setup.sh
[ -f dist/test/integration/index.js ] || node esbuild.mjs
exec node test/vscode/run.mjs
