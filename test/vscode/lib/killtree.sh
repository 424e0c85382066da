#!/bin/bash
# test/vscode/lib/killtree.sh - stop processes and all their descendants by explicit PIDs: SIGTERM,
# children first, wait up to 10 s, then SIGKILL whatever is left. Never matches processes by name,
# so it cannot touch another helper's or another CI job's code-server.
#
# Usage: killtree.sh PID [PID...]
[ $# -ge 1 ] || { echo "usage: killtree.sh PID [PID...]" >&2; exit 64; }
descendants_then_self() { local child; for child in $(ps -o pid= --ppid "$1"); do descendants_then_self "$child"; done; echo "$1"; }
alive() { local state; state=$(ps -o stat= -p "$1") && [ "${state#Z}" = "$state" ]; }   # a zombie counts as gone
PIDS=$(for p in "$@"; do descendants_then_self "$p"; done)
for p in $PIDS; do kill "$p" 2>/dev/null; done
for _ in $(seq 50); do
  left=; for p in $PIDS; do alive "$p" && left=1; done
  [ -z "$left" ] && break; sleep 0.2
done
for p in $PIDS; do alive "$p" && kill -9 "$p" 2>/dev/null && echo "killtree: SIGKILLed $p" >&2; done
exit 0
