// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace Continuity::Report {

// Charts of the printed reports (docs/decisions/report-charts.md): drawn with QPainter as vector
// figures, legible in black and white (every bar and point is also written as a number or told
// apart by its line and mark, never by colour alone).

struct BarItem
{
    QString label;
    double value = 0;
    QString valueText; // written at the bar's end ("3 processes")
};

// Horizontal bars, one a line, labels on the left.
Figure barChart(const QList<BarItem> &bars, const QString &description);

struct ImpactLine
{
    QString name;
    QList<int> ratings; // 0..4, one per horizon
};

// Impact over time: one line per category over the BIA horizons (hours), ratings 0..4, each
// line with its own dash and mark; the MTD, when given, a labelled vertical line.
Figure impactChart(const QList<double> &horizonsHours, const QList<ImpactLine> &lines,
                   std::optional<double> mtdHours, const QString &description);

// A rating's colour in a heat map, light to dark as it grows (0xRRGGBB), so that a grey print
// still shows the order; the number is always printed on it.
int ratingFill(int rating);

} // namespace Continuity::Report
