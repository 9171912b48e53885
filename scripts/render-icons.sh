#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders installer/icons/continuity.svg to the PNG sizes of the hicolor theme (needs
# rsvg-convert from librsvg2-bin) and the Windows icon (ImageMagick's convert). They are
# committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../installer/icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" continuity.svg -o "continuity-$size.png"
done
convert continuity-16.png continuity-24.png continuity-32.png continuity-48.png \
    continuity-64.png continuity-128.png continuity-256.png continuity.ico
