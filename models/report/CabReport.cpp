// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabReport.h"

#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "domain/Plan.h"
#include "domain/RunbookSchedule.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::CabReport)
};

constexpr int MaxLayers = 5;
constexpr int MaxPerLayer = 7;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

Table keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    Table t;
    t.columns = {{QString(), 1.3}, {QString(), 3}};
    t.header = false;
    for (const auto &[key, value] : pairs)
        t.rows.append({text(key, true), text(value)});
    return t;
}

// The blast radius as a small map: the targets on the left, what depends on them in columns to
// the right (each node in the column of its shortest path from a target), down in red and
// degraded in amber, with the dependencies between neighbouring columns.
struct RadiusMap
{
    struct Box
    {
        QString name;
        bool down = true;
    };
    QList<QList<Box>> layers;
    QList<int> hidden; // per layer: nodes left out
    struct Link
    {
        int fromLayer, fromRow, toLayer, toRow;
    };
    QList<Link> links;
};

std::shared_ptr<RadiusMap> radiusMap(const GraphSnapshot &g, const ChangeAssessment &a,
                                     const QStringList &targets)
{
    auto map = std::make_shared<RadiusMap>();
    QHash<int, NodeState> state;
    for (const auto &[node, s] : a.nodes)
        state.insert(node, s);
    QHash<int, int> layerOf;
    QList<int> frontier;
    for (const QString &t : targets) {
        const int n = g.indexOf(t);
        if (n >= 0 && state.contains(n) && !layerOf.contains(n)) {
            layerOf.insert(n, 0);
            frontier.append(n);
        }
    }
    QList<QList<int>> layers{frontier};
    while (!frontier.isEmpty() && layers.size() < MaxLayers) {
        QList<int> next;
        for (int p : std::as_const(frontier)) {
            const auto [begin, end] = g.consumerEdges(p);
            for (auto e = begin; e != end; ++e) {
                if (state.contains(e->consumer) && !layerOf.contains(e->consumer)) {
                    layerOf.insert(e->consumer, int(layers.size()));
                    next.append(e->consumer);
                }
            }
        }
        if (next.isEmpty())
            break;
        layers.append(next);
        frontier = next;
    }
    QHash<int, std::pair<int, int>> place;
    for (int l = 0; l < layers.size(); ++l) {
        QList<int> nodes = layers.at(l);
        // Processes and down nodes first: what the board reads first.
        std::stable_sort(nodes.begin(), nodes.end(), [&](int x, int y) {
            return std::pair(!g.isProcess(x), state.value(x) != NodeState::Down) <
                   std::pair(!g.isProcess(y), state.value(y) != NodeState::Down);
        });
        QList<RadiusMap::Box> boxes;
        for (int i = 0; i < nodes.size() && i < MaxPerLayer; ++i) {
            boxes.append({g.name(nodes.at(i)), state.value(nodes.at(i)) == NodeState::Down});
            place.insert(nodes.at(i), {l, i});
        }
        map->layers.append(boxes);
        map->hidden.append(std::max(0, int(nodes.size()) - MaxPerLayer));
    }
    for (auto it = place.cbegin(); it != place.cend(); ++it) {
        const auto [begin, end] = g.consumerEdges(it.key());
        for (auto e = begin; e != end; ++e) {
            const auto to = place.constFind(e->consumer);
            if (to != place.cend() && to->first == it->first + 1)
                map->links.append({it->first, it->second, to->first, to->second});
        }
    }
    return map;
}

