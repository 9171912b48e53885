// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace Continuity {

class MapView;

// The minimap (issue #18): the whole map small in a corner of the view, with a frame around what
// the view shows; a click or a drag on it moves the view there. Shown only while the map is
// larger than the view, and only when the planner wants it (View > Map Overview). The picture is
// drawn again a moment after the map changes, not on every change.
class MapOverview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapOverview)

public:
    explicit MapOverview(MapView *view);

    void setWanted(bool on);
    bool isWanted() const { return m_wanted; }
    // Shows or hides it and puts it in the view's bottom-right corner.
    void place();
    // The map area the picture covers, and the part of it the view shows (scene units).
    QRectF mapArea() const { return m_source; }
    QRectF shownArea() const;
    // Draws the picture now instead of after the pause.
    void redraw();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF pictureRect() const;
    void moveViewTo(const QPointF &widgetPoint);

    MapView *m_view;
    QImage m_picture;
    QRectF m_source;
    QTimer m_redrawTimer;
    bool m_wanted = true;
    bool m_dragging = false;
};

} // namespace Continuity
