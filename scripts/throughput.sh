#!/usr/bin/env bash
# Time the release binary on a generated corpus against `wc -w` on the same
# files, in the same run, and print the ratios of the throughput budget:
#   extract over the corpus        within 3x   of wc -w
#   check over 10,000 articles     within 1.5x of extract over the same files
#   peak memory of extract         under  2x   the corpus size
# Usage: scripts/throughput.sh [MEGABYTES] (default 50). Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
corpus=${CORPUS_DIR:-target/corpus-${mb}mb}
cargo build --release --quiet --bin factlint --example gen_corpus
bin=target/release/factlint
if [ ! -f "$corpus/planted.jsonl" ]; then
  target/release/examples/gen_corpus "$corpus" --megabytes "$mb"
fi
files=$(mktemp); trap 'rm -f "$files"' EXIT
find "$corpus" -type f -name 'article-*' | sort > "$files"
bytes=$(xargs -a "$files" cat | wc -c)

best() { # best wall time of 3 runs of "$@", in seconds
  local best=""
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

wc_t=$(best sh -c "xargs -a '$files' -d '\n' wc -w")
ex_t=$(best "$bin" extract --format jsonl "$corpus")
mem_kb=$( { /usr/bin/time -f '%M' "$bin" extract --format jsonl "$corpus" > /dev/null; } 2>&1 | tail -1 )
ten=$(mktemp -d); trap 'rm -f "$files"; rm -rf "$ten"' EXIT
head -n 10000 "$files" | while read -r f; do mkdir -p "$ten/$(dirname "${f#$corpus/}")"; ln -s "$(realpath "$f")" "$ten/${f#$corpus/}"; done
ex10_t=$(best "$bin" extract --format jsonl "$ten")
ck10_t=$(best "$bin" check --format json --fail-on never "$ten")
ck_mem_kb=$( { /usr/bin/time -f '%M' "$bin" check --format json --fail-on never "$ten" > /dev/null; } 2>&1 | tail -1 )

printf 'corpus: %s, %d files, %.1f MB\n' "$corpus" "$(wc -l < "$files")" "$(echo "$bytes / 1000000" | bc -l)"
printf 'wc -w:                  %6.2f s\n' "$wc_t"
printf 'factlint extract:       %6.2f s   ratio to wc -w: %.2fx (budget 3x)\n' "$ex_t" "$(echo "$ex_t / $wc_t" | bc -l)"
printf 'extract peak memory:    %6.1f MB  ratio to corpus: %.2fx (budget 2x)\n' "$(echo "$mem_kb / 1024" | bc -l)" "$(echo "$mem_kb * 1024 / $bytes" | bc -l)"
printf 'extract, 10,000 files:  %6.2f s\n' "$ex10_t"
printf 'check, 10,000 files:    %6.2f s   ratio to extract: %.2fx (budget 1.5x), peak %.1f MB\n' "$ck10_t" "$(echo "$ck10_t / $ex10_t" | bc -l)" "$(echo "$ck_mem_kb / 1024" | bc -l)"
