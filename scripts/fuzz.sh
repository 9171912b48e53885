#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes each importer with libFuzzer for SECONDS (default 60) seconds: the CSV reader, the
# CMDB import, the CMDB mapping file, plan JSON and plan files changed row by row. Needs clang (apt-get install clang).
# Starts from the seed corpus in tests/data/fuzz; new inputs collect in build-fuzz/corpus.
# A crash leaves crash-* in the current folder: fix it, then add the input to
# tests/data/fuzz/<target>/ so that tst_fuzzcorpus replays it from then on.
#
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 2; }
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
declare -A corpus=([csv]=csv [cmdb_import]=cmdb [cmdb_mapping]=mapping [plan_json]=planjson [plan_file]=planfile [vcard]=vcard [snow_incidents]=snow)
status=0
for target in csv cmdb_import cmdb_mapping plan_json plan_file vcard snow_incidents; do
    work="build-fuzz/corpus/$target"
    mkdir -p "$work"
    echo "== fuzz_$target for ${seconds}s"
    if ! "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 "$work" "tests/data/fuzz/${corpus[$target]}"; then
        status=1
    fi
done
exit $status
