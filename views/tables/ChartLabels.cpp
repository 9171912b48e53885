// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLabels.h"

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

class Slant : public QObject
{
public:
    Slant(QChartView *view, QBarCategoryAxis *axis)
        : QObject(axis)
        , m_view(view)
        , m_axis(axis)
    {
        view->installEventFilter(this);
        QObject::connect(view->chart(), &QChart::plotAreaChanged, this, [this] { fit(); });
        fit();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)
            QTimer::singleShot(0, this, [this] { fit(); });
        return false;
    }

private:
    void fit()
    {
        if (!m_view || !m_axis)
            return;
        const QFontMetrics metrics(m_axis->labelsFont());
        const QStringList labels = m_axis->categories();
        int needed = 0;
        for (const QString &label : labels)
            needed += metrics.horizontalAdvance(label) + metrics.averageCharWidth();
        const int angle = needed > m_view->chart()->plotArea().width() ? -90 : 0;
        if (m_axis->labelsAngle() != angle)
            m_axis->setLabelsAngle(angle);
    }

    QPointer<QChartView> m_view;
    QPointer<QBarCategoryAxis> m_axis;
};

} // namespace

void slantWhenCrowded(QChartView *view, QBarCategoryAxis *axis)
{
    new Slant(view, axis);
}

} // namespace Continuity::ChartLabels
