#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The speed benchmark: how fast `vitrine-cli inspect --json` reads a car data log, beside a plain
# Python reader (bench/python_reader.py) and jq (bench/jq_reader.jq) doing the same aggregation
# on the same files. Prints a table (Markdown) of seconds, events/s, MB/s and peak memory.
#
#     bench/run-bench.sh [--quick] [--workdir DIR] [--repeat N] [PATH/TO/vitrine-cli]
#
# It builds nothing: pass the vitrine-cli of a Release build (default: build/app/vitrine-cli
# under the project). The logs (1M and 10M events, and the 10M one gzip-compressed) are made with
# `vitrine-cli generate` in the work dir (default /tmp/vitrine-bench) and reused by later runs;
# delete the work dir to make them again. Every run is timed by `/usr/bin/time -v` with the file
# already in the page cache, pinned to one CPU core (taskset) when possible.
#
#   --quick      skip jq on the 10M files (jq needs about 15 minutes for each of them)
#   --workdir D  where the logs and the raw measurements go
#   --repeat N   run vitrine-cli N times per file and keep the median time (default 3; Python
#                and jq run once: they take 25 to 700 times longer)
#
# Figures: "seconds" is wall-clock time; events/s counts events (the sum of the records'
# `count`), MB/s counts the uncompressed bytes of the log (1 MB = 10^6 bytes); peak RSS is
# "Maximum resident set size". For a gzip file, the size column is the compressed size.

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cli="$root/build/app/vitrine-cli"
work="/tmp/vitrine-bench"
quick=0
repeat=3
seed=1

while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --workdir) work="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-bench.sh: unknown option $1" >&2; exit 1 ;;
    *) cli="$1" ;;
    esac
    shift
done

die() { echo "run-bench.sh: $*" >&2; exit 2; }
[ -x "$cli" ] || die "no vitrine-cli at $cli (build it, or pass its path)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"
command -v python3 >/dev/null || die "python3 is missing"
command -v jq >/dev/null || die "jq is missing (apt-get install jq)"
cli="$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")"
mkdir -p "$work/runs"
cd "$work"

pin=()
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then
    pin=(taskset -c 0)
fi

# --- the logs ------------------------------------------------------------------------------
make_log() { # events file
    if [ ! -s "$2" ]; then
        echo "generating $2 ($1 events) ..." >&2
        "$cli" generate --events "$1" --seed "$seed" --out "$2" >&2
    fi
}
make_log 1000000 events-1M.jsonl
make_log 10000000 events-10M.jsonl
make_log 10000000 events-10M.jsonl.gz
files=(events-1M.jsonl events-10M.jsonl events-10M.jsonl.gz)

is_gzip() { [ "$(head -c 2 "$1" | od -An -tx1 | tr -d ' \n')" = "1f8b" ]; }

# --- one timed run -------------------------------------------------------------------------
# run READER FILE OUT TIMEFILE: runs the reader, its report to OUT, /usr/bin/time -v to TIMEFILE.
run() {
    local reader="$1" file="$2" out="$3" tv="$4"
    local -a cmd
    case "$reader" in
    vitrine) cmd=("$cli" inspect --json "$file") ;;
    python) cmd=(python3 "$here/python_reader.py" "$file") ;;
    jq)
        if is_gzip "$file"; then
            # shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments
            cmd=(bash -o pipefail -c 'gzip -dc "$1" | jq -n -R -f "$2"' jq "$file" "$here/jq_reader.jq")
        else
            cmd=(jq -n -R -f "$here/jq_reader.jq" "$file")
        fi
        ;;
    esac
    if ! /usr/bin/time -v -o "$tv" "${pin[@]}" "${cmd[@]}" >"$out" 2>"$out.err"; then
        echo "run-bench.sh: $reader failed on $file:" >&2
        cat "$out.err" >&2
        return 1
    fi
}

wall() { # seconds of a /usr/bin/time -v output
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
rss_kb() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }

# field FILE KEY.PATH: a number from a JSON report
field() {
    python3 -c 'import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."):
    v = v[k]
print(v)' "$1" "$2"
}

