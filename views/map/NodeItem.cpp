// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeItem.h"

#include "EdgeLayer.h"
#include "MapScene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::NodeItem)
};

const QRectF box(-MapStyle::NodeSize.width() / 2, -MapStyle::NodeSize.height() / 2,
                 MapStyle::NodeSize.width(), MapStyle::NodeSize.height());

QString kindText(MapNodeKind kind, std::optional<ServiceKind> serviceKind)
{
    switch (kind) {
    case MapNodeKind::Process:
        return Tr::tr("Process");
    case MapNodeKind::CollapsedSite:
        return Tr::tr("Site, collapsed");
    case MapNodeKind::CollapsedGroup:
        return Tr::tr("Redundancy group");
    case MapNodeKind::Service:
        break;
    }
    return displayName(serviceKind.value_or(ServiceKind::Application));
}

// The name broken between words into as many lines as it takes, nothing left out.
QStringList wrapWords(const QString &name, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word :
         name.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// The name on up to two lines, broken between words, the second elided if need be.
QStringList nameLines(const QString &name, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return {name};
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate =
            first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    if (first.isEmpty())
        return {metrics.elidedText(name, Qt::ElideRight, width)};
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return {first, metrics.elidedText(rest, Qt::ElideRight, width)};
}

} // namespace

NodeItem::NodeItem(QString key, MapNodeKind kind)
    : m_key(std::move(key))
    , m_kind(kind)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1);
    setAcceptHoverEvents(false);
}

void NodeItem::setContent(const QString &name, std::optional<ServiceKind> serviceKind, int tier)
{
    if (name == m_name && serviceKind == m_serviceKind && tier == m_tier)
        return;
    m_name = name;
    m_serviceKind = serviceKind;
    m_tier = tier;
    setToolTip(QStringLiteral("%1\n%2").arg(name, kindText(m_kind, serviceKind)));
    update();
}

void NodeItem::setFill(const QColor &fill)
{
    if (fill == m_fill)
        return;
    m_fill = fill;
    m_text = MapStyle::textColourOn(fill);
    update();
    if (auto *map = qobject_cast<MapScene *>(scene()))
        map->edgeLayer()->invalidateOverview();
}

void NodeItem::setStateMark(MapScenarioState state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void NodeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return box.adjusted(-5, -5, 5, 5);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(box);
    return path;
}

QPainterPath NodeItem::outline() const
{
    QPainterPath path;
    const QRectF r = box;
    const ServiceKind kind = m_serviceKind.value_or(ServiceKind::Application);
    if (m_kind == MapNodeKind::Process) {
        // Processes: a chevron, the shape of a value-chain step.
        const double tip = 14;
        path.moveTo(r.topLeft());
        path.lineTo(r.right() - tip, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - tip, r.bottom());
        path.lineTo(r.bottomLeft());
        path.lineTo(r.left() + tip, r.center().y());
        path.closeSubpath();
    } else if (m_kind == MapNodeKind::CollapsedSite || m_kind == MapNodeKind::CollapsedGroup) {
        path.addRoundedRect(r, 4, 4);
        path.addRoundedRect(r.adjusted(4, 4, -4, -4), 2, 2);
    } else if (kind == ServiceKind::DataStore) {
        const double lid = 8;
        path.moveTo(r.left(), r.top() + lid);
        path.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * lid), 180, -180);
        path.lineTo(r.right(), r.bottom() - lid);
        path.arcTo(QRectF(r.left(), r.bottom() - 2 * lid, r.width(), 2 * lid), 0, -180);
        path.closeSubpath();
        path.moveTo(r.left(), r.top() + lid);
        path.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * lid), 180, 180);
    } else if (kind == ServiceKind::Site) {
        const double roof = 12;
        path.moveTo(r.left(), r.top() + roof);
        path.lineTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.top() + roof);
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
    } else if (kind == ServiceKind::Network) {
        const double cut = 14;
        path.moveTo(r.left() + cut, r.top());
        path.lineTo(r.right() - cut, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - cut, r.bottom());
        path.lineTo(r.left() + cut, r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
    } else if (kind == ServiceKind::Supplier) {
        const double slant = 12;
        path.moveTo(r.left() + slant, r.top());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right() - slant, r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
    } else if (kind == ServiceKind::Team) {
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    } else if (kind == ServiceKind::Infrastructure) {
        path.addRect(r);
    } else {
        path.addRoundedRect(r, 8, 8);
    }
    return path;
}

