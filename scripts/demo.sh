#!/usr/bin/env bash
# Installs what is missing, builds in Release and runs the main job on the bundled samples:
# every sample dumped, checked and exported, a corrected copy of each workbook with errors, one
# summary workbook of all samples, and one patched copy written with `set`.
#   scripts/demo.sh serve   instead: the upload service with the samples uploaded (scripts/demo-serve.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ ${1:-} == serve ]] && exec bash scripts/demo-serve.sh
bash scripts/install-deps.sh
bash scripts/build.sh
OUT=${OUT:-out}
mkdir -p "$OUT/dump" "$OUT/patched" "$OUT/export" "$OUT/fixed"
EVALBOOK=${BUILD_DIR:-build}/evalbook
count=0
while IFS= read -r -d '' f; do
  name=$(basename "$f" .xlsx)
  "$EVALBOOK" dump "$f" >"$OUT/dump/$name.txt"
  count=$((count + 1))
done < <(find samples -name '*.xlsx' -print0 | sort -z)
mapfile -d '' all < <(find samples -name '*.xlsx' -print0 | sort -z)
# check: exit 1 means findings of severity error (the forms' own slips), not a failure here
"$EVALBOOK" check "${all[@]}" --format text >"$OUT/check.txt" || [[ $? == 1 ]]
"$EVALBOOK" check "${all[@]}" --format json >"$OUT/check.json" || [[ $? == 1 ]]
"$EVALBOOK" export "${all[@]}" --format csv -o "$OUT/export"
# fix: a corrected copy of every workbook whose check found errors (exit 1 of check)
fixed=0
for f in "${all[@]}"; do
  if ! "$EVALBOOK" check "$f" >/dev/null 2>&1; then
    "$EVALBOOK" fix "$f" -o "$OUT/fixed/$(basename "$f" .xlsx)-更正.xlsx" >/dev/null 2>&1 || true
    fixed=$((fixed + 1))
  fi
done
# summary: one consolidation workbook of all samples (exit 1: findings, not a failure)
"$EVALBOOK" summary samples -o "$OUT/汇总.xlsx" 2>/dev/null || [[ $? == 1 ]]
sample="samples/004_project_03_变压器更换.xlsx"
"$EVALBOOK" set "$sample" -o "$OUT/patched/变压器更换-修改.xlsx" "D5=60" "J5=已修改"
echo
echo "完成 / done:"
echo "  $count 个工作簿的文本输出 / dumps of $count workbooks: $OUT/dump/"
echo "  表格识别与记录 / forms, records, findings: $OUT/check.txt, $OUT/check.json"
echo "  导出 / export: $OUT/export/forms.csv, indicators.csv, final_accounts.csv"
echo "  更正后的工作簿 / corrected workbooks ($fixed): $OUT/fixed/"
echo "  汇总工作簿 / summary workbook: $OUT/汇总.xlsx"
echo "  修改后的副本 / patched copy: $OUT/patched/变压器更换-修改.xlsx (D5=60, J5=已修改)"
