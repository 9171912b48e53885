// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgeLayer.h"

#include "LineRaster.h"
#include "MapStyle.h"
#include "NodeItem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

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
    ++m_version;
    update();
}

void EdgeLayer::setSelectedEdge(int index)
{
    m_selected = index;
    update();
}

void EdgeLayer::setOverviewNodes(QList<NodeItem *> nodes)
{
    m_overviewNodes = std::move(nodes);
    invalidateGeometry();
}

void EdgeLayer::invalidateOverview()
{
    // The node boxes are drawn at every paint; only the lines are kept.
    update();
}

void EdgeLayer::rasterInto(QImage *image, const QTransform &toImage, int detail, int width) const
{
    const bool overview = detail == OverviewLines;
    QList<QLineF> hard;
    QList<QLineF> soft;
    QList<QLineF> implied;
    hard.reserve(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_liveEdge.at(i))
            continue;
        const Edge &e = m_edges.at(i);
        (e.implied ? implied : e.strength == Strength::Soft ? soft : hard).append(m_lines.at(i));
    }
    QList<QLineF> trunks;
    for (qsizetype j = 0; j < m_trunks.size(); ++j) {
        if (!m_liveJunction.at(j))
            trunks.append(m_trunks.at(j));
    }
    if (overview) {
        // Far out: plain hairlines, soft ones lighter.
        rasterLines(image, toImage, soft + implied, {softColour, false, 0, 0, 1});
        rasterLines(image, toImage, hard + trunks, {hardColour, false, 0, 0, 1});
        return;
    }
    rasterLines(image, toImage, soft, {softColour, true, 7 * width, 5 * width, width});
    rasterLines(image, toImage, implied, {impliedColour, true, 2 * width, 3 * width, width});
    rasterLines(image, toImage, hard, {hardColour, true, 0, 0, width});

    // Group trunks and, close up, the arrowheads go into the same picture: a shared service
    // with a thousand consumers then costs nothing per frame.
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toImage);
    painter.setPen(QPen(hardColour, 3.0));
    painter.drawLines(trunks);
    if (detail != DetailedLines)
        return;
    QPainterPath filled;
    QPainterPath open;
    QPainterPath openImplied;
    const QRectF area = toImage.inverted().mapRect(QRectF(image->rect()));
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_liveEdge.at(i) || !area.contains(m_lines.at(i).p2()))
            continue;
        const Edge &e = m_edges.at(i);
        QPainterPath &path = e.implied ? openImplied : e.strength == Strength::Soft ? open : filled;
        path.addPolygon(arrowHead(m_lines.at(i), 11));
        path.closeSubpath();
    }
    painter.fillPath(filled, hardColour);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(softColour, 1.4));
    painter.drawPath(open);
    painter.setPen(QPen(impliedColour, 1.4));
    painter.drawPath(openImplied);
}

void EdgeLayer::setLiveNodes(const QSet<const NodeItem *> &nodes)
{
    if (nodes == m_live)
        return;
    m_live = nodes;
    invalidateGeometry(); // the picture leaves their lines out from now on, or takes them back
}

void EdgeLayer::nodesMoved()
{
    prepareGeometryChange();
    m_dirty = true;
    if (m_live.isEmpty())
        ++m_version; // not a drag: the picture is redrawn
    update();
}

void EdgeLayer::paintLiveLines(QPainter *painter, const QRectF &exposed, bool arrows) const
{
    if (m_live.isEmpty())
        return;
    const QRectF clip = exposed.adjusted(-16, -16, 16, 16);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    QLineF part;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_liveEdge.at(i) || !clipLine(m_lines.at(i), clip, &part))
            continue;
        const Edge &e = m_edges.at(i);
        QPen pen(e.implied                      ? impliedColour
                 : e.strength == Strength::Soft ? softColour
                                                : hardColour,
                 0,
                 e.implied                      ? Qt::DotLine
                 : e.strength == Strength::Soft ? Qt::DashLine
                                                : Qt::SolidLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLine(part);
        if (arrows && clip.contains(m_lines.at(i).p2())) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawPolygon(arrowHead(m_lines.at(i), 11));
        }
    }
    painter->setPen(QPen(hardColour, 3.0));
    for (qsizetype j = 0; j < m_trunks.size(); ++j) {
        if (m_liveJunction.at(j) && clipLine(m_trunks.at(j), clip, &part))
            painter->drawLine(part);
    }
}

void EdgeLayer::scheduleSharpRedraw()
{
    if (m_sharpPending || !scene())
        return;
    m_sharpPending = true;
    QTimer::singleShot(SharpRedrawDelay, scene(), [this] {
        m_sharpPending = false;
        if (m_zoomClock.isValid() && m_zoomClock.elapsed() < SharpRedrawDelay - 10) {
            scheduleSharpRedraw(); // still zooming
            return;
        }
        m_sharpAllowed = true;
        update();
    });
}

