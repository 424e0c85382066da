#!/bin/bash
# test/vscode/lib/code-shim.sh - a "VS Code executable" for @vscode/test-electron's
# runTests({ vscodeExecutablePath }): there is no desktop VS Code to download offline, so this accepts
# the desktop CLI runTests passes (--extensionDevelopmentPath=..., --extensionTestsPath=..., the first
# positional folder from launchArgs) and runs the tests in code-server through extension-tests.mjs.
# Desktop-only flags (--no-sandbox, --user-data-dir=..., --disable-extensions, ...) are ignored.
# Exit code: the tests', so runTests resolves 0 or rejects with "Test run failed with code N".
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
args=(); tests=; folder=; skip_value=
for arg in "$@"; do
  if [ -n "$skip_value" ]; then skip_value=; continue; fi
  case "$arg" in
    --extensionDevelopmentPath=*) args+=(--dev "${arg#*=}") ;;
    --extensionTestsPath=*) tests=${arg#*=} ;;
    --user-data-dir|--extensions-dir|--profile|--locale|--log) skip_value=1 ;;   # their value follows
    -*) ;;
    *) [ -z "$folder" ] && folder=$arg ;;
  esac
done
if [ ${#args[@]} = 0 ] || [ -z "$tests" ]; then
  echo "code-shim: needs --extensionDevelopmentPath=... and --extensionTestsPath=..." >&2; exit 64
fi
# runTests callers often name the module without .js, or a folder holding index.js.
[ -f "$tests" ] || { [ -f "$tests.js" ] && tests=$tests.js; } || { [ -f "$tests/index.js" ] && tests=$tests/index.js; }
exec "${NODE:-node}" "$HERE/extension-tests.mjs" "${args[@]}" --tests "$tests" ${folder:+--folder "$folder"}
