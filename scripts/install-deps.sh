#!/usr/bin/env bash
# Installs the Debian packages evalbook needs. Idempotent: installs only what is missing.
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   build + test-only tools (openpyxl, LibreOffice, clang fuzzer runtime)
set -euo pipefail

# libpoco-dev holds the headers of every Poco library; the Data connectors are their own packages.
build_pkgs=(g++ cmake make pkg-config libpoco-dev libpocodatasqlite80 libpocodatapostgresql80 libpq-dev libfmt-dev
            catch2 libxlsxwriter-dev zlib1g-dev)
test_pkgs=(python3 python3-openpyxl python3-xlrd python3-xlwt libreoffice-calc-nogui clang
           libclang-rt-14-dev time zip unzip postgresql-15 chromium fonts-noto-cjk)
# Node.js and npm (for the browser test's playwright-core) may come with the machine from
# elsewhere than Debian; Debian's packages would then conflict with them, so only when absent.
if [[ ${1:-} == --test ]] && ! command -v npm >/dev/null 2>&1; then
  test_pkgs+=(nodejs npm)
fi

want=("${build_pkgs[@]}")
[[ ${1:-} == --test ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "依赖已齐全 / all dependencies present"
  exit 0
fi
echo "安装缺少的软件包 / installing: ${missing[*]}"
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
