#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders installer/icons/continuity.svg to the PNG sizes of the hicolor theme (needs
# rsvg-convert from librsvg2-bin). The PNGs are committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../installer/icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" continuity.svg -o "continuity-$size.png"
done
