#!/usr/bin/env bash
# npm run test:vscode — install the real VS Code once (cached), then run the suite and the UI checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash test/vscode/setup.sh
# The packaged .vsix is tested too (installed into a fresh code-server); packaging also builds.
npm run --silent package >/dev/null
exec node test/vscode/run.mjs