# --- measure -------------------------------------------------------------------------------
results="$work/results.tsv"
: >"$results"
for f in "${files[@]}"; do
    echo "warming the page cache with $f ..." >&2
    cat "$f" >/dev/null
    size=$(stat -c %s "$f")
    if is_gzip "$f"; then raw=$(gzip -dc "$f" | wc -c); else raw=$size; fi
    for reader in vitrine python jq; do
        base="$work/runs/${f//./_}.$reader"
        if [ "$reader" = jq ] && [ $quick = 1 ] && [[ "$f" == *10M* ]]; then
            printf '%s\t%s\t%s\t%s\tskipped\n' "$f" "$size" "$raw" "$reader" >>"$results"
            continue
        fi
        n=1
        [ "$reader" = vitrine ] && n=$repeat
        times=()
        for ((i = 1; i <= n; i++)); do
            echo "  $reader on $f (run $i of $n) ..." >&2
            run "$reader" "$f" "$base.json" "$base.time$i"
            times+=("$(wall "$base.time$i") $i")
        done
        # the median run (by wall time)
        med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((n + 1) / 2))p" | cut -d' ' -f2)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$size" "$raw" "$reader" \
            "$(wall "$base.time$med")" "$(rss_kb "$base.time$med")" \
            "$(field "$base.json" totals.events)" "$(field "$base.json" lines.accepted)" \
            "$base.json" >>"$results"
    done
done

# --- the table and the checks ----------------------------------------------------------------
python3 - "$results" "$quick" <<'EOF'
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
quick = sys.argv[2] == "1"
# The authoritative event and record counts of each file: vitrine-cli's report.
truth = {r[0]: (int(r[6]), int(r[7])) for r in rows if r[3] == "vitrine"}
speed = {}
for r in rows:
    if r[4] != "skipped":
        speed[(r[0], r[3])] = truth[r[0]][0] / float(r[4])

print("| file | size MB | events | records | reader | seconds | events/s | MB/s | peak RSS MB | vs python |")
print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|")
for r in rows:
    f, size, raw, reader = r[0], int(r[1]), int(r[2]), r[3]
    events, records = truth[f]
    head = f"| {f} | {size / 1e6:.1f} | {events:,} | {records:,} | {reader} |"
    if r[4] == "skipped":
        why = " (--quick)" if quick else ""
        print(f"{head} skipped{why} | | | | |")
        continue
    secs, rss = float(r[4]), int(r[5]) / 1024
    ratio = speed[(f, reader)] / speed[(f, "python")] if (f, "python") in speed else float("nan")
    print(f"{head} {secs:.2f} | {events / secs:,.0f} | {raw / 1e6 / secs:.1f} | {rss:.1f} | {ratio:.2f}× |")

print()
problems = []
for r in rows:
    if r[4] == "skipped":
        continue
    events, accepted = int(r[6]), int(r[7])
    if (events, accepted) != truth[r[0]]:
        problems.append(f"{r[0]}: {r[3]} says events {events}, accepted {accepted}; "
                        f"vitrine says {truth[r[0]][0]}, {truth[r[0]][1]}")
one = [r for r in rows if r[0] == "events-1M.jsonl" and r[4] != "skipped"]
if problems:
    print("agreement: DIFFERENT")
    for p in problems:
        print("  " + p)
else:
    print(f"agreement: ok (totals.events and lines.accepted: {', '.join(r[3] for r in one)} "
          f"on events-1M.jsonl, and every other run)")

rss = {r[0]: int(r[5]) / 1024 for r in rows if r[3] == "vitrine"}
small, big = rss["events-1M.jsonl"], rss["events-10M.jsonl"]
flat = big <= small * 1.2 + 4
print(f"memory: vitrine peak RSS {small:.1f} MB (1M) vs {big:.1f} MB (10M), "
      f"{rss['events-10M.jsonl.gz']:.1f} MB (10M gzip): "
      + ("does not grow with the file" if flat else "GROWS WITH THE FILE"))
v = speed[("events-10M.jsonl", "vitrine")]
p = speed[("events-10M.jsonl", "python")]
ok = v >= 1e6 and v >= 10 * p
print(f"floor (>= 1M events/s on one core and >= 10x Python, 10M plain file): "
      f"{v:,.0f} events/s, {v / p:.1f}x Python: {'met' if ok else 'NOT MET'}")
EOF
