// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QFont;

namespace Continuity::ChartLabels {

// Charts whose labels fit (issue #18 point 2). Names go where there is room for them: bars run
// sideways with the names down the left, never truncated by the axis; a name longer than
// MaxChars is elided and the full name shows in the tooltip of its bars and legend entry.
constexpr int MaxChars = 40;
QString elided(const QString &name);

// On hovering a bar: its full category name, its set and its value in the given unit
// ("Authorise card payments: Achievable 16.5 h").
void showBarToolTips(QChartView *view, QAbstractBarSeries *series, const QStringList &fullNames,
                     const QString &unitFormat);
// Hovering a legend entry shows `fullNames[i]` for the i-th series of `chart`.
void showLegendToolTips(QChart *chart, const QStringList &fullNames);
// No axis of `chart` cuts its labels short with "...".
void keepLabelsWhole(QChart *chart);
// The category labels of `axis` on `view`'s chart stand upright when side by side they would
// not fit the plot's width (twelve months at presentation scale), and back when they fit;
// Qt Charts would otherwise drop some of them.
void slantWhenCrowded(QChartView *view, QBarCategoryAxis *axis);
// The chart's title, legend and axes in `font` (the window's text, which presentation mode
// enlarges; Qt Charts' own fonts are fixed and stay small in front of a room). Call once the
// axes are attached.
void useFont(QChart *chart, const QFont &font);

} // namespace Continuity::ChartLabels
