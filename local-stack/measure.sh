#!/usr/bin/env bash
# Measures the local stack: wall time from launch to all-ready, then each process's memory after it has
# been idle for a while (default 30 s). Builds nothing: run ./mvnw -q -DskipTests install first.
#   local-stack/measure.sh [IDLE_SECONDS] [launcher args, e.g. --wipe]
set -euo pipefail
cd "$(dirname "$0")/.."
idle=${1:-30}
shift || true
started=$(date +%s.%N)
./run-local.sh --no-build --measure="$idle" "$@"
awk -v s="$started" -v e="$(date +%s.%N)" -v i="$idle" 'BEGIN { printf "Wall time of the whole run (start + %s s idle + stop): %.1f s\n", i, e - s }'
