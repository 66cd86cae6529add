#!/usr/bin/env bash
# Runs a command with a PostgreSQL 15 of its own: initdb and pg_ctl as the postgres user in a
# temporary folder, listening on 127.0.0.1 on a free port, stopped and removed afterwards (also
# when the command fails or the script is interrupted). The command sees
# EVALBOOK_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT (append /DB for a database).
#   scripts/with-postgres.sh COMMAND [ARG...]
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
[[ -x $PG_BIN/initdb ]] || { echo "缺少 PostgreSQL 15（postgresql-15）/ postgresql-15 is not installed" >&2; exit 2; }

as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}

dir=$(mktemp -d /tmp/evalbook-pg.XXXXXX)
chmod 700 "$dir"
chown postgres: "$dir" 2>/dev/null || true
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT INT TERM

as_postgres "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null

export EVALBOOK_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port"
echo "PostgreSQL 15 on 127.0.0.1:$port" >&2
"$@"
