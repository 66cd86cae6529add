#!/usr/bin/env bash
# evalbook against the peer .xlsx libraries (shared/bench), side by side in one interleaved run.
#
#   bench/run.sh [REGEX]        only the benchmark ids matching REGEX (e.g. 'w2\.read', 'evalbook')
#
# Environment:
#   PEERS_KIT=DIR  the peer kit (default: ../shared/bench beside the repository); copied into
#                  bench/data/kit, so npm modules and generated data never touch it or the repo
#   SETUP=1        install the Debian packages (build deps, GNU time, openpyxl, node/npm if missing)
#                  and run `npm ci` in the kit copy (needs root and the package registries)
#   RUNS=3         measured runs per benchmark (the report quotes the median)
#   WARMUP=1       one unmeasured round first; a benchmark whose warm-up run takes > SLOW seconds
#   SLOW=30          keeps that run as a measured one and gets RUNS_SLOW runs in all
#   RUNS_SLOW=1
#   FULL=0         1: also full (non read_only) openpyxl on W2 read and openpyxl rmw on W2 (~2.5 min)
#   FLOOR=1        0: skip the kit's C floor rows (zlib inflate+scan / inflate+deflate(6))
#   FORMS=500      W1 size (like the peers' RESULTS.md); W2 is gen.py's 200,000 rows
#   BUILD=1        0: use the existing build-bench/ binaries as they are
#   PY=            the Python that has openpyxl (default: the first of python3, /usr/bin/python3)
#
# Rounds are interleaved (round 1 of every benchmark, then round 2, ...), so a drift of the
# machine's speed hits evalbook and the peers alike. Each run is timed from outside like the kit
# does: wall clock around the process, peak RSS / user / sys CPU from GNU time; the 1-minute load
# average at the start of each run is recorded too (anything else running shows up there).
# Output: bench/data/results.tsv (raw; a run replaces the rows of the ids it measures),
# bench/data/results.md (full tables), and the generated part of bench/RESULTS.md (between its
# markers; the prose around it is kept). Delete bench/data/results.tsv to start afresh.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
KIT_SRC=${PEERS_KIT:-$BENCH/../../shared/bench}
D=$BENCH/data
KIT=$D/kit
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
SLOW=${SLOW:-30}
RUNS_SLOW=${RUNS_SLOW:-1}
FULL=${FULL:-0}
FLOOR=${FLOOR:-1}
FORMS=${FORMS:-500}
BUILD=${BUILD:-1}
FILTER=${1:-.}
BUILD_DIR=$REPO/build-bench

say() { printf '== %s\n' "$*"; }

# ---------------------------------------------------------------- (i) the peer kit, copied
[[ -d $KIT_SRC ]] || { echo "peer kit not found: $KIT_SRC (set PEERS_KIT)" >&2; exit 2; }
KIT_SRC=$(cd "$KIT_SRC" && pwd)
say "peer kit: $KIT_SRC -> $KIT"
mkdir -p "$KIT"
# Refresh the kit's own files; keep its generated data and node_modules from earlier runs.
tar -C "$KIT_SRC" --exclude=./data --exclude=./node/node_modules -cf - . | tar -C "$KIT" -xf -

