# test/vscode/lib/paths.sh - the harness's folders, sourced by every script here.
# Everything hangs off one cache folder so CI can cache it between jobs:
#   STATLENS_VSCODE_CACHE  default <repo>/.cache/real-vscode (git-ignored)
#   TOOLS_DIR              $STATLENS_VSCODE_CACHE/tools (Node 24, code-server, playwright-core)
#   RUNS_DIR               $STATLENS_VSCODE_CACHE/runs  (one fresh folder per run; kept on failure)
#   CHROMIUM               /usr/bin/chromium
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
STATLENS_VSCODE_CACHE=${STATLENS_VSCODE_CACHE:-$REPO_ROOT/.cache/real-vscode}
mkdir -p "$STATLENS_VSCODE_CACHE"
STATLENS_VSCODE_CACHE=$(cd "$STATLENS_VSCODE_CACHE" && pwd)
TOOLS_DIR=${TOOLS_DIR:-$STATLENS_VSCODE_CACHE/tools}
RUNS_DIR=${RUNS_DIR:-$STATLENS_VSCODE_CACHE/runs}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export REPO_ROOT STATLENS_VSCODE_CACHE TOOLS_DIR RUNS_DIR CHROMIUM
