#!/usr/bin/env bash
# scripts/demo.sh serve: builds, makes a fresh SQLite database with one finance account and one
# unit account per sample's unit (passwords printed), uploads every sample as its unit, and
# serves on 127.0.0.1:8080 (LISTEN=HOST:PORT to change) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
EVALBOOK=$PWD/${BUILD_DIR:-build}/evalbook
LISTEN=${LISTEN:-127.0.0.1:8080}
OUT=${OUT:-out}/serve
rm -rf "$OUT"
mkdir -p "$OUT"
DB="sqlite:$OUT/evalbook.db"

# Each sample's unit: the code before "-" in its 预算单位 (259001-晋城市商务局), else the name.
"$EVALBOOK" check samples/*.xlsx --format json >"$OUT/check.json" 2>/dev/null || true
/usr/bin/python3 - "$OUT/check.json" >"$OUT/units.tsv" <<'PY'
import json, re, sys
for f in json.load(open(sys.argv[1]))["files"]:
    units = [form["record"].get("unit") for form in f["forms"] if form["record"].get("unit")]
    text = units[0] if units else "未注明单位"
    m = re.match(r"\s*(\d{3,})", text)
    print(f"{f['file']}\t{m.group(1) if m else text.strip()}")
PY

password() { head -c 12 /dev/urandom | base64 | tr -d '/+=' ; }
finance_pw=$(password)
echo "$finance_pw" | "$EVALBOOK" users add finance --role finance --password-stdin --db "$DB" >/dev/null
declare -A unit_user unit_pw
n=0
while IFS=$'\t' read -r file code; do
  [[ -n ${unit_user[$code]:-} ]] && continue
  n=$((n + 1))
  unit_user[$code]="unit$n"
  unit_pw[$code]=$(password)
  echo "${unit_pw[$code]}" | "$EVALBOOK" users add "unit$n" --role unit --unit "$code" \
    --password-stdin --db "$DB" >/dev/null
done <"$OUT/units.tsv"
codes=$(IFS=,; echo "${!unit_user[*]}")
round=$("$EVALBOOK" rounds add "示例批次 2023年度绩效自评" --year 2023 --units "$codes" --db "$DB")

"$EVALBOOK" serve --listen "$LISTEN" --db "$DB" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM
for _ in $(seq 50); do curl -s -o /dev/null "http://$LISTEN/" && break; sleep 0.2; done

while IFS=$'\t' read -r file code; do
  jar="$OUT/cookies-${unit_user[$code]}"
  curl -s -c "$jar" -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\": \"${unit_user[$code]}\", \"password\": \"${unit_pw[$code]}\"}" \
    "http://$LISTEN/api/login"
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' -F "file=@$file" \
    "http://$LISTEN/api/rounds/$round/uploads")
  echo "已上传 / uploaded ($status) $file → ${unit_user[$code]} ($code)"
done <"$OUT/units.tsv"

echo
echo "服务地址 / open: http://$LISTEN/"
echo "财政账号 / finance: finance  密码 / password: $finance_pw"
for code in "${!unit_user[@]}"; do
  echo "单位账号 / unit: ${unit_user[$code]} ($code)  密码 / password: ${unit_pw[$code]}"
done
echo "按 Ctrl-C 停止 / Ctrl-C stops"
wait $server
