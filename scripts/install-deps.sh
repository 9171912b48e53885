#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian's packages, everything Continuity needs to build, run and test.
# Safe to run again: it installs only what is missing. Needs root (or sudo).
#   --check: install nothing; list what is missing and exit 1 if anything is (every name here
#            must be a real package, which an install leaves installed: a virtual one would
#            be "missing" on every run, and every run would call apt-get again).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6opengl6-dev libxkbcommon-dev
    libgraphviz-dev graphviz sqlite3 libsqlite3-dev libzip-dev
    qt6-translations-l10n tzdata python3-yaml libical-dev python3-icalendar
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core unzip
    dpkg-dev desktop-file-utils appstream shared-mime-info
    libpq-dev postgresql-15 libqt6sql6-psql
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "${1:-}" = "--check" ]; then
    echo "Missing: ${missing[*]}" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
