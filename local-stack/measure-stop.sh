#!/usr/bin/env bash
# Times a graceful stop: SIGTERM to <pid>, milliseconds until the process is gone; a thread dump at +6 s if it
# is still alive (to $TMPDIR/threads-<label>.txt). docs/operations.md, "Stopping a service".
#   local-stack/measure-stop.sh <pid> <label>
pid=$1; label=$2
start=$(date +%s%N)
kill -TERM "$pid"
( sleep 6; kill -0 "$pid" 2>/dev/null && "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" Thread.print > "${TMPDIR:-/tmp}/threads-$label.txt" 2>&1 ) &
while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
end=$(date +%s%N)
echo "$label: SIGTERM to exit $(( (end - start) / 1000000 )) ms"
