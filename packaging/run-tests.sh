#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing on a Debian 12 machine, builds everything with warnings as errors,
# and runs the whole test suite with ctest; then builds the readers' fuzzers with clang, ASan
# and UBSan (the fuzz preset, in build-fuzz/) and fuzzes each for a few seconds (docs/fuzzing.md).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cd "$root"
cmake --workflow --preset default
cmake --workflow --preset fuzz
