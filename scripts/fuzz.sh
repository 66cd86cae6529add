#!/usr/bin/env bash
# Fuzzes the reading path (tests/fuzz/fuzz_package.cpp) with libFuzzer + ASan + UBSan.
#   scripts/fuzz.sh [SECONDS]      default 60
# Builds in build-fuzz/ (separate from the normal build), seeds build-fuzz/corpus/ with the
# sample workbooks, the committed seeds of tests/fuzz/corpus/ (small copies of the work-budget
# recipes, written by tests/hostile/make_fixtures.py --fuzz-seeds) and the hostile fixtures,
# and fails on any crash, leak, timeout or OOM;
# the input that triggered it is saved as build-fuzz/artifacts/crash-* (leak-*, timeout-*...).
# Reproduce one with:  build-fuzz/tests/fuzz/fuzz_package build-fuzz/artifacts/crash-...
set -euo pipefail

duration=${1:-60}
if ! [[ $duration =~ ^[0-9]+$ ]]; then
  echo "用法 / usage: scripts/fuzz.sh [SECONDS]" >&2
  exit 64
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-fuzz

if ! command -v clang >/dev/null 2>&1 || ! command -v clang++ >/dev/null 2>&1; then
  echo "跳过 / skipped: clang not installed (scripts/install-deps.sh --test installs it)"
  exit 0
fi

echo "== 配置 / configure: $build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVALBOOK_FUZZ=ON -DEVALBOOK_BUILD_TESTS=OFF >/dev/null
echo "== 构建 / build: fuzz_package"
cmake --build "$build" --target fuzz_package -j"$(nproc 2>/dev/null || echo 2)"

fuzzer=$(find "$build" -type f -name fuzz_package -perm -u+x | head -n 1)
if [[ -z $fuzzer ]]; then
  echo "错误 / error: fuzz_package not found under $build" >&2
  exit 1
fi

# Seed corpus: real workbooks plus the hostile fixtures small enough to matter under -max_len
# (the multi-MB zip bombs would only be cut short; small ones already cover the limit paths).
max_len=200000
corpus=$build/corpus
fixtures=$build/hostile-fixtures
artifacts=$build/artifacts
mkdir -p "$corpus" "$artifacts"
rm -rf "$fixtures"
python=/usr/bin/python3
[[ -x $python ]] || python=python3
"$python" "$root/tests/hostile/make_fixtures.py" "$fixtures" --samples "$root/samples" >/dev/null
seeds=0
for f in "$root"/samples/*.xlsx "$root"/samples/multi_sheet/*.xlsx "$root"/tests/fuzz/corpus/* \
  "$fixtures"/*.xls*; do
  [[ -f $f ]] || continue
  (( $(stat -c %s "$f") <= max_len )) || continue
  # Content-addressed names, as libFuzzer itself names corpus files: re-seeding adds no copies.
  cp "$f" "$corpus/seed-$(sha1sum "$f" | cut -c1-16)"
  seeds=$((seeds + 1))
done
echo "== 语料 / corpus: $seeds seeds, $(find "$corpus" -type f | wc -l) files in $corpus"

echo "== 模糊测试 / fuzzing for ${duration}s"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
"$fuzzer" -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" || status=$?

if ((status != 0)); then
  echo "失败 / FAILED: fuzz_package exited with $status; inputs saved in $artifacts:" >&2
  ls -l "$artifacts" >&2 || true
  exit 1
fi
echo "通过 / passed: no crash, leak, timeout or OOM in ${duration}s"
