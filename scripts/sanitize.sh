#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer in its own
# folder (build-asan/, beside the normal build/) and runs all of it: the unit tests, the
# integration tests (they drive the sanitized evalbook: ctest gives them its path in EVALBOOK),
# the service on SQLite and PostgreSQL, the page in Chromium, the metamorphic suite, and each
# libFuzzer target for 30 s.
# With clang (scripts/install-deps.sh --test installs it) the libFuzzer targets are built in the
# same tree, from the same sanitized objects, so one build serves the tests and the fuzzers.
# Without clang the build uses g++ and the fuzz test is reported as skipped, never as passed.
# Any sanitizer report stops the process that hit it with a failing status, so the test fails.
#   scripts/sanitize.sh            configure (first time), build incrementally, run
#   scripts/sanitize.sh -R REGEX   run only the tests matching REGEX (ctest arguments)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SANITIZE_BUILD_DIR:-build-asan}

compiler=()
fuzz=OFF
if command -v clang >/dev/null 2>&1 && command -v clang++ >/dev/null 2>&1; then
  compiler=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
  fuzz=ON
fi
# A tree configured before the fuzzers joined it (g++, no EVALBOOK_FUZZ) is configured afresh:
# a compiler cannot be changed in an existing CMake cache.
if [[ -f $build/CMakeCache.txt ]] && ! grep -q "^EVALBOOK_FUZZ:BOOL=$fuzz\$" "$build/CMakeCache.txt"; then
  echo "== 重新配置 / reconfiguring $build (EVALBOOK_FUZZ=$fuzz)"
  rm -rf "$build"
fi
if [[ ! -f $build/CMakeCache.txt ]]; then
  launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  # -O1 with frame pointers: sanitized code close to the release build's, readable stacks. The
  # benchmark programs are compiled too (not run), so that CI still builds every target.
  cmake -S . -B "$build" "${compiler[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DEVALBOOK_SANITIZE=ON -DEVALBOOK_FUZZ=$fuzz -DEVALBOOK_BUILD_BENCH=ON \
    "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)"

# halt_on_error / abort: the first report ends the process with a failing status (UBSan's
# reports are otherwise printed and execution goes on). The tests also fail on any sanitizer
# text in what they capture.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Leaks inside libraries we do not own, each with its reason, in tests/lsan.supp.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}
# Tests with time and memory budgets (test_hostile) widen them for the instrumented binary.
export EVALBOOK_SANITIZED=1
cd "$build"
ctest --output-on-failure -j2 --timeout 1500 "$@"
