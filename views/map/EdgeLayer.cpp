// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgeLayer.h"

#include "MapStyle.h"
#include "NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Continuity {
namespace {

// Where the line from the centre of a node towards `towards` leaves the node's box.
QPointF boxExit(const QPointF &centre, const QPointF &towards)
{
    const QPointF d = towards - centre;
    const double hw = MapStyle::NodeSize.width() / 2 + 2;
    const double hh = MapStyle::NodeSize.height() / 2 + 2;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    const double tx = std::abs(d.x()) > 1e-9 ? hw / std::abs(d.x()) : 1e300;
    const double ty = std::abs(d.y()) > 1e-9 ? hh / std::abs(d.y()) : 1e300;
    const double t = std::min({tx, ty, 1.0});
    return centre + d * t;
}

QPolygonF arrowHead(const QLineF &line, double size)
{
    if (line.length() < 1e-6)
        return {};
    const QPointF tip = line.p2();
    const QPointF unit = (line.p2() - line.p1()) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    return QPolygonF(
        {tip, tip - unit * size + normal * size * 0.45, tip - unit * size - normal * size * 0.45});
}

double distanceToSegment(const QPointF &p, const QLineF &line)
{
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = d.x() * d.x() + d.y() * d.y();
    double t = 0;
    if (lengthSquared > 0)
        t = std::clamp(QPointF::dotProduct(p - line.p1(), d) / lengthSquared, 0.0, 1.0);
    const QPointF nearest = line.p1() + d * t;
    return QLineF(p, nearest).length();
}

const QColor hardColour(0x45, 0x4f, 0x5a);
const QColor softColour(0x90, 0x9a, 0xa4);
const QColor impliedColour(0x7b, 0x1f, 0xa2);
const QColor selectedColour(0x1e, 0x88, 0xe5);

} // namespace

EdgeLayer::EdgeLayer()
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void EdgeLayer::setEdges(QList<Edge> edges, QList<Junction> junctions)
{
    m_edges = std::move(edges);
    m_junctions = std::move(junctions);
    m_selected = -1;
    invalidateGeometry();
}

void EdgeLayer::invalidateGeometry()
{
    prepareGeometryChange();
    m_dirty = true;
    update();
}

void EdgeLayer::setSelectedEdge(int index)
{
    m_selected = index;
    update();
}

void EdgeLayer::updateGeometry() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    // Junctions sit a third of the way from the consumer towards its members' centre.
    m_junctionPoint.resize(m_junctions.size());
    m_trunks.resize(m_junctions.size());
    QList<QPointF> sum(m_junctions.size(), QPointF());
    QList<int> count(m_junctions.size(), 0);
    for (const Edge &e : m_edges) {
        if (e.junction >= 0) {
            sum[e.junction] += e.to->pos();
            ++count[e.junction];
        }
    }
    for (qsizetype j = 0; j < m_junctions.size(); ++j) {
        const QPointF c = m_junctions.at(j).consumer->pos();
        const QPointF centre = count.at(j) > 0 ? sum.at(j) / count.at(j) : c;
        QPointF point = c + (centre - c) * 0.35;
        if (QLineF(c, point).length() < MapStyle::NodeSize.height())
            point = c + QPointF(0, MapStyle::NodeSize.height());
        m_junctionPoint[j] = point;
        m_trunks[j] = QLineF(boxExit(c, point), point);
    }
    m_lines.resize(m_edges.size());
    QRectF bounds;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const Edge &e = m_edges.at(i);
        const QPointF a = e.junction >= 0 ? m_junctionPoint.at(e.junction) : e.from->pos();
        const QPointF b = e.to->pos();
        const QPointF start = e.junction >= 0 ? a : boxExit(a, b);
        m_lines[i] = QLineF(start, boxExit(b, a));
    }
    for (const QLineF &line : std::as_const(m_lines)) {
        const QRectF r = QRectF(line.p1(), line.p2()).normalized();
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    for (const QPointF &p : std::as_const(m_junctionPoint))
        bounds = bounds.united(QRectF(p - QPointF(60, 20), QSizeF(120, 40)));
    m_bounds = bounds.adjusted(-20, -20, 20, 20);
}

