# Sourced by ./demarche and scripts/test: sets JAVA_HOME to a JDK >= 21, or explains and exits.
# Order: $JAVA_HOME, the java on PATH, then the JDKs installed under /usr/lib/jvm and /opt.

demarche_java_major() {
  # Prints the feature version (17, 21, 25, ...) of the java binary given, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

demarche_find_jdk() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(demarche_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "demarche: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm, /opt)." >&2
  echo "demarche: install one (e.g. Temurin 21+) and set JAVA_HOME to it." >&2
  exit 2
}

demarche_find_jdk
