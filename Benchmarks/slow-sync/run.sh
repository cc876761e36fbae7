#!/usr/bin/env bash
# The store benchmark on a simulated slower disk: every fsync and fdatasync waits SLOW_SYNC_US
# microseconds (default 2000) first. On this project's machine a sync costs about 40 µs, so what
# group commit saves (one sync for many appends) does not show; here it does, against bare SQLite
# commits that pay the same sync.
#
#     bash Benchmarks/slow-sync/run.sh          # from the repository root
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d -t trellis-slow-sync.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
gcc -shared -fPIC -O2 -o "$WORK/slowsync.so" "$HERE/slowsync.c" -ldl
swift build -c release --product TrellisBenchmarks >&2
BIN="$(swift build -c release --show-bin-path)/TrellisBenchmarks"
echo "every sync waits ${SLOW_SYNC_US:-2000} µs first"
BENCH_WRITES="${BENCH_WRITES:-300}" BENCH_ONLY_WRITES=1 LD_PRELOAD="$WORK/slowsync.so" "$BIN"
