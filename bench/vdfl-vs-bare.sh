#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `vitrine-cli inspect --json` beside a bare simdjson pass over the same VDFL log (issue 10's
# yardstick): the two run in turn, N times each, with the file in the page cache, on every core
# the machine has; prints the median wall-clock seconds of each and their ratio, for the whole
# programs and for the work inside them (vdfl_inspect and vdfl_bare_simdjson time themselves).
#
#     bench/vdfl-vs-bare.sh [--runs N] [--build DIR] LOG.jsonl
#
# It builds nothing: DIR (default build/ under the project) must hold a Release build with
# app/vitrine-cli, bench/vdfl_inspect and bench/vdfl_bare_simdjson. Make a log with
# `vitrine-cli generate --events 1000000 --seed 1 --out LOG.jsonl`.

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(dirname "$here")/build"
runs=21
log=""
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs="$2"; shift ;;
    --build) build="$2"; shift ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "vdfl-vs-bare.sh: unknown option $1" >&2; exit 1 ;;
    *) log="$1" ;;
    esac
    shift
done
die() { echo "vdfl-vs-bare.sh: $*" >&2; exit 2; }
[ -n "$log" ] && [ -r "$log" ] || die "give a readable VDFL log"
cli="$build/app/vitrine-cli"
inspect="$build/bench/vdfl_inspect"
bare="$build/bench/vdfl_bare_simdjson"
for p in "$cli" "$inspect" "$bare"; do [ -x "$p" ] || die "no $p (build the project first)"; done

cat "$log" >/dev/null # into the page cache
now() { date +%s%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for _ in $(seq "$runs"); do
    t0=$(now); "$bare" "$log" >"$tmp/bare.out"; t1=$(now)
    "$cli" inspect --json "$log" >/dev/null; t2=$(now)
    echo $(((t1 - t0) / 1000))e-6 >>"$tmp/bare.wall"
    echo $(((t2 - t1) / 1000))e-6 >>"$tmp/cli.wall"
    awk '{ print $4 }' "$tmp/bare.out" >>"$tmp/bare.in"
    "$inspect" "$log" | awk '{ print $3 }' >>"$tmp/cli.in"
done
/usr/bin/time -f %M -o "$tmp/cli.rss" "$cli" inspect --json "$log" >/dev/null
/usr/bin/time -f %M -o "$tmp/bare.rss" "$bare" "$log" >/dev/null

bw=$(median <"$tmp/bare.wall"); cw=$(median <"$tmp/cli.wall")
bi=$(median <"$tmp/bare.in"); ci=$(median <"$tmp/cli.in")
printf '%s: %s, %d runs each, %d cores\n' "$(basename "$log")" \
    "$(du -h "$log" | cut -f1)" "$runs" "$(nproc)"
awk -v bw="$bw" -v cw="$cw" -v bi="$bi" -v ci="$ci" -v br="$(cat "$tmp/bare.rss")" \
    -v cr="$(cat "$tmp/cli.rss")" 'BEGIN {
    print "| | bare simdjson pass | vitrine | ratio |"
    print "|---|---:|---:|---:|"
    printf "| whole program, median s | %.3f | %.3f | %.2fx |\n", bw, cw, cw / bw
    printf "| inside the program, median s | %.3f | %.3f | %.2fx |\n", bi, ci, ci / bi
    printf "| peak RSS, MB | %.1f | %.1f | |\n", br / 1024, cr / 1024
}'
