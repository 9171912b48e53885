// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QSet>

#include <QString>
#include <vector>

namespace Continuity {

class NodeItem;

// Every dependency line of the map in one item: 30k separate line items would cost the view
// more per frame than drawing the lines does, so the lines are batched per style and culled
// against the exposed area (docs/decisions/map-views.md). Arrows point from consumer to
// provider; hard lines are solid, soft ones dashed, implied ones (through hidden nodes)
// dotted; the members of a redundancy group leave the consumer through one junction labelled
// "k of n". Owned by MapScene, which tells it when nodes move.
class EdgeLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    struct Edge
    {
        NodeItem *from = nullptr; // consumer
        NodeItem *to = nullptr;   // provider
        Strength strength = Strength::Hard;
        bool implied = false;
        int junction = -1; // index into the junctions, for group members
    };
    struct Junction
    {
        NodeItem *consumer = nullptr;
        QString label; // "db: 1 of 2"
    };

    EdgeLayer();

    int type() const override { return Type; }
    void setEdges(QList<Edge> edges, QList<Junction> junctions);
    const QList<Edge> &edges() const { return m_edges; }
    // Something changed: the lines are recomputed and redrawn at the next paint.
    void invalidateGeometry();
    // Nodes moved: the lines follow at the next paint. While live nodes are set (a drag), their
    // lines are drawn on their own and the picture of all the others is kept.
    void nodesMoved();
    void setLiveNodes(const QSet<const NodeItem *> &nodes);

    // The edge whose line passes within `tolerance` of `scenePoint`, or -1.
    int edgeAt(const QPointF &scenePoint, double tolerance) const;
    void setSelectedEdge(int index);
    int selectedEdge() const { return m_selected; }
    // Far out, the layer also draws the nodes, as boxes of colour batched per colour: these are
    // the nodes; a change of their look calls invalidateOverview().
    void setOverviewNodes(QList<NodeItem *> nodes);
    void invalidateOverview();
    // Below this level of detail the layer draws the nodes instead of the node items.
    static constexpr double OverviewDetail = 0.15;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateGeometry() const;
    enum LineDetail { OverviewLines, PlainLines, DetailedLines };
    void paintLines(QPainter *painter, const QRectF &exposed, int detail);
    void paintVectorLines(QPainter *painter, const QRectF &exposed, int detail) const;
    void paintLiveLines(QPainter *painter, const QRectF &exposed, bool arrows) const;
    void rasterInto(QImage *image, const QTransform &toImage, int detail, int width) const;

    QList<Edge> m_edges;
    QList<Junction> m_junctions;
    int m_selected = -1;

    // Geometry, rebuilt lazily after moves.
    mutable bool m_dirty = true;
    mutable QRectF m_bounds;
    mutable QList<QLineF> m_lines;          // per edge, clipped to the node outlines
    mutable QList<QPointF> m_junctionPoint; // per junction
    mutable QList<QLineF> m_trunks;         // consumer → junction, per junction

    QList<NodeItem *> m_overviewNodes;
    QSet<const NodeItem *> m_live;
    mutable std::vector<bool> m_liveEdge;
    mutable std::vector<bool> m_liveJunction;
    quint64 m_version = 0; // of the lines; bumps when anything moves or changes
    struct LineCache
    {
        QImage image; // device pixels
        QRectF scene; // what it covers
        double scale = 0;
        double scaleY = 0;
        quint64 version = ~quint64(0);
        int detail = -1;
    };
    LineCache m_cache;
    // Zooming in a window: the old picture scaled until the zoom pauses (paintLines).
    static constexpr int SharpRedrawDelay = 150; // ms
    void scheduleSharpRedraw();
    QElapsedTimer m_zoomClock;
    bool m_sharpPending = false;
    bool m_sharpAllowed = false;
};

} // namespace Continuity
