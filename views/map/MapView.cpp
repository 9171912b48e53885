// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include <algorithm>

#include "MapScene.h"
#include "NodeItem.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Continuity {

namespace {
constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 4.0;
} // namespace

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("mapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Every item sets the pen, brush and font it needs: saving the painter per item would
    // only cost time with 10k nodes on screen.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

double MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    const double applied = target / zoom();
    if (std::abs(applied - 1.0) < 1e-9)
        return;
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void MapView::fitAll()
{
    const QRectF content = m_scene->contentRect();
    setSceneRect(
        content.adjusted(-content.width(), -content.height(), content.width(), content.height()));
    // The room the nodes have: the viewport beside what lies over it (the legend), on whichever
    // side leaves more.
    const QRect port = viewport()->rect();
    QRect room = port;
    if (!m_keptClear.isEmpty() && port.intersects(m_keptClear)) {
        const QRect beside =
            m_keptClear.center().x() < port.center().x()
                ? QRect(QPoint(m_keptClear.right() + 8, port.top()), port.bottomRight())
                : QRect(port.topLeft(), QPoint(m_keptClear.left() - 8, port.bottom()));
        const QRect above =
            m_keptClear.center().y() > port.center().y()
                ? QRect(port.topLeft(), QPoint(port.right(), m_keptClear.top() - 8))
                : QRect(QPoint(port.left(), m_keptClear.bottom() + 8), port.bottomRight());
        const auto area = [&](const QRect &r) {
            if (r.width() <= 0 || r.height() <= 0 || content.isEmpty())
                return 0.0;
            return std::min(r.width() / content.width(), r.height() / content.height());
        };
        room = area(beside) >= area(above) ? beside : above;
    }
    if (content.isEmpty() || room.width() <= 0 || room.height() <= 0) {
        fitInView(content, Qt::KeepAspectRatio);
    } else {
        // A small plan: fit, but never blow nodes up beyond their natural size.
        const double scale = std::min(
            {1.0, (room.width() - 4) / content.width(), (room.height() - 4) / content.height()});
        setTransform(QTransform::fromScale(scale, scale));
        // The content's centre goes to the room's centre.
        const QPointF shift = QPointF(room.center() - port.center()) / scale;
        centerOn(content.center() - shift);
    }
    emit zoomChanged(zoom());
}

void MapView::centreOnNodes(const QStringList &ids)
{
    QRectF area;
    for (const QString &id : ids) {
        if (NodeItem *item = m_scene->nodeItem(id); item && item->isVisible())
            area =
                area.isNull() ? item->sceneBoundingRect() : area.united(item->sceneBoundingRect());
    }
    if (area.isNull())
        return;
    const QRectF content = m_scene->contentRect();
    setSceneRect(content.united(area).adjusted(-content.width(), -content.height(), content.width(),
                                               content.height()));
    // Readable: at least 60 % so that names show, zoomed out enough to see all the ids.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (zoom() < 0.6 || !visible.contains(area)) {
        fitInView(area.adjusted(-200, -150, 200, 150), Qt::KeepAspectRatio);
        if (zoom() > 1.0) {
            resetTransform();
        }
    }
    centerOn(area.center());
    emit zoomChanged(zoom());
}

void MapView::setConnectMode(bool on)
{
    m_connectMode = on;
    setDragMode(on ? NoDrag : RubberBandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

NodeItem *MapView::nodeAt(const QPoint &viewPosition) const
{
    for (QGraphicsItem *item : items(viewPosition)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_connectMode) {
        NodeItem *from = nodeAt(event->position().toPoint());
        if (from && !from->isCollapsed()) {
            m_connectFrom = from;
            m_connectLine = new QGraphicsLineItem(QLineF(from->pos(), from->pos()));
            m_connectLine->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 2.5, Qt::DashLine));
            m_connectLine->setZValue(10);
            m_scene->addItem(m_connectLine);
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !nodeAt(event->position().toPoint())) {
        // A click on a line selects the dependency; elsewhere the rubber band starts.
        const double tolerance = 6.0 / std::max(zoom(), 0.05);
        if (m_scene->selectEdgeAt(mapToScene(event->position().toPoint()), tolerance)) {
            m_scene->clearSelection();
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_connectLine) {
        m_connectLine->setLine(
            QLineF(m_connectFrom->pos(), mapToScene(event->position().toPoint())));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_connectMode ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        NodeItem *to = nodeAt(event->position().toPoint());
        NodeItem *from = m_connectFrom;
        m_connectFrom = nullptr;
        if (to && from && to != from && !to->isCollapsed())
            emit connectRequested(from->key(), to->key(), event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        QString error;
        if (!m_scene->commitMoves(&error))
            emit editRefused(error);
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(m_connectMode ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    NodeItem *node = nodeAt(event->pos());
    if (node && !node->isSelected()) {
        m_scene->clearSelection();
        node->setSelected(true);
    }
    emit contextMenuRequested(node ? node->key() : QString(), mapToScene(event->pos()),
                              event->globalPos());
    event->accept();
}

void MapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfa, 0xfa, 0xf8));
}

} // namespace Continuity
