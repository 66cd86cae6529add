#!/usr/bin/env bash
# Installs what is missing (build and test tools), builds, and runs every test.
# 1. The release build the README's main job uses (scripts/build.sh, g++), compiled first so that
#    what users build is built here too and a compile error fails at once.
# 2. The whole test suite built once with AddressSanitizer + UndefinedBehaviorSanitizer and run
#    with ctest (scripts/sanitize.sh): unit tests, the sample/seed golden tests, openpyxl and
#    LibreOffice checks, hostile inputs, the metamorphic suite, the service on SQLite and
#    PostgreSQL, the page in Chromium, and each libFuzzer target for 30 s. Any sanitizer report
#    fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
# Tests and benchmark programs are not compiled in the release tree when it is first configured
# here: the sanitized tree compiles both (an existing build/ keeps the options it was given).
bash scripts/build.sh -DEVALBOOK_BUILD_TESTS=OFF -DEVALBOOK_BUILD_BENCH=OFF
bash scripts/sanitize.sh