Figure radiusFigure(std::shared_ptr<RadiusMap> map, const QString &description)
{
    int rows = 1;
    for (int l = 0; l < map->layers.size(); ++l)
        rows = std::max(rows, int(map->layers.at(l).size()) + (map->hidden.at(l) > 0 ? 1 : 0));
    Figure f;
    f.height = 14 + rows * 24.0;
    f.description = description;
    f.paint = [map](QPainter *p, const QRectF &r) {
        const int columns = std::max(1, int(map->layers.size()));
        const double colW = r.width() / columns;
        const double boxW = colW * 0.78;
        const double boxH = 17 * LayoutUnit;
        const double rowH = 24 * LayoutUnit;
        const QFont font = Report::font(8);
        p->setFont(font);
        const QFontMetricsF fm(font, p->device());
        auto boxRect = [&](int layer, int row) {
            return QRectF(r.left() + layer * colW + (colW - boxW) / 2,
                          r.top() + 7 * LayoutUnit + row * rowH, boxW, boxH);
        };
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8 * LayoutUnit));
        for (const RadiusMap::Link &link : map->links) {
            const QRectF a = boxRect(link.fromLayer, link.fromRow);
            const QRectF b = boxRect(link.toLayer, link.toRow);
            const QPointF from(a.right(), a.center().y());
            const QPointF to(b.left(), b.center().y());
            p->drawLine(from, to);
            // An arrowhead at what depends on it.
            const QPointF d = to - from;
            const double len = std::hypot(d.x(), d.y());
            if (len > 0) {
                const QPointF u = d / len;
                const QPointF n(-u.y(), u.x());
                const double s = 3.5 * LayoutUnit;
                QPainterPath head;
                head.moveTo(to);
                head.lineTo(to - u * s + n * s * 0.5);
                head.lineTo(to - u * s - n * s * 0.5);
                head.closeSubpath();
                p->fillPath(head, QColor(0x55, 0x55, 0x55));
            }
        }
        for (int l = 0; l < map->layers.size(); ++l) {
            const QList<RadiusMap::Box> &boxes = map->layers.at(l);
            for (int i = 0; i < boxes.size(); ++i) {
                const QRectF b = boxRect(l, i);
                // Down: dark red, white text; degraded: amber, black text (legible in black
                // and white by the outline: solid for down, dashed for degraded).
                const bool down = boxes.at(i).down;
                p->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8 * LayoutUnit,
                               down ? Qt::SolidLine : Qt::DashLine));
                p->setBrush(down ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xff, 0xc1, 0x07));
                p->drawRoundedRect(b, 2 * LayoutUnit, 2 * LayoutUnit);
                p->setPen(down ? Qt::white : Qt::black);
                p->drawText(
                    b.adjusted(3 * LayoutUnit, 0, -3 * LayoutUnit, 0),
                    Qt::AlignVCenter | Qt::AlignLeft,
                    fm.elidedText(boxes.at(i).name, Qt::ElideRight, b.width() - 6 * LayoutUnit));
            }
            if (map->hidden.at(l) > 0) {
                p->setPen(Qt::black);
                p->drawText(boxRect(l, int(boxes.size())), Qt::AlignCenter,
                            Tr::tr("and %n more", nullptr, map->hidden.at(l)));
            }
        }
    };
    return f;
}

// A missing control in a word or two, for the summary table.
QString missingShort(const QString &m)
{
    if (m == QLatin1String("peer-review"))
        return Tr::tr("peer review");
    if (m == QLatin1String("backout"))
        return Tr::tr("backout");
    if (m == QLatin1String("cab"))
        return Tr::tr("CAB approval");
    if (m == QLatin1String("standard-not-allowed"))
        return Tr::tr("not standard");
    if (m == QLatin1String("late"))
        return Tr::tr("lead time");
    return m;
}

bool toDecide(const Change &c)
{
    return c.state == ChangeState::New || c.state == ChangeState::Assess ||
           c.state == ChangeState::Authorize;
}

} // namespace

Report::Figure blastRadiusFigure(const GraphSnapshot &graph, const ChangeAssessment &assessment,
                                 const QStringList &targets, const QString &description)
{
    return radiusFigure(radiusMap(graph, assessment, targets), description);
}

