// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QGraphicsLineItem;

namespace Continuity {

class MapScene;
class NodeItem;

// The view on the dependency map: wheel zoom under the mouse, pan with the middle button or
// with Space held, rubber-band selection, and in connect mode a drag from one node to another
// that asks for a new dependency. A drag that moves nodes ends in one undo step.
class MapView : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    MapScene *mapScene() const { return m_scene; }
    void setConnectMode(bool on);
    bool isConnectMode() const { return m_connectMode; }
    void zoomBy(double factor);
    void fitAll();
    // A part of the viewport something lies over (the legend): fitAll() keeps nodes out of it.
    void setKeptClear(const QRect &area) { m_keptClear = area; }
    void centreOnNodes(const QStringList &ids);
    double zoom() const;

signals:
    // A drag in connect mode ended on another node.
    void connectRequested(const QString &consumer, const QString &provider,
                          const QPoint &globalPosition);
    // Right click: on a node (its key), or on empty map ("").
    void contextMenuRequested(const QString &key, const QPointF &scenePosition,
                              const QPoint &globalPosition);
    void editRefused(const QString &message);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    NodeItem *nodeAt(const QPoint &viewPosition) const;

    MapScene *m_scene;
    bool m_connectMode = false;
    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
    QRect m_keptClear;
};

} // namespace Continuity
