// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>

class QImage;
class QTransform;

namespace Continuity {

// Draws many one-pixel lines straight into an ARGB32_Premultiplied image. QPainter blends a
// cosmetic line pixel by pixel through its generic span functions, which costs about 2 µs for
// a long line; a map of 30k dependencies needs them in a few milliseconds (issue "Big plans",
// docs/decisions/map-views.md). Lines are mapped by `toDevice`, clipped to the image, and
// drawn with Xiaolin Wu's antialiasing when `antialias` is set, optionally dashed (`on` pixels
// drawn, `off` skipped, along the longer axis).
struct LineStyle
{
    QColor colour;
    bool antialias = true;
    int on = 0; // 0: solid
    int off = 0;
    int width = 1; // pixels across; 2 on high-density screens and exports
};

// Liang–Barsky: the part of `line` inside `rect`; false when none is.
bool clipLine(const QLineF &line, const QRectF &rect, QLineF *clipped);

void rasterLines(QImage *image, const QTransform &toDevice, const QList<QLineF> &lines,
                 const LineStyle &style);

} // namespace Continuity
