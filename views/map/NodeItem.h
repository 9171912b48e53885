// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapStyle.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace Continuity {

// One process, service or collapsed node on the dependency map. Holds its key (a plan id or
// a collapsed key, see MapGraph) and what it shows; the MapScene owns it and fills it from the
// document. Its shape says its kind (a cylinder for data stores, a house for sites, ...);
// below a level of detail it is drawn as a plain box so that 10k nodes stay fast.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(QString key, MapNodeKind kind);

    int type() const override { return Type; }
    const QString &key() const { return m_key; }
    MapNodeKind kind() const { return m_kind; }
    bool isCollapsed() const
    {
        return m_kind == MapNodeKind::CollapsedSite || m_kind == MapNodeKind::CollapsedGroup;
    }

    void setContent(const QString &name, std::optional<ServiceKind> serviceKind, int tier);
    void setFill(const QColor &fill);
    void setStateMark(MapScenarioState state);
    void setHighlighted(bool highlighted);
    const QString &name() const { return m_name; }
    const QColor &fill() const { return m_fill; }
    std::optional<ServiceKind> serviceKind() const { return m_serviceKind; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Level of detail below which a node is its shape without text; below
    // EdgeLayer::OverviewDetail the line layer draws it as a box (docs/decisions/map-views.md).
    static constexpr double TextDetail = 0.4;
    // Between EdgeLayer::OverviewDetail and TextDetail a node still shows its name on one line in
    // text of a readable size on screen, elided to the box, where at least a few letters fit
    // (#18: labels at every zoom where they fit, not all or nothing). Empty: nothing fits.
    static constexpr double CompactLabelPixels = 11;
    static QString compactLabel(const QString &name, double levelOfDetail, const QFont &font);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath outline() const;

    QString m_key;
    MapNodeKind m_kind;
    QString m_name;
    std::optional<ServiceKind> m_serviceKind;
    int m_tier = 4;
    QColor m_fill = Qt::lightGray;
    QColor m_text = Qt::black;
    MapScenarioState m_state = MapScenarioState::None;
    bool m_highlighted = false;
};

} // namespace Continuity
