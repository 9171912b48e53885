// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapOverview.h"

#include "MapScene.h"
#include "MapView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace Continuity {
namespace {
constexpr int Width = 220;
constexpr int MinHeight = 70;
constexpr int MaxHeight = 160;
constexpr int Margin = 12;
constexpr int Frame = 4;
} // namespace

MapOverview::MapOverview(MapView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("mapOverview"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole map: click or drag to move the view"));
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(400);
    connect(&m_redrawTimer, &QTimer::timeout, this, &MapOverview::redraw);
    connect(view->mapScene(), &QGraphicsScene::changed, this, [this] {
        if (m_wanted)
            m_redrawTimer.start();
    });
    auto follow = [this] {
        place();
        update();
    };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view, &MapView::zoomChanged, this, follow);
    hide();
}

void MapOverview::setWanted(bool on)
{
    m_wanted = on;
    if (on)
        redraw();
    else
        place();
}

QRectF MapOverview::shownArea() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void MapOverview::redraw()
{
    m_redrawTimer.stop();
    MapScene *scene = m_view->mapScene();
    m_source = scene->contentRect();
    const double ratio = m_source.height() / std::max(1.0, m_source.width());
    const int height = std::clamp(int(Width * ratio) + 2 * Frame, MinHeight, MaxHeight);
    resize(Width, height);
    const qreal dpr = devicePixelRatioF();
    m_picture =
        QImage((QSizeF(pictureRect().size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(QColor(0xfa, 0xfa, 0xf8));
    {
        QPainter painter(&m_picture);
        painter.setRenderHint(QPainter::Antialiasing);
        // Drawn as it is (changing the selection to draw would change the scene, and so
        // draw again).
        scene->render(&painter, QRectF(QPointF(0, 0), pictureRect().size()), m_source,
                      Qt::KeepAspectRatio);
    }
    place();
    update();
}

void MapOverview::place()
{
    const QRectF content = m_source.isNull() ? m_view->mapScene()->contentRect() : m_source;
    // Only for a map larger than the view: a map seen whole needs no overview.
    const bool needed = m_wanted && !shownArea().contains(content.adjusted(8, 8, -8, -8));
    if (needed && m_picture.isNull()) {
        redraw();
        return;
    }
    const QRect port = m_view->viewport()->rect();
    move(port.right() - width() - Margin, port.bottom() - height() - Margin);
    setVisible(needed && port.width() > 3 * Width && port.height() > 2 * MaxHeight);
    raise();
}

QRectF MapOverview::pictureRect() const
{
    return QRectF(rect()).adjusted(Frame, Frame, -Frame, -Frame);
}

void MapOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(QColor(0x90, 0x9a, 0xa4));
    painter.setBrush(QColor(0xff, 0xff, 0xff, 235));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QRectF picture = pictureRect();
    painter.drawImage(picture.topLeft(), m_picture);
    if (m_source.isEmpty())
        return;
    // The picture keeps the map's aspect ratio, centred in the frame.
    const double scale =
        std::min(picture.width() / m_source.width(), picture.height() / m_source.height());
    const QPointF origin(picture.center().x() - m_source.width() * scale / 2,
                         picture.center().y() - m_source.height() * scale / 2);
    const QRectF shown = shownArea();
    QRectF frame(origin + (shown.topLeft() - m_source.topLeft()) * scale, shown.size() * scale);
    frame = frame.intersected(picture);
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    painter.setBrush(QColor(0x1e, 0x88, 0xe5, 40));
    painter.drawRect(frame);
}

void MapOverview::moveViewTo(const QPointF &widgetPoint)
{
    const QRectF picture = pictureRect();
    if (m_source.isEmpty())
        return;
    const double scale =
        std::min(picture.width() / m_source.width(), picture.height() / m_source.height());
    const QPointF origin(picture.center().x() - m_source.width() * scale / 2,
                         picture.center().y() - m_source.height() * scale / 2);
    m_view->centerOn(m_source.topLeft() + (widgetPoint - origin) / scale);
    update();
}

void MapOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    moveViewTo(event->position());
    event->accept();
}

void MapOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        moveViewTo(event->position());
    event->accept();
}

void MapOverview::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

} // namespace Continuity
