#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything and runs every test headless:
#   1. the whole suite (ctest, two at a time, offscreen Qt platform);
#   2. the file-layer tests again, built with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

echo "== Build and run the test suite"
cmake --preset default
cmake --build --preset default
ctest --preset default

echo "== File layer under AddressSanitizer and UBSan"
cmake --preset asan
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan
