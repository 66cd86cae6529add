#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer in its own
# folder (build-asan/, beside the normal build/) and runs it: the unit tests and the integration
# tests, which drive the sanitized evalbook (ctest gives them its path in EVALBOOK), but for those
# named at the end.
# Any sanitizer report stops the process that hit it with a failing status, so the test fails.
#   scripts/sanitize.sh            configure (first time), build incrementally, run
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SANITIZE_BUILD_DIR:-build-asan}

if [[ ! -f $build/CMakeCache.txt ]]; then
  launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  # -O1 with frame pointers: sanitized code close to the release build's, readable stacks.
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DEVALBOOK_SANITIZE=ON -DEVALBOOK_BUILD_BENCH=OFF \
    "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)"

# halt_on_error / abort: the first report ends the process with a failing status (UBSan's
# reports are otherwise printed and execution goes on). The tests also fail on any sanitizer
# text in what they capture.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Tests with time and memory budgets (test_hostile) widen them for the instrumented binary.
export EVALBOOK_SANITIZED=1
cd "$build"
# Left out, to keep CI within its time: the fuzzer (sanitized already), and the tests whose time
# goes to LibreOffice, Chromium or PostgreSQL rather than to our code (the reading paths they
# drive are those the other tests drive: samples, hostile inputs, missing values, the pipeline).
ctest --output-on-failure -j2 --timeout 1500 \
  -E 'fuzz|metamorphic|test_producers|test_xls|browser|postgres|test_one_truth'
