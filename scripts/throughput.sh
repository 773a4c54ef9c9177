#!/usr/bin/env bash
# The throughput budgets of factlint, measured in one run on two corpora:
#   synthetic  examples/gen_corpus.rs (every article dated, a place name per
#              story, nothing copied), 13 MiB per scale;
#   archive    examples/gen_archive.rs (real article text: syndicated copies,
#              70% undated pages, same-day bursts, figures varied), 12,000
#              pages per scale (with ECB+ beside the repository, 13 MB).
# For each corpus and each scale (default 1 2 4 8) it prints the wall time
# of `wc -w` over the same files, of `factlint extract --format json` and
# `--format jsonl`, and of `factlint check --format json`, with the ratios
# the budgets are written in, and the peak memory of extract and check
# against the corpus size:
#   extract within 3x the wall time of wc -w (json and jsonl)
#   check   within 1.5x of extract (jsonl), the ratio flat from 1x to 8x
#   peaks   under 2x the corpus size
# Times are the best of RUNS runs (default 3); a peak is the largest of the
# runs. Needs bash, cargo and coreutils; peaks come from /usr/bin/time when
# it is there, else from /proc/PID/status (VmHWM, polled).
# Usage: scripts/throughput.sh [SCALE...]   (RUNS=1 for a quicker pass)
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
scales=("${@:-1 2 4 8}")
read -r -a scales <<< "${scales[*]}"
runs=${RUNS:-3}
root=${CORPUS_ROOT:-target/throughput}
cargo build --release --quiet --bin factlint --example gen_corpus --example gen_archive
bin=target/release/factlint
mkdir -p "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The peak resident memory of "$@" in KB (its output thrown away).
peak_kb() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$tmp/peak" "$@" > /dev/null 2> /dev/null || true
    tail -n 1 "$tmp/peak"
    return
  fi
  "$@" > /dev/null 2> /dev/null &
  local pid=$! hwm=0 key value _
  while kill -0 "$pid" 2> /dev/null; do
    while read -r key value _; do
      if [ "$key" = "VmHWM:" ] && [ "$value" -gt "$hwm" ]; then hwm=$value; fi
    done < "/proc/$pid/status" 2> /dev/null || true
    sleep 0.02
  done
  wait "$pid" || true
  echo "$hwm"
}

# The best wall time of RUNS runs of "$@", in nanoseconds; the largest peak
# (KB) of those runs is left in $peak when $1 is "peak".
best_ns() {
  local measure_peak=0
  if [ "$1" = peak ]; then measure_peak=1; shift; fi
  local best=0 s e t p
  peak=0
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); "$@" > /dev/null 2> /dev/null || true; e=$(date +%s%N)
    t=$((e - s))
    if [ "$best" -eq 0 ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  if [ "$measure_peak" = 1 ]; then
    p=$(peak_kb "$@")
    if [ "$p" -gt "$peak" ]; then peak=$p; fi
  fi
  echo "$best $peak"
}

# a / b with two decimals.
ratio() {
  local r=$(( ($1 * 1000 / ($2 > 0 ? $2 : 1) + 5) / 10 ))
  printf '%d.%02d' $((r / 100)) $((r % 100))
}
# nanoseconds as seconds with two decimals.
secs() { ratio "$1" 1000000000; }
# KB as MB with one decimal.
mb() {
  local r=$(( ($1 * 10 + 512) / 1024 ))
  printf '%d.%d' $((r / 10)) $((r % 10))
}

corpus() { # corpus KIND SCALE: make it if missing, print its folder
  local kind=$1 k=$2 dir="$root/$1-$2x"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    case $kind in
      synthetic) target/release/examples/gen_corpus "$dir" --megabytes $((13 * k)) 2> /dev/null ;;
      archive) target/release/examples/gen_archive "$dir" --scale "$k" 2> /dev/null ;;
    esac
    touch "$dir/.done"
  fi
  echo "$dir"
}

printf '%s, %s cores, best of %s runs\n' "$(date -u +%Y-%m-%d)" "$(nproc)" "$runs"
printf '%-9s %5s %7s %6s | %6s | %6s %5s | %6s %5s | %6s %5s | %7s %5s | %7s %5s\n' \
  corpus scale files MB 'wc -w' json '/wc' jsonl '/wc' check '/ext' 'ext pk' '/size' 'chk pk' '/size'
for kind in synthetic archive; do
  for k in "${scales[@]}"; do
    dir=$(corpus "$kind" "$k")
    files=("$dir"/*/*.txt "$dir"/*/*.md "$dir"/*/*.html)
    printf '%s\0' "${files[@]}" > "$tmp/list"
    # Read every file once before timing: a corpus just made or not read
    # for a while is timed from the disk otherwise (with RUNS=1, wc -w's
    # first run).
    xargs -0 cat < "$tmp/list" > /dev/null
    bytes=$(wc -c --files0-from="$tmp/list" | tail -n 1 | cut -d' ' -f1)
    read -r wc_ns _ < <(best_ns wc -w --files0-from="$tmp/list")
    read -r json_ns _ < <(best_ns "$bin" extract --format json "$dir")
    read -r jsonl_ns ext_kb < <(best_ns peak "$bin" extract --format jsonl "$dir")
    read -r check_ns chk_kb < <(best_ns peak "$bin" check --format json --fail-on never "$dir")
    printf '%-9s %4sx %7d %6s | %6s | %6s %5s | %6s %5s | %6s %5s | %7s %5s | %7s %5s\n' \
      "$kind" "$k" "${#files[@]}" "$(ratio "$bytes" 1000000)" "$(secs "$wc_ns")" \
      "$(secs "$json_ns")" "$(ratio "$json_ns" "$wc_ns")" "$(secs "$jsonl_ns")" "$(ratio "$jsonl_ns" "$wc_ns")" \
      "$(secs "$check_ns")" "$(ratio "$check_ns" "$jsonl_ns")" \
      "$(mb "$ext_kb")" "$(ratio $((ext_kb * 1024)) "$bytes")" "$(mb "$chk_kb")" "$(ratio $((chk_kb * 1024)) "$bytes")"
  done
done
cat << 'EOF'
Columns: seconds (best of the runs) for wc -w, extract --format json and --format jsonl, check --format json;
'/wc' is the ratio to wc -w (budget 3), '/ext' check's ratio to extract jsonl (budget 1.5, flat across scales);
peaks in MB with their ratio to the corpus size (budget 2).
EOF
