# shellcheck shell=bash
# Sourced by run-local.sh and .ci/run: make `java` (and JAVA_HOME, which ./mvnw uses) a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the newest /usr/lib/jvm/* (and macOS's java_home).
# Returns non-zero, with a message, when no JDK 21+ is found.

onewindow_java_major() { # $1 = path to a java binary; prints its feature version (17, 21, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -1
}

onewindow_select_jdk() {
  local candidate home major best_home="" best_major=0
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(onewindow_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then
      # Resolve symlinks (/usr/bin/java -> .../bin/java) so JAVA_HOME is a real JDK home.
      candidate=$(readlink -f "$candidate" 2>/dev/null || echo "$candidate")
      best_home=$(dirname "$(dirname "$candidate")"); best_major=$major
      break
    fi
  done
  if [ -z "$best_home" ]; then
    for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
      [ -x "$home/bin/java" ] || continue
      major=$(onewindow_java_major "$home/bin/java")
      if [ "${major:-0}" -ge 21 ] && [ "${major:-0}" -gt "$best_major" ]; then
        best_home=$home; best_major=$major
      fi
    done
  fi
  if [ -z "$best_home" ]; then
    echo "No JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*). Install one, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best_home
  export PATH="$JAVA_HOME/bin:$PATH"
}

onewindow_select_jdk
