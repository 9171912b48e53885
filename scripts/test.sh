#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything and runs every test headless:
#   1. the whole suite (ctest, two at a time, offscreen Qt platform), release with debug info;
#   2. the whole suite again, a Debug build under AddressSanitizer and UBSan (GUI tests too):
#      lifetime bugs that a release build hides fail here (docs/decisions/sanitizers.md).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# What was installed stays installed: a second run would install nothing.
bash scripts/install-deps.sh --check
export QT_QPA_PLATFORM=offscreen

echo "== Build and run the test suite"
cmake --preset default
cmake --build --preset default
ctest --preset default

echo "== The whole suite again: Debug, AddressSanitizer and UBSan"
cmake --preset asan
cmake --build --preset asan
# The package test builds and inspects the DEB; the release run above has done that.
ctest --preset asan --label-exclude package
