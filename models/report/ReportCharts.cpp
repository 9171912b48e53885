// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Continuity::Report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ReportCharts)
};

constexpr double U = LayoutUnit;
constexpr double LabelPt = 8;

QString hoursLabel(double h)
{
    return Tr::tr("%1 h").arg(QLocale().toString(h, 'g', 4));
}

// Where hour value `h` sits between the horizons, evenly spaced: by the logarithm between two
// horizons, since BIA horizons grow roughly geometrically (1, 4, 8, 24, 72, 168 h).
double horizonPosition(const QList<double> &horizons, double h)
{
    if (horizons.isEmpty())
        return 0;
    if (h <= horizons.first())
        return 0;
    for (qsizetype i = 1; i < horizons.size(); ++i) {
        if (h <= horizons.at(i)) {
            const double a = horizons.at(i - 1);
            const double b = horizons.at(i);
            const double t = a > 0 ? std::log(h / a) / std::log(b / a) : (h - a) / (b - a);
            return double(i - 1) + std::clamp(t, 0.0, 1.0);
        }
    }
    return double(horizons.size() - 1);
}

void drawMark(QPainter *p, int kind, const QPointF &at, double r)
{
    switch (kind % 5) {
    case 0:
        p->drawEllipse(at, r, r);
        break;
    case 1:
        p->drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        break;
    case 2: {
        QPainterPath path;
        path.moveTo(at.x(), at.y() - r * 1.2);
        path.lineTo(at.x() + r * 1.1, at.y() + r);
        path.lineTo(at.x() - r * 1.1, at.y() + r);
        path.closeSubpath();
        p->drawPath(path);
        break;
    }
    case 3: {
        QPainterPath path;
        path.moveTo(at.x(), at.y() - r * 1.3);
        path.lineTo(at.x() + r * 1.3, at.y());
        path.lineTo(at.x(), at.y() + r * 1.3);
        path.lineTo(at.x() - r * 1.3, at.y());
        path.closeSubpath();
        p->drawPath(path);
        break;
    }
    default:
        p->drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        p->drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
        break;
    }
}

const Qt::PenStyle LineStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                   Qt::DashDotDotLine};
const QColor LineColours[] = {QColor(0x1f, 0x4e, 0x8c), QColor(0xb0, 0x3a, 0x2e),
                              QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x3d, 0x9a),
                              QColor(0x8a, 0x6d, 0x00)};

} // namespace

int ratingFill(int rating)
{
    switch (std::clamp(rating, 0, 4)) {
    case 0:
        return 0xffffff;
    case 1:
        return 0xfff2b3;
    case 2:
        return 0xf9c46b;
    case 3:
        return 0xe0702f;
    default:
        return 0x8e1b16;
    }
}

Figure barChart(const QList<BarItem> &bars, const QString &description)
{
    const double rowPt = 16;
    Figure f;
    f.height = rowPt * double(bars.size()) + 8;
    f.description = description;
    f.paint = [bars, rowPt](QPainter *p, const QRectF &area) {
        const QFont labelFont = font(LabelPt);
        const QFontMetricsF fm(labelFont);
        double labelWidth = 0;
        double valueWidth = 0;
        double top = 0;
        for (const BarItem &b : bars) {
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
            valueWidth = std::max(valueWidth, fm.horizontalAdvance(b.valueText));
            top = std::max(top, b.value);
        }
        labelWidth = std::min(labelWidth, area.width() * 0.35);
        const double x0 = area.left() + labelWidth + 6 * U;
        const double span = std::max(area.right() - valueWidth - 6 * U - x0, 10 * U);
        p->setFont(labelFont);
        double y = area.top() + 4 * U;
        for (const BarItem &b : bars) {
            const double h = rowPt * U;
            const QRectF label(area.left(), y, labelWidth, h);
            p->setPen(Qt::black);
            p->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                        fm.elidedText(b.label, Qt::ElideRight, labelWidth));
            const double w = top > 0 ? span * b.value / top : 0;
            const QRectF bar(x0, y + 2.5 * U, w, h - 5 * U);
            p->setPen(QPen(Qt::black, 0.6 * U));
            p->setBrush(QColor(0x9d, 0xb4, 0xd3));
            if (w > 0)
                p->drawRect(bar);
            p->setPen(Qt::black);
            p->drawText(QRectF(x0 + w + 3 * U, y, valueWidth + 4 * U, h),
                        Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
            y += h;
        }
        p->setPen(QPen(Qt::black, 0.6 * U));
        p->drawLine(QPointF(x0, area.top() + 2 * U), QPointF(x0, y + 2 * U));
    };
    return f;
}

