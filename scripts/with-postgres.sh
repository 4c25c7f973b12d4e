#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server.
#
#   bash scripts/with-postgres.sh <command...>
#
# Starts Debian's PostgreSQL 15 on 127.0.0.1 (port 54329 if free, else another free port)
# in a fresh temporary folder, exports DATABASE_URL, runs the command, then stops the
# server and deletes the folder. Exits with the command's exit code.
# If DATABASE_URL is already set, the command simply runs against that database.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/with-postgres.sh <command...>" >&2
  exit 2
fi

if [ -n "${DATABASE_URL:-}" ]; then
  exec "$@"
fi

PG_VERSION=15
PG_BIN="/usr/lib/postgresql/${PG_VERSION}/bin"

if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "with-postgres: PostgreSQL ${PG_VERSION} not found; installing the Debian package 'postgresql'" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  fi
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "with-postgres: PostgreSQL ${PG_VERSION} server binaries not found in $PG_BIN." >&2
    echo "Install them (Debian 12): sudo apt-get install -y postgresql   (or: postgresql-${PG_VERSION})" >&2
    exit 1
  fi
fi

# initdb and postgres refuse to run as root: run them as the 'postgres' user when root.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "with-postgres: running as root but there is no 'postgres' user (the Debian package creates it)." >&2
  exit 1
fi

port_free() {
  # Free when nothing accepts a connection on it.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
PORT=""
for candidate in 54329 54330 54331 54332 54333 54334 54335 54336 54337 54338; do
  if port_free "$candidate"; then PORT=$candidate; break; fi
done
if [ -z "$PORT" ]; then
  PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
fi

PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/zd-pg.XXXXXX")
chmod 755 "$PG_TMP"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_TMP"; fi
PG_DATA="$PG_TMP/data"
PG_LOG="$PG_TMP/postgres.log"
STARTED=0

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$STARTED" -eq 1 ]; then
    as_pg "'$PG_BIN/pg_ctl' -D '$PG_DATA' -m fast -w stop" >/dev/null 2>&1 || {
      if [ -f "$PG_DATA/postmaster.pid" ]; then kill -INT "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null || true; fi
    }
  fi
  rm -rf "$PG_TMP"
  exit "$rc"
}
CHILD=""
on_signal() {
  # Pass the signal on to the command, then clean up.
  if [ -n "$CHILD" ]; then kill "-$1" "$CHILD" 2>/dev/null || true; wait "$CHILD" 2>/dev/null || true; fi
  exit "$2"
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

if ! as_pg "'$PG_BIN/initdb' -D '$PG_DATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$PG_TMP/initdb.log" 2>&1; then
  echo "with-postgres: initdb failed:" >&2
  cat "$PG_TMP/initdb.log" >&2
  exit 1
fi

if ! as_pg "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$PG_LOG' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories='$PG_TMP' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null; then
  echo "with-postgres: PostgreSQL failed to start; its log:" >&2
  cat "$PG_LOG" >&2 || true
  exit 1
fi
STARTED=1

export DATABASE_URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
echo "with-postgres: PostgreSQL ${PG_VERSION} on 127.0.0.1:${PORT} (DATABASE_URL=${DATABASE_URL})" >&2

# Run in the background (stdin kept) so that a signal to this script is handled at once.
set +e
"$@" <&0 &
CHILD=$!
wait "$CHILD"
CMD_RC=$?
CHILD=""
set -e
exit "$CMD_RC"
