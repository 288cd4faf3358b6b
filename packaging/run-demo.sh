#!/bin/sh
# The main job on a fresh Debian 12 machine: install what is missing, build, and run Vitrine on
# the bundled demo log. With a display, the kiosk opens full screen (`vitrine --demo`; the
# advisor's demo PIN is shown on screen). Without one, it prints the customer's plain-language
# summary instead (in the language given as first argument: fr, de, it or en; French by default).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cmake -S "$root" --preset default
cmake --build "$root/build" --target vitrine vitrine-cli
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$root/build/app/vitrine" --demo
fi
echo "No display: the plain-language summary of the demo log follows." >&2
"$root/build/app/vitrine-cli" inspect --lang "${1:-fr}" "$root/resources/demo/demo.vdfl.jsonl"
