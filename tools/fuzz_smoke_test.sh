#!/bin/bash
# Runs a libFuzzer target for a bounded time, from a seed corpus; any crash,
# sanitizer report, leak or timeout fails the test.
set -euo pipefail
fuzzer=$1
seconds=$2
shift 2
corpus="$TEST_TMPDIR/corpus"
seeds="$TEST_TMPDIR/seeds"
mkdir -p "$corpus" "$seeds"
i=0
for seed in "$@"; do
  cp "$seed" "$seeds/seed_$i"
  i=$((i + 1))
done
# New inputs go into the first (writable) directory; the seeds stay as they are.
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$corpus" "$seeds"