Report::Document cabReport(const Plan &plan, const QDate &from, const QDate &to,
                           const QDateTime &printedAt)
{
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const qint64 start = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const ChangeContext context(plan, printedAt.toMSecsSinceEpoch());
    const GraphSnapshot &g = context.graph();
    QHash<QString, QString> freezeNames;
    for (const FreezeWindow &f : context.freezes())
        freezeNames.insert(f.id, f.name);
    auto shown = [&](const std::optional<QString> &iso) {
        const std::optional<qint64> ms = iso ? instantMs(*iso) : std::nullopt;
        return ms ? Report::dateTime(QDateTime::fromMSecsSinceEpoch(*ms, zone))
                  : QStringLiteral("—");
    };
    auto contactName = [&](const QString &id) {
        for (const Person &p : plan.persons) {
            if (p.id == id)
                return p.name;
        }
        for (const Role &r : plan.roles) {
            if (r.id == id)
                return r.name;
        }
        return id.isEmpty() ? QStringLiteral("—") : id;
    };
    auto nodeName = [&](const QString &id) {
        const int n = g.indexOf(id);
        return n >= 0 ? g.name(n) : id;
    };

    struct Item
    {
        const Change *change;
        ChangeAssessment assessment;
        qint64 start;
    };
    QList<Item> decide;
    QList<Item> scheduled;
    for (const Change &c : plan.changes) {
        if (!c.isOpen() || !c.plannedStart || !c.plannedEnd)
            continue;
        const std::optional<qint64> a = instantMs(*c.plannedStart);
        const std::optional<qint64> b = instantMs(*c.plannedEnd);
        if (!a || !b || !(*a < end && start < *b))
            continue;
        (toDecide(c) ? decide : scheduled).append({&c, context.assess(c), *a});
    }
    auto byRisk = [](const Item &x, const Item &y) {
        const int rx = riskLevel(x.assessment.risk);
        const int ry = riskLevel(y.assessment.risk);
        return rx != ry             ? rx > ry
               : x.start != y.start ? x.start < y.start
                                    : x.change->id < y.change->id;
    };
    std::sort(decide.begin(), decide.end(), byRisk);
    std::sort(scheduled.begin(), scheduled.end(), byRisk);

    Document doc;
    doc.headerLeft = plan.name;
    doc.headerRight = Tr::tr("Change advisory board");
    doc.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));
    doc.title(Tr::tr("Change advisory board"));
    doc.subtitle(Tr::tr("Changes from %1 to %2").arg(Report::date(from), Report::date(to)));
    doc.plain(Tr::tr("Plan: %1. Times in %2. Risk, blocking and conflicts as Continuity assesses "
                     "them from the dependency graph, the freezes and the history of earlier "
                     "changes on the same systems.")
                  .arg(plan.name, QString::fromUtf8(zone.id())));
    doc.contents();

    doc.heading(Tr::tr("To decide"));
    if (decide.isEmpty()) {
        doc.plain(Tr::tr("No change waits for a decision in this period."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Change"), 1.1}, {Tr::tr("Title"), 2.6},   {Tr::tr("Window"), 1.7},
                     {Tr::tr("Risk"), 0.9},   {Tr::tr("Blocked"), 0.8}, {Tr::tr("Missing"), 1.4}};
        for (const Item &i : std::as_const(decide)) {
            QStringList missing;
            for (const QString &m : i.assessment.missing)
                missing.append(missingShort(m));
            t.rows.append({text(i.change->id, true), text(i.change->title),
                           text(shown(i.change->plannedStart)),
                           text(displayRisk(i.assessment.risk)),
                           text(i.assessment.blocked ? Tr::tr("yes") : Tr::tr("no")),
                           text(missing.join(QStringLiteral(", ")))});
            t.fills.append({-1, -1, -1, riskLevel(i.assessment.risk) >= 2 ? 0xf4cccc : -1, -1, -1});
        }
        doc.table(t);
    }

    for (const Item &i : std::as_const(decide)) {
        const Change &c = *i.change;
        const ChangeAssessment &a = i.assessment;
        doc.heading(QStringLiteral("%1  %2").arg(c.id, c.title));
        QStringList targets;
        for (const QString &t : c.targets)
            targets.append(nodeName(t));
        doc.table(keyValues({
            {Tr::tr("Class and state"),
             QStringLiteral("%1, %2").arg(displayName(c.changeClass), displayName(c.state))},
            {Tr::tr("Window"),
             Tr::tr("%1 to %2 (%3)")
                 .arg(shown(c.plannedStart), shown(c.plannedEnd), Report::duration(a.windowHours))},
            {Tr::tr("Targets"),
             targets.join(QStringLiteral(", ")) + QStringLiteral(" — ") +
                 (c.mode == ChangeMode::Rolling ? Tr::tr("one at a time") : Tr::tr("all at once"))},
            {Tr::tr("Implementer"), contactName(c.implementer)},
            {Tr::tr("Peer reviewer"), contactName(c.peerReviewer)},
        }));
        if (!c.description.trimmed().isEmpty())
            doc.plain(c.description);
        QString risk = Tr::tr("Risk %1: impact %2 of 4, probability %3 (%4 earlier changes on "
                              "its targets in the year before, %5 failed).")
                           .arg(displayRisk(a.risk))
                           .arg(a.impact)
                           .arg(a.probability)
                           .arg(a.history)
                           .arg(a.failures);
        if (a.raisedBy.contains(QLatin1String("spof")))
            risk +=
                QStringLiteral("\n\n") + Tr::tr("Raised: a target is a single point of failure of "
                                                "a tier 0 or 1 process or service.");
        if (a.raisedBy.contains(QLatin1String("error-budget")))
            risk += QStringLiteral("\n\n") + Tr::tr("Raised: a node it takes down has less than a "
                                                    "quarter of its error budget left.");
        QStringList freezes;
        for (const QString &f : a.blockedBy)
            freezes.append(freezeNames.value(f, f));
        if (a.blocked)
            risk += QStringLiteral("\n\n") + Tr::tr("Blocked by the freeze %1: only an emergency "
                                                    "change may go ahead.")
                                                 .arg(freezes.join(QStringLiteral(", ")));
        else if (!a.blockedBy.isEmpty())
            risk += QStringLiteral("\n\n") + Tr::tr("In the freeze %1 as an emergency change.")
                                                 .arg(freezes.join(QStringLiteral(", ")));
        risk += QStringLiteral("\n\n") +
                Tr::tr("Loss exposure %1; worst outage with backout %2; headroom to the tightest "
                       "RTO %3.")
                    .arg(Report::money(a.lossExposure), Report::duration(a.worstOutageHours),
                         a.headroomHours ? Report::duration(*a.headroomHours) : Tr::tr("none"));
        doc.plain(risk);

        doc.subheading(Tr::tr("Blast radius"));
        int down = 0;
        for (const auto &[node, state] : a.nodes)
            down += state == NodeState::Down;
        const QString description =
            Tr::tr("%1 nodes down and %2 degraded, from the targets on the left to what depends "
                   "on them on the right.")
                .arg(down)
                .arg(int(a.nodes.size()) - down);
        if (a.nodes.empty())
            doc.plain(Tr::tr("Nothing: the change's targets are not in the plan's graph."));
        else {
            doc.plain(description);
            doc.figure(radiusFigure(radiusMap(g, a, c.targets), description));
        }

        Table hit;
        hit.columns = {{Tr::tr("Process"), 2.6},
                       {Tr::tr("State"), 0.9},
                       {Tr::tr("Loss per hour"), 1.1},
                       {Tr::tr("RTO"), 0.8},
                       {Tr::tr("Headroom"), 1}};
        for (const auto &[node, state] : a.nodes) {
            if (!g.isProcess(node))
                continue;
            const double rto = g.rtoHours(node);
            const double loss = g.lossPerHour(node);
            const bool isDown = state == NodeState::Down;
            const QString headroom = isDown && !std::isnan(rto)
                                         ? Report::duration(rto - a.worstOutageHours)
                                         : QStringLiteral("—");
            hit.rows.append({text(g.name(node)), text(isDown ? Tr::tr("down") : Tr::tr("degraded")),
                             text(std::isnan(loss) ? QStringLiteral("—") : Report::money(loss)),
                             text(std::isnan(rto) ? QStringLiteral("—") : Report::duration(rto)),
                             text(headroom)});
        }
        doc.subheading(Tr::tr("Processes hit"));
        if (hit.rows.isEmpty())
            doc.plain(Tr::tr("No business process is down or degraded."));
        else
            doc.table(hit);

        doc.subheading(Tr::tr("Conflicts and missing controls"));
        QStringList lines;
        for (const ChangeConflict &x : a.conflicts)
            lines.append(QStringLiteral("%1: %2").arg(conflictKindText(x.kind), x.with));
        for (const QString &m : a.missing)
            lines.append(Tr::tr("Missing: %1").arg(missingControlText(m)));
        doc.plain(lines.isEmpty() ? Tr::tr("No conflicts; no controls missing.")
                                  : lines.join(QStringLiteral("\n\n")));

        doc.subheading(Tr::tr("Backout"));
        QString backout;
        if (!c.backoutRunbook.isEmpty()) {
            const Runbook *runbook = nullptr;
            for (const Runbook &r : plan.runbooks) {
                if (r.id == c.backoutRunbook)
                    runbook = &r;
            }
            QDate last;
            for (const Exercise &e : plan.exercises) {
                const QDate d = QDate::fromString(e.date, Qt::ISODate);
                if (e.runbooks.contains(c.backoutRunbook) && d.isValid() && d <= printedAt.date() &&
                    (!last.isValid() || d > last))
                    last = d;
            }
            backout = Tr::tr("Runbook %1 (critical path %2), last exercised %3.")
                          .arg(runbook ? runbook->title : c.backoutRunbook,
                               runbook ? Report::duration(scheduleRunbook(*runbook).totalHours)
                                       : QStringLiteral("—"),
                               last.isValid() ? Report::date(last) : Tr::tr("never"));
        }
        if (!c.backoutPlan.trimmed().isEmpty())
            backout += (backout.isEmpty() ? QString() : QStringLiteral("\n\n")) + c.backoutPlan;
        doc.plain(backout.isEmpty() ? Tr::tr("No backout runbook or plan.") : backout);
    }

    doc.heading(Tr::tr("Already scheduled in the period"));
    if (scheduled.isEmpty()) {
        doc.plain(Tr::tr("None."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Change"), 1.1}, {Tr::tr("Title"), 2.6}, {Tr::tr("State"), 1},
                     {Tr::tr("Window"), 1.7}, {Tr::tr("Risk"), 0.9},  {Tr::tr("Conflicts"), 1.2}};
        for (const Item &i : std::as_const(scheduled)) {
            QStringList with;
            for (const ChangeConflict &x : i.assessment.conflicts)
                with.append(x.with);
            t.rows.append({text(i.change->id, true), text(i.change->title),
                           text(displayName(i.change->state)), text(shown(i.change->plannedStart)),
                           text(displayRisk(i.assessment.risk)),
                           text(with.join(QStringLiteral(", ")))});
        }
        doc.table(t);
    }
    return doc;
}

} // namespace Continuity
