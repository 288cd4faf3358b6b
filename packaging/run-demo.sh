#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job on a fresh Debian 12 machine: install what is missing, build, and run Vitrine on
# the bundled demo log. With a display, the kiosk opens full screen (`vitrine --demo`; the
# advisor's demo PIN is shown on screen). Without one, it prints the customer's plain-language
# summary, writes the demo's signed privacy review sheet, checks its signature, and says where
# the sheet is; in the language given as first argument (fr, de, it or en; French by default).
#
# The demo's dealer certificate (self-signed, for "Garage Exemple SA (démo)") is made on the
# first run and kept with the sheets in ${XDG_STATE_HOME:-~/.local/state}/vitrine-demo,
# owner-only. VITRINE_BUILD_DIR builds in another folder than build/ (same settings).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lang=${1:-fr}
case "$lang" in
fr | de | it | en) ;;
*)
    echo "run-demo.sh: unknown language \"$lang\": use fr, de, it or en." >&2
    exit 1
    ;;
esac
build=${VITRINE_BUILD_DIR:-$root/build}
"$root/packaging/setup-debian.sh"
cmake -S "$root" --preset default -B "$build"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    cmake --build "$build" --target vitrine vitrine-cli
    exec "$build/app/vitrine" --demo
fi

# No display: the command line is all that is needed.
cmake --build "$build" --target vitrine-cli
cli="$build/app/vitrine-cli"
demo="$root/resources/demo/demo.vdfl.jsonl"
echo "No display: the plain-language summary of the demo log follows." >&2
"$cli" inspect --lang "$lang" "$demo"
echo

state="${XDG_STATE_HOME:-$HOME/.local/state}/vitrine-demo"
(umask 077 && mkdir -p "$state")
chmod 700 "$state"
nss="$state/nss"
if ! "$cli" cert show --nss-dir "$nss" >/dev/null 2>&1; then
    echo "Making the demo's dealer certificate (self-signed) in $nss ..." >&2
    "$cli" cert init --nss-dir "$nss" --name "Garage Exemple SA (démo)" --lang "$lang" >/dev/null
fi
sheet="$state/demo-sheet-$lang.pdf"
"$cli" sheet --log "$demo" --lang "$lang" --nss-dir "$nss" --out "$sheet"
echo
"$cli" verify --nss-dir "$nss" --lang "$lang" "$sheet"
echo
echo "The demo's signed sheet is $sheet"
echo "Open it with any PDF reader; print it with: $cli print $sheet"
