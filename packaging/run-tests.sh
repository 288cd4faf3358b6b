#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing on a Debian 12 machine, builds everything with warnings as errors,
# and runs the whole test suite with ctest.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cd "$root"
cmake --workflow --preset default