void EdgeLayer::paintVectorLines(QPainter *painter, const QRectF &exposed, int detail) const
{
    // SVG and PDF get real lines and arrowheads, scalable and selectable, not a picture.
    const QRectF clip = exposed.adjusted(-16, -16, 16, 16);
    QList<QLineF> hard;
    QList<QLineF> soft;
    QList<QLineF> implied;
    QLineF part;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!clipLine(m_lines.at(i), clip, &part))
            continue;
        const Edge &e = m_edges.at(i);
        (e.implied ? implied : e.strength == Strength::Soft ? soft : hard).append(part);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(hardColour, 1.4));
    painter->drawLines(hard);
    painter->setPen(QPen(hardColour, 3.0));
    painter->drawLines(m_trunks);
    painter->setPen(QPen(softColour, 1.4, Qt::DashLine));
    painter->drawLines(soft);
    painter->setPen(QPen(impliedColour, 1.4, Qt::DotLine));
    painter->drawLines(implied);
    if (detail != DetailedLines)
        return;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!clip.contains(m_lines.at(i).p2()))
            continue;
        const Edge &e = m_edges.at(i);
        if (e.implied || e.strength == Strength::Soft) {
            painter->setPen(QPen(e.implied ? impliedColour : softColour, 1.4));
            painter->setBrush(Qt::white);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(hardColour);
        }
        painter->drawPolygon(arrowHead(m_lines.at(i), 11));
    }
}

