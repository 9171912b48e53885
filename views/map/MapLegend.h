// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapStyle.h"

#include <QWidget>

namespace Continuity {

// The key to the map's colours and line styles, as a small widget over the map and painted
// into exports. Plain text only.
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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MapColourMode m_mode = MapColourMode::Tier;
};

} // namespace Continuity
