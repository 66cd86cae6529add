#!/usr/bin/env bash
# The browser test: a fresh database with a unit and a finance account, `evalbook serve` on a
# free loopback port, the page driven by playwright-core in Debian's chromium, then openpyxl
# opens the downloaded workbooks. The server is stopped (by its pid) and the folder removed at
# the end. Screenshots are kept in $EVALBOOK_SHOTS when set.
#   tests/browser/run.sh EVALBOOK SOURCE_DIR
set -euo pipefail
evalbook=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
[[ -x /usr/bin/chromium ]] || { echo "skipped: /usr/bin/chromium is not installed"; exit 0; }
if [[ ! -d $here/node_modules/playwright-core ]]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
work=$(mktemp -d /tmp/evalbook-browser.XXXXXX)
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

db="sqlite:$work/evalbook.db"
echo pass-unit-a | "$evalbook" users add unit-a --role unit --unit 259001 --password-stdin --db "$db" >/dev/null
echo pass-finance | "$evalbook" users add finance --role finance --password-stdin --db "$db" >/dev/null
echo pass-admin-1 | "$evalbook" users add admin --role admin --password-stdin --db "$db" >/dev/null
"$evalbook" rounds add "2023年度项目支出绩效自评" --year 2023 --units 259001,259002-晋城市商务局机关服务中心 \
  --deadline 2099-12-31 --db "$db" >/dev/null
(cd "$src/samples" && zip -q "$work/two.zip" 004_project_02_*.xlsx 004_project_03_*.xlsx)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$evalbook" serve --listen "127.0.0.1:$port" --db "$db" --web "$src/web" 2>"$work/serve.log" &
server=$!
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.2
done

SAMPLES="$src/samples" SHOTS="$work" node "$here/unit_and_finance.mjs" "http://127.0.0.1:$port/"
/usr/bin/python3 - "$work" <<'PY'
import sys, openpyxl
work = sys.argv[1]
corrected = openpyxl.load_workbook(f"{work}/corrected.xlsx")
assert "校验结果" in corrected.sheetnames, corrected.sheetnames
summary = openpyxl.load_workbook(f"{work}/summary.xlsx")
assert "项目汇总" in summary.sheetnames, summary.sheetnames
print("openpyxl: corrected has 校验结果, summary has 项目汇总")
import csv
with open(f"{work}/records.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
# The unit uploaded two forms and a zip of two: four forms, one row each under the header.
assert len(rows) == 5, len(rows)
assert rows[0][:3] == ["文件", "工作表", "模板"], rows[0]
assert any("出口信用保险" in cell for row in rows for cell in row)
print("records.csv: header and 4 forms")
PY
if [[ -n ${EVALBOOK_SHOTS:-} ]]; then
  mkdir -p "$EVALBOOK_SHOTS"
  cp "$work"/*.png "$EVALBOOK_SHOTS"/
fi
