#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 600), two at a time, seeded with
# the fixtures and rule files. Crashes are left in fuzz/artifacts/<target>/.
set -u
cd "$(dirname "$0")/.."
seconds=${1:-600}
for t in extract_text markdown_reader html_reader check_two_documents; do
  mkdir -p "fuzz/corpus/$t"; find fixtures -type f ! -name '*.toml' -exec cp {} "fuzz/corpus/$t/" \;
done
for t in rule_file config_file; do
  mkdir -p "fuzz/corpus/$t"; cp rules/*.toml "fuzz/corpus/$t/"
done
printf 'paths = ["stories"]\nfail-on = "warning"\n[severity]\nmeasure = "error"\n' > fuzz/corpus/config_file/seed.toml
run() { cargo +nightly fuzz run "$1" "fuzz/corpus/$1" -- -max_total_time="$seconds" -rss_limit_mb=2048 > "fuzz/$1.log" 2>&1; echo "$1: exit $?" >> fuzz/results.txt; }
: > fuzz/results.txt
for pair in "extract_text markdown_reader" "html_reader check_two_documents" "rule_file config_file"; do
  set -- $pair
  run "$1" & run "$2" & wait
done
