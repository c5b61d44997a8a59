#!/usr/bin/env bash
# Measures Tsumiki and the two anchors (scratch-vm and TurboWarp) in one sitting, for
# BENCHMARKS.md. Not part of CI: timings belong in benchmarks, never in pass/fail tests.
#
#   bash .ci/benchmarks.sh [runs]
#
# Needs node and npm for the anchors (../shared/bench/setup.sh installs them once).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared=../shared/bench
anchors=${ANCHORS:-$HOME/.cache/tsumiki-anchors}

echo "## Machine"
echo "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "- $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(go version | cut -d' ' -f3), node $(node --version 2>/dev/null || echo none)"
echo

echo "## Tsumiki (go test -bench, $runs runs each, median reported by benchstat-style sort)"
go test ./runtime -run '^$' -bench 'B[1-5]|Empty|StartToFirstTick' -benchtime 10x -count "$runs" | grep '^Benchmark'
go test ./blocks/compile -run '^$' -bench Compile5000 -benchtime 20x -count "$runs" | grep '^Benchmark'
go test ./stage -run '^$' -bench . -count 1 | grep '^Benchmark' || true

echo
echo "## Runner process start to first tick (hyperfine-style, $runs runs)"
go build -o /tmp/tsumiki-run ./cmd/tsumiki-run
for i in $(seq "$runs"); do
  s=$(date +%s%N); /tmp/tsumiki-run -ticks 1 runtime/testdata/bench/empty.tsumiki >/dev/null; e=$(date +%s%N)
  echo "start-to-first-tick $(( (e - s) / 1000 )) us"
done

if [ -d "$anchors/node_modules/scratch-vm" ]; then
  echo
  echo "## Anchors ($runs runs each)"
  for p in empty B1_count B2_count_warp B3_fib B4_sprites B5_strings; do
    for vm in scratch turbowarp; do
      for i in $(seq "$runs"); do
        s=$(date +%s%N)
        out=$(node "$shared/run-vm.js" "$shared/projects/$p.sb3" --storage --vm=$vm --quiet 2>/dev/null | tail -1)
        e=$(date +%s%N)
        echo "$p $vm process=$(( (e - s) / 1000000 ))ms $out"
      done
    done
  done
else
  echo "anchors not installed: run $shared/setup.sh"
fi
