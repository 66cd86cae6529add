#!/usr/bin/env bash
# Installs what is missing, builds in Release and runs the main job on the bundled samples:
# every sample dumped as Excel shows it, and one patched copy written.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
OUT=${OUT:-out}
mkdir -p "$OUT/dump" "$OUT/patched"
EVALBOOK=${BUILD_DIR:-build}/evalbook
count=0
while IFS= read -r -d '' f; do
  name=$(basename "$f" .xlsx)
  "$EVALBOOK" dump "$f" >"$OUT/dump/$name.txt"
  count=$((count + 1))
done < <(find samples -name '*.xlsx' -print0 | sort -z)
sample="samples/004_project_03_变压器更换.xlsx"
"$EVALBOOK" set "$sample" -o "$OUT/patched/变压器更换-修改.xlsx" "D5=60" "J5=已修改"
echo
echo "完成 / done:"
echo "  $count 个工作簿的文本输出 / dumps of $count workbooks: $OUT/dump/"
echo "  修改后的副本 / patched copy: $OUT/patched/变压器更换-修改.xlsx (D5=60, J5=已修改)"
