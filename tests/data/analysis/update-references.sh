#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates the golden references of tst_analysisgolden: runs the test (which writes what the
# analysis finds in every tests/data/analysis/NAME.txt to BUILD_DIR/test-output/analysis/NAME.json)
# and copies those outputs over NAME.expected.json. Review `git diff tests/data/analysis` afterwards:
# every changed line is a changed finding.
#
#   ./dev exec tests/data/analysis/update-references.sh [BUILD_DIR]     (default: build/dev)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build/dev}
rm -f "$build"/test-output/analysis/*.json
# The test fails while outputs and references differ; that is why it runs here.
status=0
"$build/bin/tst_analysisgolden" >/dev/null 2>&1 || status=$?
if [ "$status" -gt 1 ] && ! ls "$build"/test-output/analysis/*.json >/dev/null 2>&1; then
    echo "tst_analysisgolden did not run (exit status $status): build it, and run this through ./dev exec" >&2
    exit 1
fi
n=0
for out in "$build"/test-output/analysis/*.json; do
    [ -f "$out" ] || continue
    name=$(basename "$out" .json)
    [ -f "$here/$name.txt" ] || continue
    cp "$out" "$here/$name.expected.json"
    n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "no outputs in $build/test-output/analysis: build tst_analysisgolden first" >&2; exit 1; }
echo "updated $n references in $here"
