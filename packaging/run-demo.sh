#!/bin/sh
# The main job on a fresh Debian 12 machine: install what is missing, build, and run Vitrine on
# the bundled demo log. For now it prints the customer's plain-language summary (in the
# language given as first argument: fr, de, it or en; French by default).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cmake -S "$root" --preset default
cmake --build "$root/build" --target vitrine-cli
"$root/build/app/vitrine-cli" inspect --lang "${1:-fr}" "$root/resources/demo/demo.vdfl.jsonl"
