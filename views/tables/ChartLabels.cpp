// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLabels.h"
#include "Relayout.h"

#include <QFontMetrics>

#include <QEvent>

#include <QTimer>

#include <QPointer>

#include <QBarCategoryAxis>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QToolTip>

namespace Continuity::ChartLabels {

QString elided(const QString &name)
{
    return name.size() > MaxChars ? name.left(MaxChars - 1) + QStringLiteral("…") : name;
}

void showBarToolTips(QChartView *view, QAbstractBarSeries *series, const QStringList &fullNames,
                     const QString &unitFormat)
{
    QObject::connect(
        series, &QAbstractBarSeries::hovered, view,
        [view, fullNames, unitFormat](bool on, int index, QBarSet *set) {
            if (!on || index < 0 || index >= fullNames.size()) {
                QToolTip::hideText();
                return;
            }
            const QString value = unitFormat.arg(QLocale().toString(set->at(index), 'f', 1));
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("%1: %2 %3").arg(fullNames.at(index), set->label(), value), view);
        });
}

void showLegendToolTips(QChart *chart, const QStringList &fullNames)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (int i = 0; i < series.size() && i < fullNames.size(); ++i) {
        for (QLegendMarker *marker : chart->legend()->markers(series.at(i))) {
            const QString name = fullNames.at(i);
            QObject::connect(marker, &QLegendMarker::hovered, chart, [name](bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), name);
                else
                    QToolTip::hideText();
            });
        }
    }
}

void keepLabelsWhole(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes())
        axis->setTruncateLabels(false);
}

namespace {

// Category labels stand upright when side by side they need more than the plot area's width.
void slant(QChartView *view, QBarCategoryAxis *axis)
{
    const QFontMetrics metrics(axis->labelsFont());
    int needed = 0;
    for (const QString &label : axis->categories())
        needed += metrics.horizontalAdvance(label) + metrics.averageCharWidth();
    const int angle = needed > view->chart()->plotArea().width() ? -90 : 0;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

} // namespace

void slantWhenCrowded(QChartView *view, QBarCategoryAxis *axis)
{
    // Kept by the axis; the view outlives its chart's axes.
    const QPointer<QChartView> v = view;
    const auto again = relayoutWhenChanged(axis, view, [v, axis] {
        if (v && v->chart())
            slant(v, axis);
    });
    QObject::connect(view->chart(), &QChart::plotAreaChanged, axis, again);
}

void useFont(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    QFont labels = font;
    labels.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(font);
    }
}

} // namespace Continuity::ChartLabels
