#!/usr/bin/env bash
# Installs what is missing (build and test tools), builds, and runs every test with ctest:
# unit tests, the sample/seed golden tests, openpyxl and LibreOffice checks, hostile inputs, the
# service with PostgreSQL and Chromium, and each libFuzzer target for 30 s; then the same suite (without the fuzzer, which is sanitized
# already) built with AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
bash scripts/build.sh
(cd "${BUILD_DIR:-build}" && ctest --output-on-failure -j2 --timeout 1500)
bash scripts/sanitize.sh
