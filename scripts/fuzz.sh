#!/usr/bin/env bash
# Fuzzes every parser with libFuzzer + ASan + UBSan, one target after another:
#   fuzz_package        the .xlsx zip container, package parts and sheet reader
#   fuzz_xls            the legacy .xls/.et reader (compound file and BIFF records)
#   fuzz_value          the value parser (targets, actuals, Chinese numerals, dates)
#   fuzz_formula        the 计算方式 expression evaluator
#   fuzz_number_format  the number-format engine
#   fuzz_template       template detection and extraction over grids
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   each target for SECONDS (default 30; CI uses this)
#   scripts/fuzz.sh --long [TARGET...]      each target until it has run FUZZ_RUNS inputs
#                                           (default 2,000,000), at most FUZZ_HOURS (default 6)
#                                           or FUZZ_SECONDS when given
#   FUZZ_MAX_LEN=N                          largest input of every target, instead of each
#                                           one's own (max_len_of below; tests/fuzz/RESULTS.md)
# Builds in build-fuzz/ (separate from the normal build). Corpora live in build-fuzz/corpus/NAME,
# seeded with the samples, the committed seeds of tests/fuzz/corpus/ and the hostile fixtures
# (package), and what tests/fuzz/make_seeds.py makes from the samples and seed dumps (others).
# Every input that ever crashed is kept in tests/fuzz/regressions/NAME and replayed first.
# Fails on any crash, leak, timeout or OOM; the input is saved as build-fuzz/artifacts/NAME/crash-*.
# Reproduce one with:  build-fuzz/tests/fuzz/NAME build-fuzz/artifacts/NAME/crash-...
set -euo pipefail

all_targets=(fuzz_package fuzz_xls fuzz_value fuzz_formula fuzz_number_format fuzz_template)
duration=30
long=0
if [[ ${1:-} == --long ]]; then
  long=1
  shift
elif [[ ${1:-} =~ ^[0-9]+$ ]]; then
  duration=$1
  shift
elif [[ -n ${1:-} && ${1:-} != fuzz_* ]]; then
  echo "用法 / usage: scripts/fuzz.sh [SECONDS | --long] [TARGET...]" >&2
  exit 64
fi
targets=("${@:-${all_targets[@]}}")

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# FUZZ_BUILD_DIR: a build already configured with EVALBOOK_FUZZ (scripts/sanitize.sh makes one,
# with the tests beside the fuzzers); otherwise a clang build of the fuzzers alone in build-fuzz/.
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}

if [[ -n ${FUZZ_BUILD_DIR:-} ]]; then
  if ! grep -q '^EVALBOOK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "错误 / error: $build is not a build configured with -DEVALBOOK_FUZZ=ON" >&2
    exit 1
  fi
else
  if ! command -v clang >/dev/null 2>&1 || ! command -v clang++ >/dev/null 2>&1; then
    # 77: ctest reports the test as skipped (SKIP_RETURN_CODE), not as passed.
    echo "跳过 / skipped: clang not installed (scripts/install-deps.sh --test installs it)"
    exit 77
  fi
  echo "== 配置 / configure: $build"
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVALBOOK_FUZZ=ON -DEVALBOOK_BUILD_TESTS=OFF \
    -DEVALBOOK_BUILD_BENCH=OFF >/dev/null
fi
echo "== 构建 / build: ${targets[*]}"
cmake --build "$build" --target "${targets[@]}" -j"$(nproc 2>/dev/null || echo 2)"

python=/usr/bin/python3
[[ -x $python ]] || python=python3
# The largest input of each target, fitted to its seeds (tests/fuzz/RESULTS.md says why):
# inputs larger than this are neither seeded nor generated.
max_len_of() {
  case $1 in
    fuzz_package) echo 131072 ;;      # a stored (uncompressed) sample form, the hostile fixtures
    fuzz_template) echo 8192 ;;       # a form sheet's dump text (9 in 10 of the samples' are smaller)
    fuzz_formula | fuzz_value) echo 1024 ;;  # one cell's text
    fuzz_number_format) echo 256 ;;   # a double and one format code
    *) echo 200000 ;;
  esac
}
fixtures=$build/hostile-fixtures
generated=$build/generated-seeds
rm -rf "$fixtures" "$generated"
"$python" "$root/tests/hostile/make_fixtures.py" "$fixtures" --samples "$root/samples" >/dev/null
"$python" "$root/tests/fuzz/make_seeds.py" "$generated" --samples "$root/samples" \
  --seeds "$root/tests/data/seeds"

# Content-addressed copies, as libFuzzer itself names corpus files: re-seeding adds no copies.
seed() {
  local into=$1 f
  shift
  for f in "$@"; do
    [[ -f $f ]] || continue
    (($(stat -c %s "$f") <= max_len)) || continue
    cp "$f" "$into/seed-$(sha1sum "$f" | cut -c1-16)"
  done
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for name in "${targets[@]}"; do
  fuzzer=$(find "$build" -type f -name "$name" -perm -u+x | head -n 1)
  if [[ -z $fuzzer ]]; then
    echo "错误 / error: $name not found under $build" >&2
    exit 1
  fi
  max_len=${FUZZ_MAX_LEN:-$(max_len_of "$name")}
  corpus=$build/corpus/$name
  artifacts=$build/artifacts/$name
  regressions=$root/tests/fuzz/regressions/$name
  mkdir -p "$corpus" "$artifacts"
  dict=()
  case $name in
    fuzz_package)
      seed "$corpus" "$root"/samples/*.xlsx "$root"/samples/multi_sheet/*.xlsx \
        "$root"/tests/fuzz/corpus/* "$fixtures"/*.xls* "$generated"/package/*
      dict=(-dict="$root/tests/fuzz/xml.dict") ;;
    fuzz_xls)
      seed "$corpus" "$generated"/xls/* "$fixtures"/*.xls
      dict=(-dict="$root/tests/fuzz/biff.dict") ;;
    *)
      seed "$corpus" "$generated/${name#fuzz_}"/* ;;
  esac
  # Inputs that once crashed are replayed first: a regression fails here before any fuzzing.
  if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
    echo "== 回归 / regressions: $name"
    if ! "$fuzzer" -runs=0 "$regressions"/* >/dev/null 2>&1; then
      failed+=("$name (regression)")
      continue
    fi
  fi
  if ((long)); then
    limit=(-runs="${FUZZ_RUNS:-2000000}"
      -max_total_time="${FUZZ_SECONDS:-$((${FUZZ_HOURS:-6} * 3600))}")
  else
    limit=(-max_total_time="$duration")
  fi
  echo "== 模糊测试 / fuzzing $name: ${limit[*]}, $(find "$corpus" -type f | wc -l) corpus files"
  status=0
  log=$build/$name.log
  "$fuzzer" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" "${dict[@]}" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+ *(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY" \
    "$log" | tail -n 8 || true
  if ((status != 0)); then
    echo "失败 / FAILED: $name exited with $status (log $log); inputs saved in $artifacts:" >&2
    tail -n 40 "$log" >&2 || true
    ls -l "$artifacts" >&2 || true
    failed+=("$name")
  fi
done

if ((${#failed[@]})); then
  echo "失败 / FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "通过 / passed: ${targets[*]}: no crash, leak, timeout or OOM"
