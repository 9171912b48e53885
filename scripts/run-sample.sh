#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Continuity and opens it on the bundled sample plan.
# The sample plan is created once at build/sample.continuity; your edits to it are kept.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target continuity continuity-cli

plan=build/sample.continuity
if [ ! -f "$plan" ]; then
    build/app/continuity-cli new "$plan" --sample
fi
exec build/app/continuity "$plan" "$@"
