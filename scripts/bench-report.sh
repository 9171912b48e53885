#!/bin/sh
# Runs benchmarks and writes what they print into docs/benchmarks.md, between the markers
# <!-- begin NAME --> and <!-- end NAME --> of each, so that the figures there are the output
# of a run, never typed by hand (docs/benchmarks.md). Build first (cmake --build --preset
# default).
#
#   scripts/bench-report.sh [BENCH [ARGS...]]   default: bench_endtoend
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${1:-bench_endtoend}
[ $# -gt 0 ] && shift
program="$root/build/bench/$bench"
[ -x "$program" ] || { echo "bench-report: build $bench first (cmake --build build)" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out" "$out.md"' EXIT
{
    echo "Run on $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 | sed 's/^/SQLite /'):"
    echo
    "$program" "$@" | sed 's/^/    /'
} >"$out"
python3 - "$root/docs/benchmarks.md" "$bench" "$out" <<'PY'
import re, sys
doc, name, out = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(doc, encoding='utf-8').read()
figures = open(out, encoding='utf-8').read().rstrip('\n')
begin, end = f'<!-- begin {name} -->', f'<!-- end {name} -->'
if begin not in text:
    sys.exit(f'bench-report: docs/benchmarks.md has no {begin} marker')
text = re.sub(re.escape(begin) + '.*?' + re.escape(end),
              lambda m: f'{begin}\n{figures}\n{end}', text, flags=re.S)
open(doc, 'w', encoding='utf-8').write(text)
PY
echo "bench-report: docs/benchmarks.md updated with $bench"
