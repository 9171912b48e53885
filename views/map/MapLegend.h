// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapStyle.h"

#include <QWidget>

namespace Continuity {

// The key to the map's colours and line styles, as a small widget over the map and painted
// into exports. Plain text only. The planner can drag it out of the way; the map fits around it.
class MapLegend : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapLegend)

public:
    explicit MapLegend(QWidget *parent = nullptr);

    void setColourMode(MapColourMode mode);
    MapColourMode colourMode() const { return m_mode; }
    // The entries' texts as shown, for tests and accessibility.
    QStringList texts() const;

    // Paints the legend with its top-left corner at `origin` in a row (`horizontal`) or a
    // column; returns the size it took.
    static QSizeF paint(QPainter *painter, const QPointF &origin, MapColourMode mode,
                        bool horizontal);

    QSize sizeHint() const override;
    // Whether the planner has dragged it somewhere of their own.
    bool isPlacedByHand() const { return m_placedByHand; }

signals:
    void moved();

protected:
    void paintEvent(QPaintEvent *event) override;
    // Dragged with the mouse anywhere over the map, kept inside it.
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    MapColourMode m_mode = MapColourMode::Tier;
    QPoint m_grab; // where in the legend the mouse took it; null: not dragging
    bool m_dragging = false;
    bool m_placedByHand = false;
};

} // namespace Continuity
