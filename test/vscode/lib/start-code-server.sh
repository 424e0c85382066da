#!/bin/bash
# test/vscode/lib/start-code-server.sh - run code-server (VS Code web workbench + server) in the
# foreground on 127.0.0.1 without auth, with everything it writes confined to RUN_DIR.
#
# Usage:  start-code-server.sh RUN_DIR [code-server args...] [FOLDER]
#   RUN_DIR  created when missing: user-data/ (User/settings.json written once), extensions/,
#            config.yaml, and the HOME, TMPDIR and XDG_* folders the server runs with
#   args     passed through, e.g. --vscode-option enable-smoke-test-driver, or
#            --install-extension X.vsix (installs into RUN_DIR/extensions, then exits)
# Env:    PORT (required), RUN_TMPDIR (default RUN_DIR/tmp; must be short, see below),
#         plus the folders of lib/paths.sh
# It execs, so its PID is code-server's: stop it with killtree.sh PID.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 64; }
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
source "$HERE/paths.sh"
: "${PORT:?PORT must be set}"
RUN_DIR=$1; shift
mkdir -p "$RUN_DIR"/{user-data/User,extensions,home,xdg-config,xdg-data,xdg-cache}
RUN_DIR=$(cd "$RUN_DIR" && pwd)
RUN_TMPDIR=${RUN_TMPDIR:-$RUN_DIR/tmp}; mkdir -p "$RUN_TMPDIR"
NODE24=$TOOLS_DIR/bin/node
[ -x "$NODE24" ] || { echo "start-code-server.sh: $NODE24 missing; run test/vscode/install.sh" >&2; exit 2; }

# User settings that keep the UI predictable for automation: no Welcome tab, no chat side bar or agent
# (they steal focus and add a process), quick hovers, no auto-save (the quick-fix check reads the
# buffer, and fixtures are copies anyway), and no Git prompt about the repository the default cache
# folder sits in (it covers the Problems panel in screenshots).
SETTINGS=$RUN_DIR/user-data/User/settings.json
[ -f "$SETTINGS" ] || cat > "$SETTINGS" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.editor.enablePreview": false,
  "chat.disableAIFeatures": true,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "files.autoSave": "off",
  "git.openRepositoryInParentFolders": "never",
  "git.autoRepositoryDetection": false,
  "editor.hover.delay": 100,
  "editor.minimap.enabled": false
}
JSON
# An explicit --config; otherwise code-server creates ~/.config/code-server/config.yaml.
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN_DIR/config.yaml"

# Sandbox: heartbeat and logs (XDG_DATA_HOME), device id (XDG_CACHE_HOME), IPC sockets and the Node
# compile cache (TMPDIR) all land in RUN_DIR. VS Code prefers XDG_RUNTIME_DIR for sockets: unset it.
# Unix socket paths are limited to 107 bytes, hence a short TMPDIR.
export HOME=$RUN_DIR/home TMPDIR=$RUN_TMPDIR XDG_CONFIG_HOME=$RUN_DIR/xdg-config \
       XDG_DATA_HOME=$RUN_DIR/xdg-data XDG_CACHE_HOME=$RUN_DIR/xdg-cache
unset XDG_RUNTIME_DIR
[ ${#TMPDIR} -le 50 ] || echo "start-code-server.sh: warning: TMPDIR $TMPDIR is long; set RUN_TMPDIR" >&2

# --reconnection-grace-time 5: otherwise the extension host outlives the browser by 3 hours.
exec "$NODE24" "$TOOLS_DIR/code-server/node_modules/code-server/out/node/entry.js" \
  --config "$RUN_DIR/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 5 \
  --user-data-dir "$RUN_DIR/user-data" --extensions-dir "$RUN_DIR/extensions" "$@"
