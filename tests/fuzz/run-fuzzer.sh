#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One short libFuzzer run for ctest (fuzz_run_<name>): the harness fuzzes for SECONDS from copies
# of its seed folders, and any crash, leak, timeout, out-of-memory or sanitizer report fails it.
#
# Usage: run-fuzzer.sh FUZZER RUN_DIR SECONDS SEED_FOLDER...
# RUN_DIR (in the build tree) is emptied first; then it holds new/ (the inputs libFuzzer adds,
# its first corpus folder), seeds/1, seeds/2, ... (read-only copies of the seed folders, so the
# committed corpus never changes) and artifacts/ (the input that failed, crash-<sha1>,
# leak-<sha1>, timeout-<sha1> or oom-<sha1>).
set -eu
if [ "$#" -lt 4 ]; then
    echo "usage: run-fuzzer.sh FUZZER RUN_DIR SECONDS SEED_FOLDER..." >&2
    exit 2
fi
fuzzer=$1
run=$2
seconds=$3
shift 3
rm -rf "$run"
mkdir -p "$run/new" "$run/seeds" "$run/artifacts"
i=0
for seeds in "$@"; do
    if [ ! -d "$seeds" ]; then
        echo "run-fuzzer.sh: no seed folder $seeds" >&2
        exit 2
    fi
    i=$((i + 1))
    cp -R "$seeds" "$run/seeds/$i"
done
find "$run/seeds" -type f -exec chmod a-w {} +

status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=512 -max_len=65536 \
    -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$run/artifacts/" \
    "$run/new" "$run"/seeds/* || status=$?
if [ "$status" -ne 0 ]; then
    echo "run-fuzzer.sh: $(basename "$fuzzer") failed (exit status $status); what it found:" >&2
    ls -l "$run/artifacts" >&2
    exit 1
fi
echo "run-fuzzer.sh: $(basename "$fuzzer"): $seconds s without a crash, leak, timeout or report"