QRectF EdgeLayer::boundingRect() const
{
    updateGeometry();
    return m_bounds;
}

int EdgeLayer::edgeAt(const QPointF &scenePoint, double tolerance) const
{
    updateGeometry();
    int best = -1;
    double bestDistance = tolerance;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const double d = distanceToSegment(scenePoint, m_lines.at(i));
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    updateGeometry();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const bool detailed = lod >= 0.3;

    // Batch the visible lines per style: one drawLines call each.
    QList<QLineF> hard;
    QList<QLineF> soft;
    QList<QLineF> implied;
    QList<int> visible;
    hard.reserve(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QLineF &line = m_lines.at(i);
        const QRectF r = QRectF(line.p1(), line.p2()).normalized().adjusted(-8, -8, 8, 8);
        if (!r.intersects(exposed))
            continue;
        const Edge &e = m_edges.at(i);
        (e.implied ? implied : e.strength == Strength::Soft ? soft : hard).append(line);
        visible.append(int(i));
    }
    QList<QLineF> trunks;
    for (const QLineF &t : std::as_const(m_trunks)) {
        if (QRectF(t.p1(), t.p2()).normalized().adjusted(-8, -8, 8, 8).intersects(exposed))
            trunks.append(t);
    }

    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setBrush(Qt::NoBrush);
    if (!detailed) {
        // Far out: hairlines, no dashes, no arrows.
        QPen pen(hardColour, 0);
        painter->setPen(pen);
        painter->drawLines(hard);
        painter->drawLines(trunks);
        pen.setColor(softColour);
        painter->setPen(pen);
        painter->drawLines(soft);
        pen.setColor(impliedColour);
        painter->setPen(pen);
        painter->drawLines(implied);
        return;
    }
    painter->setPen(QPen(hardColour, 1.6));
    painter->drawLines(hard);
    painter->setPen(QPen(hardColour, 3.0));
    painter->drawLines(trunks);
    painter->setPen(QPen(softColour, 1.6, Qt::DashLine));
    painter->drawLines(soft);
    painter->setPen(QPen(impliedColour, 1.8, Qt::DotLine));
    painter->drawLines(implied);

    // Arrowheads: filled for hard, open for soft and implied.
    for (int i : std::as_const(visible)) {
        const Edge &e = m_edges.at(i);
        const QPolygonF head = arrowHead(m_lines.at(i), 11);
        if (e.implied || e.strength == Strength::Soft) {
            painter->setPen(QPen(e.implied ? impliedColour : softColour, 1.6));
            painter->setBrush(Qt::white);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(hardColour);
        }
        painter->drawPolygon(head);
    }
    if (m_selected >= 0 && m_selected < m_lines.size()) {
        painter->setPen(QPen(selectedColour, 4));
        painter->drawLine(m_lines.at(m_selected));
        painter->setPen(Qt::NoPen);
        painter->setBrush(selectedColour);
        painter->drawPolygon(arrowHead(m_lines.at(m_selected), 13));
    }

    // Junction badges: "db: 1 of 2".
    if (lod < NodeItem::TextDetail)
        return;
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (qsizetype j = 0; j < m_junctions.size(); ++j) {
        const QPointF p = m_junctionPoint.at(j);
        const double w = metrics.horizontalAdvance(m_junctions.at(j).label) + 12;
        const QRectF badge(p.x() - w / 2, p.y() - 10, w, 20);
        if (!badge.intersects(exposed))
            continue;
        painter->setPen(QPen(hardColour, 1.2));
        painter->setBrush(QColor(0xff, 0xfd, 0xe7));
        painter->drawRoundedRect(badge, 9, 9);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(badge, Qt::AlignCenter, m_junctions.at(j).label);
    }
}

} // namespace Continuity
