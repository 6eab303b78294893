#!/usr/bin/env bash
# npm run bench:peers — tone-lint side by side with alex, write-good, textlint, retext and harper.js in
# one run of the shared peer benchmark (../shared/bench-peers beside the project; read-only, so it is
# copied to a cache folder and installed there once). A benchmark, never a test: ~5 minutes on 2 cores.
#   BENCH_PEERS   the peer benchmark folder (default: ../shared/bench-peers from the project root)
#   Extra arguments go to bench.mjs (e.g. --quick, --only write-good,tone-md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${BENCH_PEERS:-$ROOT/../shared/bench-peers}
[ -f "$SRC/bench.mjs" ] || { echo "bench:peers: no peer benchmark at $SRC (set BENCH_PEERS)" >&2; exit 2; }
WORK=${COMMUNITY_KIT_PEERS_CACHE:-$HOME/.cache/community-kit-bench-peers}
mkdir -p "$WORK"
cp -r "$SRC"/. "$WORK"/ && chmod -R u+w "$WORK"
cd "$WORK" && mkdir -p out
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
[ -f corpus/manifest.json ] || node make-corpus.mjs
(cd "$ROOT" && node esbuild.mjs)
B="$ROOT/bench/peers"
node bench.mjs \
  --extra "tone-md=$B/md.mjs" --extra "tone-ru=$B/ru.mjs" --extra "tone-yaml=$B/yaml.mjs" \
  --extra "tone-cli=node $ROOT/dist/cli.js --quiet {md}" "$@" > "$WORK/out/compare.jsonl"
echo "results: $WORK/out/results.md (JSON lines: $WORK/out/compare.jsonl)" >&2
cat "$WORK/out/results.md"
