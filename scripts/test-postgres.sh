# Sourced by scripts/test: installs PostgreSQL from Debian's packages when it is missing, starts a throwaway
# server on loopback for the tests (a fresh cluster in a temporary directory, stopped and deleted on exit) and
# exports its JDBC URL as DEMARCHE_TEST_POSTGRES, which the PostgreSQL variants of the store and server tests read.
# Any step that fails stops scripts/test: under it the PostgreSQL tests must run, never skip themselves.
# Also usable alone for development: `. scripts/test-postgres.sh` in a shell (the server stops when it exits).

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(postgres_bin)" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "scripts/test: PostgreSQL is missing and cannot be installed here (needs root and apt-get)." >&2
    return 1 2>/dev/null || exit 1
  fi
  echo "scripts/test: installing PostgreSQL for the store's tests (once)..." >&2
  pg_log="$(mktemp)"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql) >"$pg_log" 2>&1; then
    echo "scripts/test: installing PostgreSQL failed (log: $pg_log)." >&2
    return 1 2>/dev/null || exit 1
  fi
  rm -f "$pg_log"
fi

pg_bin="$(postgres_bin)"
pg_dir="$(mktemp -d /tmp/demarche-test-postgres.XXXXXX)"
# initdb refuses to run as root: as root, the cluster belongs to the postgres user the package created.
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$pg_dir"
  pg_as() { runuser -u postgres -- "$@"; }
else
  pg_as() { "$@"; }
fi

stop_test_postgres() {
  pg_as "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_test_postgres EXIT

# A free port: one that nothing answers on.
pg_port=""
for candidate in $(shuf -i 20000-40000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    pg_port="$candidate"
    break
  fi
done

# Durability settings off: the cluster is thrown away after the run.
if [ -z "$pg_port" ] \
    || ! pg_as "$pg_bin/initdb" -D "$pg_dir/data" -U demarche --auth=trust --encoding=UTF8 --locale=C \
        >"$pg_dir/initdb.log" 2>&1 \
    || ! pg_as "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-p $pg_port -k $pg_dir -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null \
    || ! pg_as "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U demarche demarche_test; then
  echo "scripts/test: cannot start a PostgreSQL server for the tests:" >&2
  cat "$pg_dir"/*.log >&2 2>/dev/null
  return 1 2>/dev/null || exit 1
fi
export DEMARCHE_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$pg_port/demarche_test?user=demarche"
echo "scripts/test: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests at $DEMARCHE_TEST_POSTGRES" >&2
