// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapLegend.h"

#include <QMouseEvent>

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::MapLegend)
};

struct LineEntry
{
    Qt::PenStyle style;
    QColor colour;
    QString text;
};

QList<LineEntry> lineEntries()
{
    return {{Qt::SolidLine, QColor(0x45, 0x4f, 0x5a), Tr::tr("Hard dependency")},
            {Qt::DashLine, QColor(0x90, 0x9a, 0xa4), Tr::tr("Soft dependency")},
            {Qt::DotLine, QColor(0x7b, 0x1f, 0xa2), Tr::tr("Through hidden nodes")}};
}

} // namespace

MapLegend::MapLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void MapLegend::setColourMode(MapColourMode mode)
{
    m_mode = mode;
    updateGeometry();
    adjustSize();
    update();
}

QStringList MapLegend::texts() const
{
    QStringList out;
    for (const MapStyle::LegendEntry &e : MapStyle::legend(m_mode))
        out.append(e.text);
    for (const LineEntry &e : lineEntries())
        out.append(e.text);
    return out;
}

QSizeF MapLegend::paint(QPainter *painter, const QPointF &origin, MapColourMode mode,
                        bool horizontal)
{
    const QFontMetricsF metrics(painter->font());
    const double line = metrics.height() + 6;
    const double swatch = metrics.height();
    double x = origin.x();
    double y = origin.y();
    double width = 0;
    painter->save();
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    const QString title = Tr::tr("Colour: %1").arg(MapStyle::colourModeName(mode));
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(QPointF(x, y + metrics.ascent()), title);
    const double titleWidth = QFontMetricsF(bold).horizontalAdvance(title);
    painter->setFont(QFont(painter->font().family(), -1));
    painter->restore();
    painter->save();
    if (horizontal) {
        x += titleWidth + 16;
    } else {
        width = titleWidth;
        y += line;
    }
    auto advance = [&](double itemWidth) {
        if (horizontal) {
            x += itemWidth + 16;
        } else {
            width = std::max(width, itemWidth);
            y += line;
        }
    };
    for (const MapStyle::LegendEntry &e : MapStyle::legend(mode)) {
        painter->setPen(QColor(0x42, 0x42, 0x42));
        painter->setBrush(e.colour);
        painter->drawRect(QRectF(x, y + 1, swatch * 1.4, swatch - 2));
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(QPointF(x + swatch * 1.4 + 6, y + metrics.ascent()), e.text);
        advance(swatch * 1.4 + 6 + metrics.horizontalAdvance(e.text));
    }
    for (const LineEntry &e : lineEntries()) {
        painter->setPen(QPen(e.colour, 2, e.style));
        painter->drawLine(QPointF(x, y + swatch / 2), QPointF(x + swatch * 2, y + swatch / 2));
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(QPointF(x + swatch * 2 + 6, y + metrics.ascent()), e.text);
        advance(swatch * 2 + 6 + metrics.horizontalAdvance(e.text));
    }
    painter->restore();
    if (horizontal)
        return {x - origin.x(), line};
    return {width, y - origin.y()};
}

QSize MapLegend::sizeHint() const
{
    const QFontMetricsF metrics(font());
    const int rows = int(MapStyle::legend(m_mode).size() + lineEntries().size() + 1);
    double width = 0;
    for (const QString &text : texts())
        width = std::max(width, metrics.horizontalAdvance(text) + metrics.height() * 2 + 6);
    QFont bold = font();
    bold.setBold(true);
    width = std::max(width, QFontMetricsF(bold).horizontalAdvance(
                                Tr::tr("Colour: %1").arg(MapStyle::colourModeName(m_mode))));
    return QSize(int(width) + 24, int(rows * (metrics.height() + 6)) + 16);
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0xbd, 0xbd, 0xbd));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    paint(&painter, QPointF(12, 8), m_mode, false);
}

void MapLegend::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_grab = event->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void MapLegend::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !parentWidget()) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    QPoint to = mapToParent(event->position().toPoint()) - m_grab;
    const QRect room = parentWidget()->rect();
    to.setX(std::clamp(to.x(), room.left(), std::max(room.left(), room.right() - width())));
    to.setY(std::clamp(to.y(), room.top(), std::max(room.top(), room.bottom() - height())));
    move(to);
    m_placedByHand = true;
    event->accept();
}

void MapLegend::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    emit moved();
    event->accept();
}

} // namespace Continuity
