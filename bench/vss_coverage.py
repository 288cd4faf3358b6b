#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A check, run by hand, that vitrine-cli gives every path of a VSS signal list a category.
"""Check by hand that every path of a VSS signal list gets a category.

Not part of the test suite: the tests carry their own hand-picked paths, and the full VSS list is
not shipped with the project. Run it against a VSS release's signal list (a TSV whose first
column is the signal path, one path per line), e.g.:

    python3 bench/vss_coverage.py BUILD/app/cli/vitrine-cli vss-4.2-signals.tsv

It feeds the paths to `vitrine-cli classify` (paths on stdin, one per line; it prints
`path<TAB>category`, or `path<TAB>` for a string that is not a VSS path), prints how many paths
landed in each category and every path that got none, and exits 1 if there is any such path
(2 if the tool itself failed).
"""

import argparse
import collections
import subprocess
import sys

# The contract's order, so that runs compare line by line.
CATEGORIES = ["location", "driving", "driver", "cabin", "phone",
              "media", "identity", "vehicle", "energy", "software"]


def read_paths(tsv_path):
    paths = []
    with open(tsv_path, encoding="utf-8") as tsv:
        for line in tsv:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            paths.append(line.split("\t", 1)[0])
    return paths


def classify(cli, paths):
    result = subprocess.run([cli, "classify"], input="".join(p + "\n" for p in paths),
                            capture_output=True, text=True, encoding="utf-8", check=False)
    if result.stderr:
        sys.stderr.write(result.stderr)
    categories = {}
    for line in result.stdout.splitlines():
        path, _, category = line.partition("\t")
        categories[path] = category
    return result.returncode, categories


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli", help="path of the vitrine-cli executable")
    parser.add_argument("tsv", help="VSS signal list, the path in the first column")
    args = parser.parse_args()

    paths = read_paths(args.tsv)
    try:
        _, categories = classify(args.cli, paths)
    except OSError as error:
        print(f"cannot run {args.cli}: {error}", file=sys.stderr)
        return 2
    # A non-path makes `classify` report an error, so its exit code alone does not say whether
    # the tool broke: a missing answer line does.
    missing = [p for p in paths if p not in categories]
    if missing:
        print(f"{args.cli} classify gave no answer for {len(missing)} of {len(paths)} paths, "
              f"first: {missing[0]}", file=sys.stderr)
        return 2

    counts = collections.Counter(categories[p] for p in paths)
    unknown = sorted(set(counts) - set(CATEGORIES) - {""})
    width = max(len(c) for c in CATEGORIES + unknown)
    print(f"{len(paths)} paths from {args.tsv}")
    for category in CATEGORIES + unknown:
        note = "" if category in CATEGORIES else "  (not a contract category id)"
        print(f"  {category:<{width}}  {counts.get(category, 0):6d}{note}")

    uncategorised = [p for p in paths if categories[p] == ""]
    if uncategorised:
        print(f"{len(uncategorised)} paths got no category:")
        for path in uncategorised:
            print(f"  {path}")
    return 1 if uncategorised or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
