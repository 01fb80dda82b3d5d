#!/usr/bin/env bash
# One command: build what is needed, then start the whole suite locally — embedded PostgreSQL, a KRaft
# Kafka broker, the five services and the gateway, each its own process on 127.0.0.1, with demo data.
# Ctrl-C stops everything. See docs/operations.md.
#
#   ./run-local.sh [--wipe] [--fast] [--no-build] [--no-demo-data] [--port-offset=N] [--instances=N] [--measure[=SECONDS]] [--help]
#
# Extra Maven options go through MAVEN_ARGS (e.g. MAVEN_ARGS=-o for an offline build).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=local-stack/select-jdk.sh
source local-stack/select-jdk.sh

build=true
launcher_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) launcher_args+=("$arg") ;;
  esac
done

launcher_jar=local-stack/target/local-stack-exec.jar
if $build; then
  echo "Building with ./mvnw -q -DskipTests install (JDK: $JAVA_HOME) …"
  started=$(date +%s)
  ./mvnw -q -DskipTests install
  echo "Built in $(( $(date +%s) - started )) s."
elif [ ! -f "$launcher_jar" ]; then
  echo "$launcher_jar is missing: run ./run-local.sh without --no-build once." >&2
  exit 1
fi

# exec: the launcher replaces this shell, so Ctrl-C and SIGTERM reach it directly and its shutdown hook
# stops the services, then Kafka, then PostgreSQL.
# Small heap that gives memory back after start-up (unpacking PostgreSQL needs more than idling).
exec java -Xms16m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 \
  -jar "$launcher_jar" --project-root="$PWD" ${launcher_args[@]+"${launcher_args[@]}"}