void EdgeLayer::paintLines(QPainter *painter, const QRectF &exposed, int detail)
{
    if (!painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster) {
        paintVectorLines(painter, exposed, detail);
        return;
    }
    // All lines of the exposed area come from one picture in device pixels, drawn by
    // rasterLines and kept while the lines and the zoom stay the same: a pan, a new selection
    // or a repaint blits it; only a move, an edit or a new zoom draws the lines again.
    // Scene → physical pixels of the paint device. The world transform, not the device
    // transform: a widget's painter also carries its offset in the window, which drawing
    // after resetTransform() adds by itself.
    const double ratio = painter->device()->devicePixelRatioF();
    const QTransform device = painter->worldTransform() * QTransform::fromScale(ratio, ratio);
    const int width = ratio >= 1.5 ? 2 : 1; // lines one logical pixel wide
    const QRectF need = exposed & m_bounds;
    if (need.isEmpty())
        return;
    constexpr double MaxCachePixels = 24'000'000.0;
    const double scale = device.m11();
    const double needPixels = need.width() * need.height() * scale * device.m22();
    if (device.isRotating() || scale <= 0 || device.m22() <= 0 || needPixels > MaxCachePixels) {
        // Unusual transforms: no cache, the lines of this paint only.
        const QRect area = device.mapRect(need).toAlignedRect() &
                           QRect(0, 0, int(painter->device()->width() * ratio),
                                 int(painter->device()->height() * ratio));
        if (area.isEmpty())
            return;
        QImage layer(area.size(), QImage::Format_ARGB32_Premultiplied);
        layer.fill(Qt::transparent);
        rasterInto(&layer, device * QTransform::fromTranslate(-area.left(), -area.top()), detail,
                   width);
        layer.setDevicePixelRatio(ratio);
        painter->save();
        painter->resetTransform();
        painter->drawImage(QPointF(area.topLeft()) / ratio, layer);
        painter->restore();
        return;
    }
    const bool valid = m_cache.version == m_version && m_cache.detail == detail &&
                       qFuzzyCompare(m_cache.scale, scale) &&
                       qFuzzyCompare(m_cache.scaleY, device.m22()) && m_cache.scene.contains(need);
    const bool zoomedOnly = !valid && !m_cache.image.isNull() && m_cache.version == m_version &&
                            m_cache.detail == detail && !qFuzzyCompare(m_cache.scale, scale);
    if (zoomedOnly && !m_sharpAllowed && painter->device()->devType() == QInternal::Widget) {
        // While the planner zooms, the previous picture is drawn scaled (a blit) and the sharp
        // one follows once the zooming pauses; exports and tests always get the sharp one.
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter->drawImage(m_cache.scene, m_cache.image);
        painter->restore();
        m_zoomClock.start();
        scheduleSharpRedraw();
        return;
    }
    if (!valid) {
        m_sharpAllowed = false;
        // Cover a quarter more on every side, so that panning reuses the picture.
        QRectF cover = need.adjusted(-need.width() / 4, -need.height() / 4, need.width() / 4,
                                     need.height() / 4) &
                       m_bounds;
        if (cover.width() * cover.height() * scale * device.m22() > MaxCachePixels)
            cover = need;
        m_cache.image = QImage(QSize(int(std::ceil(cover.width() * scale)) + 2,
                                     int(std::ceil(cover.height() * device.m22())) + 2),
                               QImage::Format_ARGB32_Premultiplied);
        m_cache.image.fill(Qt::transparent);
        rasterInto(&m_cache.image,
                   QTransform::fromTranslate(-cover.left(), -cover.top()) *
                       QTransform::fromScale(scale, device.m22()),
                   detail, width);
        m_cache.image.setDevicePixelRatio(ratio);
        m_cache.scene = cover;
        m_cache.scale = scale;
        m_cache.scaleY = device.m22();
        m_cache.version = m_version;
        m_cache.detail = detail;
    }
    // Only the part of the picture that is needed, at whole pixels: the raster engine's
    // fastest path (a partly clipped image would go through its texture path).
    const QPointF origin = device.map(m_cache.scene.topLeft());
    const QPoint offset(int(std::round(origin.x())), int(std::round(origin.y())));
    const QRect target = device.mapRect(need).toAlignedRect() &
                         QRect(offset, m_cache.image.size()) &
                         QRect(0, 0, int(painter->device()->width() * ratio),
                               int(painter->device()->height() * ratio));
    if (target.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(QPointF(target.topLeft()) / ratio, QSizeF(target.size()) / ratio),
                       m_cache.image, QRectF(target.translated(-offset)));
    painter->restore();
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
    // Lines of nodes being dragged are drawn live, outside the cached picture.
    m_liveJunction.assign(m_junctions.size(), false);
    m_liveEdge.assign(m_edges.size(), false);
    if (!m_live.isEmpty()) {
        for (qsizetype j = 0; j < m_junctions.size(); ++j)
            m_liveJunction[j] = m_live.contains(m_junctions.at(j).consumer);
        for (const Edge &e : m_edges) {
            if (e.junction >= 0 && m_live.contains(e.to))
                m_liveJunction[e.junction] = true;
        }
        for (qsizetype i = 0; i < m_edges.size(); ++i) {
            const Edge &e = m_edges.at(i);
            m_liveEdge[i] = m_live.contains(e.from) || m_live.contains(e.to) ||
                            (e.junction >= 0 && m_liveJunction[e.junction]);
        }
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
    // The overview picture holds the nodes too, those without lines included.
    const QSizeF size = MapStyle::NodeSize;
    for (const NodeItem *node : m_overviewNodes) {
        if (node->isVisible()) {
            const QRectF r(node->pos() - QPointF(size.width() / 2, size.height() / 2), size);
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
    }
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
    // What is exposed and on the device: QGraphicsScene::render() exposes the whole item.
    QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    if (const QPaintDevice *device = painter->device()) {
        bool invertible = false;
        const QTransform toScene = painter->worldTransform().inverted(&invertible);
        if (invertible)
            exposed &= toScene.mapRect(QRectF(0, 0, device->width(), device->height()));
    }
    if (lod < OverviewDetail) {
        // Far out: hairlines, then the nodes as boxes of colour, batched per colour (the node
        // items draw nothing at this level).
        paintLines(painter, exposed, OverviewLines);
        paintLiveLines(painter, exposed, false);
        QHash<QRgb, QList<QRectF>> boxes;
        const QSizeF size = MapStyle::NodeSize;
        for (const NodeItem *node : std::as_const(m_overviewNodes)) {
            if (!node->isVisible())
                continue;
            const QRectF box(node->pos() - QPointF(size.width() / 2, size.height() / 2), size);
            if (!box.intersects(exposed))
                continue;
            const QColor colour = node->isSelected() ? selectedColour : node->fill();
            boxes[colour.rgba()].append(box);
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
            painter->setBrush(QColor::fromRgba(it.key()));
            painter->drawRects(it.value());
        }
        return;
    }
    const bool detailed = lod >= 0.3;
    paintLines(painter, exposed, detailed ? DetailedLines : PlainLines);
    paintLiveLines(painter, exposed, detailed);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    const QRectF clip = exposed.adjusted(-16, -16, 16, 16);
    QLineF part;
    if (m_selected >= 0 && m_selected < m_lines.size() &&
        clipLine(m_lines.at(m_selected), clip, &part)) {
        painter->setPen(QPen(selectedColour, 4));
        painter->drawLine(part);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selectedColour);
        painter->drawPolygon(arrowHead(m_lines.at(m_selected), 13));
    }
    if (!detailed)
        return;

    // Junction badges: "db: 1 of 2".
    if (lod < NodeItem::TextDetail)
        return;
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF near = exposed.adjusted(-150, -20, 150, 20);
    for (qsizetype j = 0; j < m_junctions.size(); ++j) {
        const QPointF p = m_junctionPoint.at(j);
        if (!near.contains(p))
            continue; // measure text only where a badge can show
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