# ---------------------------------------------------------------- (ii) setup
need_pkgs() {  # prints the Debian packages among "$@" that are not installed
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}
if [[ ${SETUP:-0} == 1 ]]; then
  say "setup"
  bash "$REPO/scripts/install-deps.sh"
  pkgs=(time python3 python3-openpyxl python3-lxml gcc libc6-dev zlib1g-dev)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  mapfile -t missing < <(need_pkgs "${pkgs[@]}")
  if ((${#missing[@]})); then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
  (cd "$KIT/node" && npm ci --no-audit --no-fund)
fi
HAVE_NODE=0
if command -v node >/dev/null && [[ -d $KIT/node/node_modules/xlsx ]]; then
  HAVE_NODE=1
else
  echo "note: node or the kit's npm modules are missing (run with SETUP=1): SheetJS rows skipped" >&2
fi
if [[ -z ${PY:-} ]]; then
  for p in python3 /usr/bin/python3; do
    if "$p" -c 'import openpyxl' 2>/dev/null; then PY=$p; break; fi
  done
fi
[[ -n ${PY:-} ]] || { echo "no Python with openpyxl (run with SETUP=1, or set PY)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) missing (run with SETUP=1)" >&2; exit 2; }

# ---------------------------------------------------------------- (iii) workloads
W1=$KIT/data/w1
W2=$KIT/data/w2/consolidated.xlsx
if ! "$PY" -c "import json,sys; m=json.load(open('$KIT/data/manifest.json')); sys.exit(m['w1']['files']!=$FORMS or not m.get('w2'))" 2>/dev/null \
  || [[ ! -f $W2 ]]; then
  say "generating W1 ($FORMS forms) and W2 (200,000 rows) with the kit's gen.py (a few minutes)"
  (cd "$KIT" && "$PY" gen.py --forms "$FORMS")
fi

# ---------------------------------------------------------------- (iv) build
if [[ $BUILD == 1 ]]; then
  say "building evalbook (Release) in $BUILD_DIR"
  cmake -S "$REPO" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DEVALBOOK_BUILD_TESTS=OFF \
    -DEVALBOOK_BUILD_BENCH=ON >/dev/null
  cmake --build "$BUILD_DIR" -j2 --target evalbook evalbook_bench
fi
EB=$BUILD_DIR/evalbook
EBB=$BUILD_DIR/bench/evalbook_bench
[[ -x $EB && -x $EBB ]] || { echo "missing $EB or $EBB (BUILD=1)" >&2; exit 2; }
mkdir -p "$D/bin" "$D/logs" "$D/out"
if [[ $FLOOR == 1 ]]; then
  gcc -O2 -o "$D/bin/floor" "$KIT/c/floor.c" -lz || FLOOR=0
fi

# ---------------------------------------------------------------- environment, for the report
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "evalbook: $(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$REPO" && [[ -n $(git status --porcelain -- src 2>/dev/null) ]] && echo " + uncommitted changes in src/ ($(git status --porcelain -- src | awk '{print $2}' | tr '\n' ' '))"), $(${CXX:-c++} --version | head -n 1), zlib $("$PY" -c 'import zlib; print(zlib.ZLIB_RUNTIME_VERSION)')"
  echo "openpyxl: $("$PY" -c 'import openpyxl, lxml.etree as e, platform; print(openpyxl.__version__, "with lxml", ".".join(map(str, e.LXML_VERSION[:3])), "on Python", platform.python_version())' 2>/dev/null)"
  if ((HAVE_NODE)); then
    echo "SheetJS: xlsx $(node -p "require('$KIT/node/node_modules/xlsx/package.json').version") on Node $(node --version)"
  fi
  echo "settings: RUNS=$RUNS WARMUP=$WARMUP SLOW=$SLOW RUNS_SLOW=$RUNS_SLOW FULL=$FULL FORMS=$FORMS"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$D/env.txt"
cat "$D/env.txt"

# ---------------------------------------------------------------- (v) the benchmarks
NODE="node --max-old-space-size=16384"
OPX="$PY $KIT/py/openpyxl_bench.py"
SJS="$NODE $KIT/node/sheetjs_bench.js"
W1_FILES=("$W1"/*.xlsx)
IDS=() PEERS=() TASKS=() WLS=() CMDS=() OUTS=()
# add ID PEER TASK WORKLOAD OUTDIR|- CMD...   (OUTDIR is emptied before each run, untimed)
add() {
  local id=$1 peer=$2 task=$3 wl=$4 out=$5
  shift 5
  [[ $id =~ $FILTER ]] || return 0
  IDS+=("$id") PEERS+=("$peer") TASKS+=("$task") WLS+=("$wl") OUTS+=("$out")
  CMDS+=("$(printf '%q ' "$@")")
}
O=$D/out
for w in w1 w2; do
  [[ $w == w1 ]] && IN=$W1 || IN=$W2
  [[ $w == w1 ]] && FILES=("${W1_FILES[@]}") || FILES=("$W2")
  # (a) read every cell value
  if [[ $FLOOR == 1 ]]; then
    add "$w.read.floor" "floor: zlib inflate+scan (C)" read $w - "$D/bin/floor" scan "$IN"
  fi
  add "$w.read.evalbook-scan" "evalbook scan" read $w - "$EB" scan "$IN"
  add "$w.read.evalbook-dump" "evalbook dump >/dev/null" read $w - sh -c '"$@" >/dev/null' sh "$EB" dump "${FILES[@]}"
  add "$w.read.openpyxl-ro" "openpyxl read_only" read $w - $OPX read "$IN" --ro
  if [[ $w == w1 || $FULL == 1 ]]; then
    add "$w.read.openpyxl" "openpyxl" read $w - $OPX read "$IN"
  fi
  ((HAVE_NODE)) && add "$w.read.sheetjs" "SheetJS" read $w - $SJS read "$IN"
done
for w in w1 w2; do
  [[ $w == w1 ]] && IN=$W1 || IN=$W2
  # (b) read, change cells, write back
  if [[ $FLOOR == 1 ]]; then
    add "$w.rmw.floor" "floor: zlib inflate+deflate(6) (C)" rmw $w - "$D/bin/floor" deflate 6 "$IN"
  fi
  add "$w.rmw.evalbook" "evalbook_bench (1 thread)" rmw $w "$O/evalbook-$w" "$EBB" rmw "$IN" "$O/evalbook-$w"
  if [[ $w == w1 ]]; then
    add "$w.rmw.evalbook-j2" "evalbook_bench --jobs 2 (2 threads)" rmw $w "$O/evalbook-j2-$w" \
      "$EBB" rmw "$IN" "$O/evalbook-j2-$w" --jobs 2
  fi
  if [[ $w == w1 || $FULL == 1 ]]; then
    add "$w.rmw.openpyxl" "openpyxl" rmw $w "$O/openpyxl-$w" $OPX rmw "$IN" "$O/openpyxl-$w"
  fi
  ((HAVE_NODE)) && add "$w.rmw.sheetjs" "SheetJS" rmw $w "$O/sheetjs-$w" $SJS rmw "$IN" "$O/sheetjs-$w"
done
((${#IDS[@]})) || { echo "no benchmark matches '$FILTER'" >&2; exit 2; }

RES=$D/results.tsv
# A new run replaces the rows of the benchmarks it measures and keeps the others (so a REGEX run
# refreshes only its rows; the report's "load" column tells runs of different moments apart).
touch "$RES"
for id in "${IDS[@]}"; do
  awk -F'\t' -v id="$id" '$1 != id' "$RES" >"$RES.tmp" && mv "$RES.tmp" "$RES"
  rm -f "$D/logs/$id.runs"
done
N=${#IDS[@]}
WANT=() DONE=()
for ((k = 0; k < N; k++)); do WANT[k]=$RUNS; DONE[k]=0; done

# run1 K WARM: one timed run of benchmark K; WARM=1 for the warm-up round
run1() {
  local k=$1 warm=$2 id=${IDS[$1]} out=${OUTS[$1]} t0 t1 wall rss usr sys rc load
  [[ $out == - ]] || rm -rf "$out"
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  eval "/usr/bin/time -f '%M %U %S %x' -o $(printf '%q' "$D/logs/time.tmp") ${CMDS[k]}" \
    >"$D/logs/$id.out" 2>&1 || true
  t1=$(date +%s.%N)
  read -r rss usr sys rc < <(tail -n 1 "$D/logs/time.tmp")
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  if ((warm)); then
    if awk -v w="$wall" -v s="$SLOW" 'BEGIN { exit !(w > s) }'; then
      WANT[k]=$RUNS_SLOW  # slow: the warm-up run counts as the first measured one
    else
      printf '%-26s warm-up  %8ss  %7d KB  load %s\n' "$id" "$wall" "$rss" "$load"
      return 0
    fi
  fi
  DONE[k]=$((DONE[k] + 1))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "${PEERS[k]}" "${TASKS[k]}" "${WLS[k]}" \
    "${DONE[k]}" "$wall" "$rss" "$usr" "$sys" "$rc" "$load" >>"$RES"
  tail -n 1 "$D/logs/$id.out" >>"$D/logs/$id.runs"
  printf '%-26s run %d   %8ss  %7d KB  rc=%s  load %-5s %s\n' "$id" "${DONE[k]}" "$wall" "$rss" "$rc" \
    "$load" "$(tail -n 1 "$D/logs/$id.out" | cut -c1-80)"
}

say "measuring $N benchmarks, interleaved"
T_START=$(date +%s)
if ((WARMUP)); then
  for ((k = 0; k < N; k++)); do run1 "$k" 1; done
fi
for ((round = 1; round <= RUNS; round++)); do
  for ((k = 0; k < N; k++)); do
    ((DONE[k] < WANT[k])) && run1 "$k" 0
  done
done
say "measured in $(($(date +%s) - T_START)) s"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$D/env.txt"

# ---------------------------------------------------------------- (vi) report
"$PY" "$BENCH/report.py" --data "$D" --manifest "$KIT/data/manifest.json" \
  --full "$D/results.md" --summary "$BENCH/RESULTS.md"
say "tables: $D/results.md; summary: $BENCH/RESULTS.md"
