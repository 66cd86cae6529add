#!/usr/bin/env bash
# The service under load: `evalbook serve` on loopback, CLIENTS concurrent clients uploading FORMS
# sample-like forms (made once from samples/ into bench/data/server, git-ignored), on SQLite and
# then on a throwaway PostgreSQL 15 (scripts/with-postgres.sh). Each run stops by itself after
# LIMIT seconds at most and prints uploads/s, p50/p99 latency, the server's peak RSS, lost and
# duplicated uploads (counted in the database afterwards) and the consolidation workbook's time.
#
#   bench/server_bench.sh
#
# Environment: FORMS=2000 CLIENTS=16 LIMIT=600 BUILD=build (the build folder, built here when
# the programs are missing) POSTGRES=1 (0: SQLite only) DATA=bench/data/server
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$root/build}
FORMS=${FORMS:-2000}
CLIENTS=${CLIENTS:-16}
LIMIT=${LIMIT:-600}
DATA=${DATA:-$root/bench/data/server}
bench=$BUILD/bench/evalbook_server_bench

if [[ ! -x $bench || ! -x $BUILD/evalbook ]]; then
  cmake --build "$BUILD" --target evalbook evalbook_server_bench -j2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(( $(grep MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2) / 1024 )) MiB"
echo "forms $FORMS, clients $CLIENTS, limit ${LIMIT}s"
echo "load average before SQLite: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$bench" --evalbook "$BUILD/evalbook" --sqlite "$work/bench.db" --data "$DATA" \
  --forms "$FORMS" --clients "$CLIENTS" --limit "$LIMIT" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ ${POSTGRES:-1} == 1 ]]; then
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo
    echo "load average before PostgreSQL: $(cut -d' ' -f1-3 /proc/loadavg)"
    bash "$root/scripts/with-postgres.sh" bash -c \
      '"$0" --evalbook "$1" --postgres "$EVALBOOK_TEST_POSTGRES" --data "$2" --forms "$3" --clients "$4" --limit "$5"' \
      "$bench" "$BUILD/evalbook" "$DATA" "$FORMS" "$CLIENTS" "$LIMIT" || status=$?
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  else
    echo "PostgreSQL 15 is not installed: the PostgreSQL run is skipped"
  fi
fi
exit $status
