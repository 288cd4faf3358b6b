#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Volkswagen importer's benchmark: `vitrine-cli inspect --json` on folders of 1,000 and
# 10,000 deliveries beside the plain Python reader (python-reader.py) doing the same mapping, in
# one run; prints seconds and peak memory of each (`/usr/bin/time -v`) and checks they agree.
#
#     bench/vw-data-act/run-bench.sh [--workdir DIR] [PATH/TO/vitrine-cli]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
cli="$root/build/app/vitrine-cli"
work=/tmp/vitrine-vw-bench
while [ $# -gt 0 ]; do
    case "$1" in
    --workdir) work="$2"; shift ;;
    *) cli="$1" ;;
    esac
    shift
done
mkdir -p "$work"
measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -v "$@" > "$work/$label.out" 2> "$work/$label.time"
    local secs rss
    secs=$(grep "Elapsed (wall clock)" "$work/$label.time" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/$label.time" | awk '{print $NF}')
    printf '| %-28s | %10s | %8d MiB |\n' "$label" "$secs" "$((rss / 1024))"
}
echo "| run                          |    seconds |     peak RSS |"
echo "|---|---|---|"
for n in 1000 10000; do
    dir="$work/deliveries-$n"
    [ -d "$dir" ] || python3 "$here/make-deliveries.py" "$dir" "$n"
    cat "$dir"/* > /dev/null # into the page cache
    measure "vitrine-cli, $n deliveries" "$cli" inspect --json "$dir"
    measure "python, $n deliveries" python3 "$here/python-reader.py" "$dir"
    python3 - "$work/vitrine-cli, $n deliveries.out" "$work/python, $n deliveries.out" <<'PY'
import json, sys
v, p = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
kinds = {k: t['events'] for k, t in v['by_data_kind'].items()}
same = (v['totals']['events'] == p['events'] and kinds == p['by_kind'] and
        v['datasets']['accepted'] == p['datasets'] and v['datasets']['repeated'] == p['repeated'] and
        v['datasets']['blank'] == p['empty'] and len(v['by_day']) == p['days'])
print('|', 'same totals' if same else 'TOTALS DIFFER', '|', v['totals']['events'], 'events |', '|')
PY
done