QString NodeItem::compactLabel(const QString &name, double lod, const QFont &base)
{
    // On screen the box is lod times its size; the text is CompactLabelPixels high there.
    const double boxWidth = (box.width() - 12) * lod;
    const double boxHeight = box.height() * lod;
    if (lod <= 0 || boxHeight < CompactLabelPixels * 1.3)
        return {};
    QFont font = base;
    font.setPixelSize(int(CompactLabelPixels));
    const QFontMetricsF metrics(font);
    const QString elided = metrics.elidedText(name, Qt::ElideRight, boxWidth);
    // A label of fewer than four letters says nothing: leave the box plain.
    const QString letters = QString(elided).remove(QChar(0x2026));
    if (letters.size() < std::min<qsizetype>(4, name.size()))
        return {};
    return elided;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    // Far out the EdgeLayer draws this node, batched with all the others.
    if (lod < EdgeLayer::OverviewDetail)
        return;
    painter->setRenderHint(QPainter::Antialiasing, lod >= TextDetail);
    QPen pen(QColor(0x42, 0x42, 0x42), 1.2);
    if (m_state == MapScenarioState::RedundancyLost)
        pen = QPen(QColor(0xb2, 0x6a, 0x00), 3, Qt::DashLine);
    if (m_highlighted)
        pen = QPen(QColor(0x00, 0x96, 0x88), 4);
    if (selected)
        pen = QPen(QColor(0x1e, 0x88, 0xe5), 4);
    painter->setPen(pen);
    painter->setBrush(m_fill);
    painter->drawPath(outline());
    if (lod < TextDetail) {
        QFont font = painter->font();
        font.setBold(true);
        const QString label = compactLabel(m_name, lod, font);
        if (label.isEmpty())
            return;
        font.setPixelSize(std::max(1, int(std::lround(CompactLabelPixels / lod))));
        painter->setFont(font);
        painter->setPen(m_text);
        painter->drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter, label);
        return;
    }

    // Name on up to two lines, the kind under it, the tier badge in the corner.
    QFont font = painter->font();
    font.setPointSizeF(9.5);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF nameMetrics(font);
    const double inset = m_kind == MapNodeKind::Process ? 18 : 10;
    const double top = m_serviceKind == ServiceKind::DataStore ? 15
                       : m_serviceKind == ServiceKind::Site    ? 10
                                                               : 5;
    const QRectF textArea = box.adjusted(inset, top, -inset - 24, -4);
    painter->setPen(m_text);
    QStringList lines = nameLines(m_name, nameMetrics, textArea.width());
    double lineHeight = nameMetrics.height();
    const bool vector =
        painter->paintEngine() && painter->paintEngine()->type() != QPaintEngine::Raster;
    if (vector && wrapWords(m_name, nameMetrics, textArea.width()).size() > 2) {
        // SVG and PDF carry every name whole, as text: a long one gets a smaller font (they
        // can be zoomed) instead of being cut short.
        const double room = box.bottom() - 17 - textArea.top();
        for (double size = 9.0; size >= 4.0; size -= 0.5) {
            font.setPointSizeF(size);
            const QFontMetricsF metrics(font);
            lines = wrapWords(m_name, metrics, textArea.width());
            lineHeight = metrics.height();
            if (lines.size() * lineHeight <= room)
                break;
        }
        painter->setFont(font);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter->drawText(
            QRectF(textArea.left(), textArea.top() + i * lineHeight, textArea.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    }
    font.setBold(false);
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->drawText(QRectF(textArea.left(), box.bottom() - 17, textArea.width() + 24, 14),
                      Qt::AlignLeft | Qt::AlignVCenter, kindText(m_kind, m_serviceKind));
    if (m_tier >= 0 && m_tier <= 3) {
        const QRectF badge(box.right() - inset - 20, box.top() + top + 1, 22, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 210));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("T%1").arg(m_tier));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *map = qobject_cast<MapScene *>(scene()))
            map->onItemMoved(this);
    } else if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged) {
        if (auto *map = qobject_cast<MapScene *>(scene()))
            map->edgeLayer()->invalidateOverview();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Continuity
