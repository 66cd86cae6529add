#!/usr/bin/env bash
# Checks that two builds of evalbook write the same bytes: `set` and `fix` on every sample, and
# the benchmark's read-modify-write of W1 (two threads) and W2. For a change to the write path
# that must not change its output (a faster path, a different number of passes).
#
#   bench/same_output.sh OLD_BIN_DIR NEW_BIN_DIR [SAMPLES_DIR] [W1_DIR] [W2_FILE]
#
# A BIN_DIR holds `evalbook` and `evalbook_bench` (a build folder's evalbook and
# bench/evalbook_bench copied side by side). W1/W2 default to the kit's data in bench/data.
# Prints one line per comparison and "same: N, different: M"; exit 1 when anything differs.
set -euo pipefail

old=${1:?old bin dir} new=${2:?new bin dir}
here=$(cd "$(dirname "$0")" && pwd)
samples=${3:-$here/../samples}
w1=${4:-$here/data/kit/data/w1}
w2=${5:-$here/data/kit/data/w2/consolidated.xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
same=0 different=0

compare() {  # compare LABEL OLD_FILE NEW_FILE
  if [[ ! -e $2 && ! -e $3 ]]; then
    echo "neither wrote  $1"
    same=$((same + 1))
  elif cmp -s "$2" "$3"; then
    same=$((same + 1))
  else
    echo "DIFFERENT      $1"
    different=$((different + 1))
  fi
}

# Edits of every kind: a text and a number over existing cells, a cell in a row the form has
# (new cell), a row past the end, and a cleared cell.
edits=("B3=（已修订）" "E7=12.5" "C4=" "H9=0.95" "A300=末行之后" "Z2=7")
for f in "$samples"/*.xlsx; do
  name=$(basename "$f")
  for side in old new; do
    bin=$old
    [[ $side == new ]] && bin=$new
    mkdir -p "$work/$side"
    "$bin/evalbook" set "$f" -o "$work/$side/set-$name" "${edits[@]}" >/dev/null 2>&1 || true
    "$bin/evalbook" fix "$f" -o "$work/$side/fix-$name" >/dev/null 2>&1 || true
  done
  compare "set $name" "$work/old/set-$name" "$work/new/set-$name"
  compare "fix $name" "$work/old/fix-$name" "$work/new/fix-$name"
done

if [[ -d $w1 ]]; then
  "$old/evalbook_bench" rmw "$w1" "$work/w1-old" --jobs 2 >/dev/null
  "$new/evalbook_bench" rmw "$w1" "$work/w1-new" --jobs 2 >/dev/null
  n=0
  for f in "$work/w1-old"/*.xlsx; do
    compare "W1 $(basename "$f")" "$f" "$work/w1-new/$(basename "$f")"
    n=$((n + 1))
  done
  [[ $n -eq $(ls "$work/w1-new" | wc -l) ]] || { echo "DIFFERENT      W1 file count"; different=$((different + 1)); }
  echo "W1: $n outputs compared"
fi
if [[ -f $w2 ]]; then
  "$old/evalbook_bench" rmw "$w2" "$work/w2-old" >/dev/null
  "$new/evalbook_bench" rmw "$w2" "$work/w2-new" >/dev/null
  compare "W2 $(basename "$w2")" "$work/w2-old/$(basename "$w2")" "$work/w2-new/$(basename "$w2")"
  echo "W2: compared"
fi
echo "same: $same, different: $different"
[[ $different -eq 0 ]]
