#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes VDFL logs where every record has a new host, purpose and via, and prints the peak memory
# of `vitrine-cli inspect --json` on each (the summary's caps keep it flat).
# Usage: bench/distinct-hosts-rss.sh [build/app/vitrine-cli] [N ...]   (default 10000 100000 1000000)
set -eu
cli=${1:-build/app/vitrine-cli}
[ $# -gt 0 ] && shift
sizes=${*:-10000 100000 1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for n in $sizes; do
    python3 - "$n" "$dir/hosts-$n.jsonl.gz" <<'PY'
import gzip, sys
n, path = int(sys.argv[1]), sys.argv[2]
with gzip.open(path, "wt", compresslevel=1) as f:
    f.write('{"vdfl": 1, "vehicle": {"vin": "VTRNE00000000TEST"}}\n')
    for i in range(n):
        f.write('{"t": "2026-04-%02dT08:00:00Z", "kind": "shared", "data": "location", '
                '"to": "h%d.example.com", "via": "v%d.example.net", "purpose": "p%d", '
                '"bytes": 10}\n' % (1 + i % 28, i, i, i))
PY
    /usr/bin/time -v "$cli" inspect --json "$dir/hosts-$n.jsonl.gz" >/dev/null 2>"$dir/time"
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time")
    echo "$n distinct hosts: peak RSS $((rss / 1024)) MiB, $wall"
done