Figure impactChart(const QList<double> &horizonsHours, const QList<ImpactLine> &lines,
                   std::optional<double> mtdHours, const QString &description)
{
    Figure f;
    f.height = 150;
    f.description = description;
    f.paint = [horizonsHours, lines, mtdHours](QPainter *p, const QRectF &area) {
        const QFont labelFont = font(LabelPt);
        const QFontMetricsF fm(labelFont);
        p->setFont(labelFont);
        // Legend on the right, plot on the left.
        double legendWidth = 0;
        for (const ImpactLine &l : lines)
            legendWidth = std::max(legendWidth, fm.horizontalAdvance(l.name));
        legendWidth = std::min(legendWidth + 26 * U, area.width() * 0.34);
        const double axisLabel = fm.horizontalAdvance(QStringLiteral("4")) + 4 * U;
        const QRectF plot(area.left() + axisLabel + 14 * U, area.top() + 8 * U,
                          area.width() - legendWidth - axisLabel - 24 * U,
                          area.height() - 8 * U - fm.height() * 2.5 - 8 * U);
        const int n = int(horizonsHours.size());
        auto xAt = [&](double position) {
            return n > 1 ? plot.left() + plot.width() * position / double(n - 1)
                         : plot.center().x();
        };
        auto yAt = [&](double rating) { return plot.bottom() - plot.height() * rating / 4.0; };

        // Grid and axes: ratings 0..4 up the left, horizons along the bottom.
        p->setPen(QPen(QColor(190, 190, 190), 0.4 * U));
        for (int r = 0; r <= 4; ++r)
            p->drawLine(QPointF(plot.left(), yAt(r)), QPointF(plot.right(), yAt(r)));
        p->setPen(Qt::black);
        for (int r = 0; r <= 4; ++r)
            p->drawText(QRectF(plot.left() - axisLabel - 2 * U, yAt(r) - fm.height() / 2, axisLabel,
                               fm.height()),
                        Qt::AlignRight | Qt::AlignVCenter, QString::number(r));
        p->save();
        p->translate(area.left() + fm.height() / 2 + 1 * U, plot.center().y());
        p->rotate(-90);
        p->drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                    Qt::AlignCenter, Tr::tr("Rating"));
        p->restore();
        for (int i = 0; i < n; ++i) {
            const QString label = hoursLabel(horizonsHours.at(i));
            const double w = fm.horizontalAdvance(label);
            p->drawText(
                QPointF(xAt(i) - w / 2, plot.bottom() + fm.height() / 2 + 1 * U + fm.ascent()),
                label);
        }
        const QString axis = Tr::tr("Outage lasting");
        p->drawText(QPointF(plot.center().x() - fm.horizontalAdvance(axis) / 2,
                            plot.bottom() + fm.height() * 1.5 + 3 * U + fm.ascent()),
                    axis);
        p->setPen(QPen(Qt::black, 0.7 * U));
        p->drawLine(plot.bottomLeft(), plot.bottomRight());
        p->drawLine(plot.bottomLeft(), plot.topLeft());

        // The MTD: where the process must be back at the latest.
        if (mtdHours && n > 0) {
            const double x = xAt(horizonPosition(horizonsHours, *mtdHours));
            p->setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.2 * U, Qt::DashLine));
            p->drawLine(QPointF(x, plot.top() - 4 * U), QPointF(x, plot.bottom()));
            const QString label = Tr::tr("MTD %1").arg(hoursLabel(*mtdHours));
            const double w = fm.horizontalAdvance(label);
            const double lx = std::min(x + 2 * U, plot.right() - w);
            p->setPen(QColor(0xb0, 0x00, 0x20));
            p->drawText(QPointF(lx, plot.top() - 1 * U), label);
        }

        // The lines, offset a little each so that equal ratings stay apart.
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const ImpactLine &line = lines.at(l);
            const double offset = (double(l) - double(lines.size() - 1) / 2) * 1.2 * U;
            QPen pen(LineColours[l % 5], 1.1 * U, LineStyles[l % 5]);
            pen.setCapStyle(Qt::FlatCap);
            p->setPen(pen);
            QPolygonF poly;
            for (int i = 0; i < n && i < line.ratings.size(); ++i)
                poly.append(QPointF(xAt(i), yAt(line.ratings.at(i)) + offset));
            p->drawPolyline(poly);
            p->setPen(QPen(LineColours[l % 5], 0.8 * U));
            p->setBrush(Qt::white);
            for (const QPointF &pt : poly)
                drawMark(p, int(l), pt, 2.2 * U);
            // Legend entry.
            const double ly = area.top() + 10 * U + double(l) * (fm.height() + 3 * U);
            const double lx = area.right() - legendWidth + 4 * U;
            p->setPen(pen);
            p->drawLine(QPointF(lx, ly), QPointF(lx + 16 * U, ly));
            p->setPen(QPen(LineColours[l % 5], 0.8 * U));
            drawMark(p, int(l), QPointF(lx + 8 * U, ly), 2.2 * U);
            p->setPen(Qt::black);
            p->drawText(QPointF(lx + 20 * U, ly + fm.ascent() / 2 - 1 * U),
                        fm.elidedText(line.name, Qt::ElideRight, legendWidth - 24 * U));
        }
        p->setBrush(Qt::NoBrush);
    };
    return f;
}

} // namespace Continuity::Report
