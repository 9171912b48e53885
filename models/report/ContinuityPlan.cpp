// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContinuityPlan.h"

#include "ReportFormat.h"
#include "RunbookReport.h"

#include "analysis/Cascade.h"
#include "analysis/ExerciseResults.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/Recovery.h"
#include "analysis/Tiers.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ContinuityPlan)
};

constexpr double U = LayoutUnit;
// The dependency map: boxes per row, rows per page.
constexpr int MapColumns = 5;
constexpr int MapRowsPerFigure = 11;
constexpr int MaxRecoveryRows = 80;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

QString names(const Plan &plan, const QStringList &contacts)
{
    QStringList out;
    for (const QString &c : contacts)
        out.append(Contacts::displayName(plan, c));
    return out.join(QStringLiteral(", "));
}

// The map of the scope: processes on top, what they need below by distance, wrapped into rows
// of MapColumns boxes, MapRowsPerFigure rows a figure (a page); a line from each consumer to each
// provider in the same figure, and a mark under a box whose providers are on a later part.
struct MapNode
{
    QString name;
    QString detail; // "tier 0 · application"
    bool process = false;
    int row = 0;
    int column = 0;
};

QList<Figure> dependencyMap(const GraphSnapshot &graph, const QList<int> &processes,
                            const QList<int> &services)
{
    QHash<int, int> level;
    for (int p : processes)
        level.insert(p, 0);
    QList<int> queue = processes;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const auto [b, e] = graph.providerEdges(queue.at(i));
        for (const GraphSnapshot::Edge *edge = b; edge != e; ++edge) {
            if (edge->kind == GraphSnapshot::EdgeKind::Soft || level.contains(edge->provider))
                continue;
            level.insert(edge->provider, level.value(queue.at(i)) + 1);
            queue.append(edge->provider);
        }
    }
    Q_UNUSED(services);
    // Rows: each level wrapped at MapColumns.
    QList<QList<int>> byLevel;
    for (int node : queue) {
        const int l = level.value(node);
        while (byLevel.size() <= l)
            byLevel.append(QList<int>());
        byLevel[l].append(node);
    }
    QList<QList<int>> rows;
    for (const QList<int> &nodes : byLevel) {
        for (qsizetype i = 0; i < nodes.size(); i += MapColumns)
            rows.append(nodes.mid(i, MapColumns));
    }
    QHash<int, std::pair<int, int>> where; // node -> (row, column)
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            where.insert(rows.at(r).at(c), {r, c});
    }
    QList<Figure> figures;
    for (int first = 0; first < rows.size(); first += MapRowsPerFigure) {
        const int last = std::min<int>(int(rows.size()), first + MapRowsPerFigure);
        struct Box
        {
            QString name;
            QString detail;
            bool process;
            int row;
            int column;
            int columns; // boxes in its row
            bool continues;
        };
        struct Line
        {
            int from; // index into boxes
            int to;
        };
        QList<Box> boxes;
        QHash<int, int> boxOf;
        for (int r = first; r < last; ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const int node = rows.at(r).at(c);
                QString kind = graph.isProcess(node) ? Tr::tr("process") : QString();
                if (const auto k = graph.serviceKind(node))
                    kind = displayName(*k).toLower();
                const int tier = graph.tier(node);
                const QString detail =
                    tier >= 0 ? Tr::tr("tier %1 · %2").arg(tier).arg(kind) : kind;
                boxOf.insert(node, int(boxes.size()));
                boxes.append({graph.name(node), detail, graph.isProcess(node), r - first, c,
                              int(rows.at(r).size()), false});
            }
        }
        QList<Line> lines;
        for (auto it = boxOf.cbegin(); it != boxOf.cend(); ++it) {
            const auto [b, e] = graph.providerEdges(it.key());
            for (const GraphSnapshot::Edge *edge = b; edge != e; ++edge) {
                if (edge->kind == GraphSnapshot::EdgeKind::Soft || !level.contains(edge->provider))
                    continue;
                if (boxOf.contains(edge->provider))
                    lines.append({it.value(), boxOf.value(edge->provider)});
                else if (where.value(edge->provider).first >= last)
                    boxes[it.value()].continues = true;
            }
        }
        const int rowCount = last - first;
        Figure f;
        const double rowPt = 52;
        f.height = rowPt * rowCount + 4;
        f.description = Tr::tr("Dependency map, rows %1 to %2 of %3: %4")
                            .arg(first + 1)
                            .arg(last)
                            .arg(rows.size())
                            .arg([&] {
                                QStringList n;
                                for (const Box &b : boxes)
                                    n.append(b.name);
                                return n.join(QStringLiteral(", "));
                            }());
        f.paint = [boxes, lines, rowPt](QPainter *p, const QRectF &area) {
            const double boxW = area.width() / MapColumns - 10 * U;
            const double boxH = 34 * U;
            auto rectOf = [&](const Box &b) {
                const double slot = area.width() / b.columns;
                const double x = area.left() + slot * b.column + (slot - boxW) / 2;
                const double y = area.top() + 2 * U + b.row * rowPt * U;
                return QRectF(x, y, boxW, boxH);
            };
            p->setPen(QPen(QColor(90, 90, 90), 0.6 * U));
            for (const Line &l : lines) {
                const QRectF a = rectOf(boxes.at(l.from));
                const QRectF b = rectOf(boxes.at(l.to));
                const QPointF from(a.center().x(), a.bottom());
                const QPointF to(b.center().x(), b.top());
                if (b.top() > a.bottom()) {
                    p->drawLine(from, to);
                    // An arrow head at the provider.
                    const QPointF d = to - from;
                    const double len = std::hypot(d.x(), d.y());
                    if (len > 0) {
                        const QPointF u = d / len;
                        const QPointF n(-u.y(), u.x());
                        QPolygonF head{to, to - u * 5 * U + n * 2.5 * U,
                                       to - u * 5 * U - n * 2.5 * U};
                        p->setBrush(QColor(90, 90, 90));
                        p->drawPolygon(head);
                        p->setBrush(Qt::NoBrush);
                    }
                } else {
                    // Same row or upwards (a provider shared across levels): a side curve.
                    QPainterPath path(QPointF(a.right(), a.center().y()));
                    path.cubicTo(QPointF(a.right() + 12 * U, a.center().y()),
                                 QPointF(b.right() + 12 * U, b.center().y()),
                                 QPointF(b.right(), b.center().y()));
                    p->drawPath(path);
                }
            }
            const QFont nameFont = font(7.5, true);
            const QFont detailFont = font(6.5);
            const QFontMetricsF nameMetrics(nameFont);
            const QFontMetricsF detailMetrics(detailFont);
            for (const Box &b : boxes) {
                const QRectF r = rectOf(b);
                p->setPen(QPen(Qt::black, (b.process ? 1.0 : 0.6) * U));
                p->setBrush(b.process ? QColor(0xdd, 0xe8, 0xf6) : QColor(0xf4, 0xf4, 0xf4));
                p->drawRoundedRect(r, 3 * U, 3 * U);
                p->setPen(Qt::black);
                p->setFont(nameFont);
                // The name on up to two lines, broken between words, the rest elided.
                const double width = r.width() - 6 * U;
                QString first;
                QString second;
                for (const QString &word : b.name.split(QLatin1Char(' '))) {
                    const QString tryFirst =
                        first.isEmpty() ? word : first + QLatin1Char(' ') + word;
                    if (second.isEmpty() && nameMetrics.horizontalAdvance(tryFirst) <= width)
                        first = tryFirst;
                    else
                        second = second.isEmpty() ? word : second + QLatin1Char(' ') + word;
                }
                if (first.isEmpty()) {
                    first = nameMetrics.elidedText(second, Qt::ElideRight, width);
                    second.clear();
                }
                const double lineH = nameMetrics.height();
                p->drawText(QRectF(r.left() + 3 * U, r.top() + 2 * U, width, lineH),
                            Qt::AlignHCenter | Qt::AlignTop, first);
                if (!second.isEmpty())
                    p->drawText(QRectF(r.left() + 3 * U, r.top() + 2 * U + lineH, width, lineH),
                                Qt::AlignHCenter | Qt::AlignTop,
                                nameMetrics.elidedText(second, Qt::ElideRight, width));
                p->setFont(detailFont);
                p->drawText(QRectF(r.left() + 3 * U, r.bottom() - 3 * U - detailMetrics.height(),
                                   r.width() - 6 * U, detailMetrics.height()),
                            Qt::AlignHCenter | Qt::AlignBottom,
                            detailMetrics.elidedText(b.detail, Qt::ElideRight, r.width() - 6 * U));
                if (b.continues) {
                    p->drawText(
                        QRectF(r.left(), r.bottom() + 1 * U, r.width(), detailMetrics.height()),
                        Qt::AlignHCenter | Qt::AlignTop, Tr::tr("↓ continues"));
                }
            }
            p->setBrush(Qt::NoBrush);
        };
        figures.append(f);
    }
    return figures;
}

} // namespace

std::optional<PlanScope> parsePlanScope(const Plan &plan, const QString &text,
                                        QString *errorMessage)
{
    PlanScope scope;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return scope;
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString kind = t.left(colon);
    const QStringList ids = t.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (colon < 0 || ids.isEmpty() ||
        (kind != QLatin1String("site") && kind != QLatin1String("process"))) {
        *errorMessage = Tr::tr("--scope must be site:ID or process:ID[,ID...] (not \"%1\")").arg(t);
        return std::nullopt;
    }
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        bool known = false;
        if (kind == QLatin1String("site")) {
            for (const Service &s : plan.services)
                known = known || (s.id == id && s.kind == ServiceKind::Site);
        } else {
            for (const Process &p : plan.processes)
                known = known || p.id == id;
        }
        if (!known) {
            *errorMessage = kind == QLatin1String("site")
                                ? Tr::tr("there is no site with the id \"%1\"").arg(id)
                                : Tr::tr("there is no process with the id \"%1\"").arg(id);
            return std::nullopt;
        }
        scope.ids.append(id);
    }
    if (kind == QLatin1String("site") && scope.ids.size() != 1) {
        *errorMessage = Tr::tr("--scope site: takes one site");
        return std::nullopt;
    }
    scope.kind = kind == QLatin1String("site") ? PlanScope::Kind::Site : PlanScope::Kind::Processes;
    return scope;
}

Report::Document continuityPlan(const Plan &plan, const PlanScope &scope,
                                const QDateTime &printedAt)
{
    Document d;
    const QDate today = printedAt.date();
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Business continuity plan");
    d.footerLeft = Tr::tr("Printed %1").arg(dateTime(printedAt));

    // ---- What is in scope: processes, then the services they need.
    QList<int> processes;
    QString scopeWords;
    std::vector<int> siteScenario;
    if (scope.kind == PlanScope::Kind::Site) {
        const int site = graph.indexOf(scope.ids.value(0));
        siteScenario = {site};
        const CascadeResult cascade = runCascade(graph, siteScenario, {false});
        for (int n = 0; n < graph.processCount(); ++n) {
            if (cascade.state[std::size_t(n)] == NodeState::Down)
                processes.append(n);
        }
        scopeWords = Tr::tr("Everything a loss of %1 takes down: %n process(es).", nullptr,
                            int(processes.size()))
                         .arg(graph.name(site));
    } else {
        for (int n = 0; n < graph.processCount(); ++n) {
            if (scope.kind == PlanScope::Kind::WholePlan || scope.ids.contains(graph.id(n)))
                processes.append(n);
        }
        scopeWords = scope.kind == PlanScope::Kind::WholePlan
                         ? Tr::tr("The whole plan: %n process(es) and the services they need.",
                                  nullptr, int(processes.size()))
                         : Tr::tr("These processes and the services they need: %1.").arg([&] {
                               QStringList n;
                               for (int p : processes)
                                   n.append(graph.name(p));
                               return n.join(QStringLiteral(", "));
                           }());
    }
    QSet<int> inScope(processes.cbegin(), processes.cend());
    QList<int> services;
    {
        QList<int> queue = processes;
        for (qsizetype i = 0; i < queue.size(); ++i) {
            const auto [b, e] = graph.providerEdges(queue.at(i));
            for (const GraphSnapshot::Edge *edge = b; edge != e; ++edge) {
                if (edge->kind == GraphSnapshot::EdgeKind::Soft || inScope.contains(edge->provider))
                    continue;
                inScope.insert(edge->provider);
                queue.append(edge->provider);
                services.append(edge->provider);
            }
        }
    }
    QSet<QString> idsInScope;
    for (int n : inScope)
        idsInScope.insert(graph.id(n));

    d.title(Tr::tr("Business continuity plan"));
    d.subtitle(plan.name);
    d.subtitle(scopeWords);
    d.contents();

    // ---- 1 Document control (after the contents, on its page while there is room)
    d.heading(Tr::tr("Document control"));
    Table control;
    control.header = false;
    control.columns = {{QString(), 1.6}, {QString(), 4.4}};
    control.minRowHeight = 18;
    control.rows = {{text(Tr::tr("Plan"), true), text(plan.name)},
                    {text(Tr::tr("Scope"), true), text(scopeWords)},
                    {text(Tr::tr("Printed"), true), text(dateTime(printedAt))},
                    {text(Tr::tr("Version"), true), Cell()},
                    {text(Tr::tr("Plan owner"), true), Cell()},
                    {text(Tr::tr("Approved by, on"), true), Cell()},
                    {text(Tr::tr("Next review by"), true), Cell()}};
    d.table(control);
    d.subheading(Tr::tr("Change history"));
    Table history;
    history.columns = {{Tr::tr("Version"), 1},
                       {Tr::tr("Date"), 1.2},
                       {Tr::tr("Change"), 3.6},
                       {Tr::tr("By"), 1.6}};
    history.minRowHeight = 20;
    for (int i = 0; i < 4; ++i)
        history.rows.append({Cell(), Cell(), Cell(), Cell()});
    d.table(history);

    // ---- 2 Purpose and scope
    d.heading(Tr::tr("Purpose and scope"));
    d.plain(Tr::tr("This plan says how the organisation keeps the processes below running, or "
                   "brings them back within their targets, when they are disrupted: who "
                   "decides, who is called, what is recovered in which order and with which "
                   "runbook. It is printed from the continuity plan \"%1\"; the plan file is "
                   "the reference, this document a copy of it on the date printed.")
                .arg(plan.name));
    d.plain(scopeWords);

    // ---- 3 Activation criteria
    d.heading(Tr::tr("Activation criteria"));
    QStringList declarers;
    for (const CallTree &tree : plan.callTrees) {
        if (!tree.root.contact.isEmpty() && !declarers.contains(tree.root.contact))
            declarers.append(tree.root.contact);
    }
    d.paragraph(Tr::tr("Declare an incident under this plan when a disruption of a process below "
                       "is expected to last longer than half its maximum tolerable downtime "
                       "(MTD), or when a site, supplier or service it needs is lost with no "
                       "estimate of return."));
    d.plain(declarers.isEmpty()
                ? Tr::tr("Who may declare: the plan names no call tree yet; name the roles "
                         "that may declare here.")
                : Tr::tr("Who may declare: %1 (the first callers of the plan's call trees).")
                      .arg(names(plan, declarers)));
    Table activate;
    activate.columns = {{Tr::tr("Process"), 3},
                        {Tr::tr("Tier"), 0.6},
                        {Tr::tr("MTD"), 1},
                        {Tr::tr("Declare when expected to exceed"), 1.8}};
    for (int n : processes) {
        const Process *p = nullptr;
        for (const Process &q : plan.processes) {
            if (q.id == graph.id(n))
                p = &q;
        }
        double mtd = NAN;
        if (p && p->mtdHours)
            mtd = *p->mtdHours;
        else if (p)
            mtd = suggestedMtdHours(*p, plan.biaHorizonsHours).value_or(NAN);
        const bool known = !std::isnan(mtd);
        activate.rows.append({text(graph.name(n), true), text(QString::number(graph.tier(n))),
                              text(known ? duration(mtd) : QStringLiteral("—")),
                              text(known ? duration(mtd / 2) : Tr::tr("no MTD: at once"))});
    }
    d.table(activate);

    // ---- 4 Roles and responsibilities
    d.heading(Tr::tr("Roles and responsibilities"));
    if (plan.roles.isEmpty()) {
        d.paragraph(Tr::tr("The plan names no roles yet."));
    } else {
        Table roles;
        roles.columns = {{Tr::tr("Role"), 1.8},
                         {Tr::tr("Members (primary first)"), 2.6},
                         {Tr::tr("Deputies"), 1.8},
                         {Tr::tr("Team"), 1.3}};
        for (const Role &r : plan.roles) {
            QStringList deputies;
            for (const QString &m : r.members) {
                if (const Person *person = Contacts::person(plan, m);
                    person && !person->deputy.isEmpty())
                    deputies.append(Contacts::displayName(plan, person->deputy));
            }
            Cell members;
            for (const QString &m : r.members) {
                const QStringList phones = Contacts::phoneNumbers(plan, m, true);
                members.append(
                    {QString(),
                     Contacts::displayName(plan, m) +
                         (phones.isEmpty() ? QString() : QStringLiteral(" ") + phones.first()),
                     false});
            }
            roles.rows.append({text(r.name, true), members,
                               text(deputies.join(QStringLiteral(", "))),
                               text(r.team.isEmpty()             ? QString()
                                    : graph.indexOf(r.team) >= 0 ? graph.name(graph.indexOf(r.team))
                                                                 : r.team)});
        }
        d.table(roles);
    }

    // ---- 5 Communication
    d.heading(Tr::tr("Communication"));
    d.subheading(Tr::tr("Call trees"));
    if (plan.callTrees.isEmpty()) {
        d.paragraph(Tr::tr("The plan has no call tree yet."));
    } else {
        Table calls;
        calls.columns = {
            {Tr::tr("Call tree"), 1.5}, {Tr::tr("Caller"), 1.8}, {Tr::tr("Calls, in order"), 3.2}};
        for (const CallTree &tree : plan.callTrees) {
            QList<const CallTreeNode *> stack{&tree.root};
            bool first = true;
            while (!stack.isEmpty()) {
                const CallTreeNode *node = stack.takeFirst();
                if (node->children.isEmpty())
                    continue;
                QStringList callees;
                for (const CallTreeNode &child : node->children) {
                    callees.append(child.fallback.isEmpty()
                                       ? Contacts::displayName(plan, child.contact)
                                       : Tr::tr("%1 (else %2)")
                                             .arg(Contacts::displayName(plan, child.contact),
                                                  Contacts::displayName(plan, child.fallback)));
                    stack.append(&child);
                }
                calls.rows.append({text(first ? tree.name : QString(), true),
                                   text(Contacts::displayName(plan, node->contact)),
                                   text(callees.join(QStringLiteral(", ")))});
                first = false;
            }
        }
        d.table(calls);
    }
    d.subheading(Tr::tr("Escalation"));
    Table escalation;
    escalation.columns = {{Tr::tr("Role"), 1.8}, {Tr::tr("After"), 1}, {Tr::tr("Notify"), 3.6}};
    for (const Role &r : plan.roles) {
        const EscalationPolicy *policy = Contacts::escalationOf(plan, r.id);
        if (!policy)
            continue;
        bool first = true;
        for (const EscalationLevel &level : policy->levels) {
            escalation.rows.append({text(first ? r.name : QString(), true),
                                    text(duration(level.afterMinutes / 60)),
                                    text(names(plan, level.notify))});
            first = false;
        }
    }
    if (escalation.rows.isEmpty())
        d.paragraph(Tr::tr("No role has an escalation policy yet."));
    else
        d.table(escalation);
    d.subheading(Tr::tr("External contacts"));
    Table external;
    external.columns = {{Tr::tr("Name"), 1.8},
                        {Tr::tr("Organisation"), 1.8},
                        {Tr::tr("Phone"), 1.8},
                        {Tr::tr("E-mail"), 2}};
    for (const Person &person : plan.persons) {
        if (person.organisation.isEmpty())
            continue;
        const QString org = graph.indexOf(person.organisation) >= 0
                                ? graph.name(graph.indexOf(person.organisation))
                                : person.organisation;
        external.rows.append(
            {text(person.name, true), text(org),
             text(Contacts::phoneNumbers(plan, person.id, true).join(QStringLiteral("\n"))),
             text(person.email)});
    }
    if (external.rows.isEmpty())
        d.paragraph(Tr::tr("No supplier or regulator contact is recorded."));
    else
        d.table(external);

    // ---- 6 Processes in scope
    d.heading(Tr::tr("Processes and their targets"));
    Table targets;
    targets.columns = {{Tr::tr("Process"), 2.6}, {Tr::tr("Owner"), 1.6}, {Tr::tr("Tier"), 0.6},
                       {Tr::tr("MTD"), 0.9},     {Tr::tr("RTO"), 0.9},   {Tr::tr("RPO"), 0.9}};
    for (int n : processes) {
        for (const Process &p : plan.processes) {
            if (p.id != graph.id(n))
                continue;
            auto opt = [](const std::optional<double> &h) {
                return h ? duration(*h) : QStringLiteral("—");
            };
            targets.rows.append({text(p.name, true), text(Contacts::displayName(plan, p.owner)),
                                 text(QString::number(graph.tier(n))), text(opt(p.mtdHours)),
                                 text(opt(p.rtoHours)), text(opt(p.rpoHours))});
        }
    }
    d.table(targets);

    // ---- 7 Recovery strategies
    d.heading(Tr::tr("Recovery strategies"));
    d.paragraph(Tr::tr("How each service the processes need is built to survive a loss: where it "
                       "runs, how its data is copied, and what stands in for it."));
    Table strategies;
    strategies.columns = {{Tr::tr("Service"), 2.2},
                          {Tr::tr("Tier"), 0.5},
                          {Tr::tr("Deployment"), 1.3},
                          {Tr::tr("Data copied"), 1.4},
                          {Tr::tr("Redundancy"), 2.2}};
    QHash<QString, const Service *> serviceById;
    for (const Service &s : plan.services)
        serviceById.insert(s.id, &s);
    for (int n : services) {
        const Service *s = serviceById.value(graph.id(n));
        if (!s)
            continue;
        QStringList redundancy;
        for (const RedundancyGroup &g : plan.groups) {
            if (g.consumer != s->id)
                continue;
            QStringList members;
            for (const Dependency &dep : plan.dependencies) {
                if (dep.consumer == s->id && dep.group == g.name)
                    members.append(graph.indexOf(dep.provider) >= 0
                                       ? graph.name(graph.indexOf(dep.provider))
                                       : dep.provider);
            }
            redundancy.append(
                Tr::tr("%1 of %2").arg(g.quorum).arg(members.join(QStringLiteral(", "))));
        }
        QString copied = toString(s->replication.mode);
        if (s->replication.lagHours)
            copied += Tr::tr(", lag %1").arg(duration(*s->replication.lagHours));
        if (s->replication.intervalHours)
            copied += Tr::tr(", every %1").arg(duration(*s->replication.intervalHours));
        strategies.rows.append(
            {text(s->name, true),
             text(graph.tier(n) >= 0 ? QString::number(graph.tier(n)) : QStringLiteral("—")),
             text(toString(s->deployment)), text(copied),
             text(redundancy.isEmpty() ? Tr::tr("none") : redundancy.join(QStringLiteral("; ")))});
    }
    if (strategies.rows.isEmpty())
        d.paragraph(Tr::tr("The processes in scope need no service."));
    else
        d.table(strategies);

    // ---- 8 Dependency map
    d.heading(Tr::tr("Dependency map"));
    d.paragraph(
        Tr::tr("Processes at the top, what they need below them, nearest first; an arrow "
               "points from what needs to what is needed. Soft dependencies are left out."));
    const QList<Figure> map = dependencyMap(graph, processes, services);
    for (qsizetype i = 0; i < map.size(); ++i) {
        if (map.size() > 1)
            d.subheading(Tr::tr("Part %1 of %2").arg(i + 1).arg(map.size()));
        d.figure(map.at(i));
    }

    // ---- 9 Recovery order for the scope's worst scenario
    d.heading(Tr::tr("Recovery order"));
    std::vector<int> worst = siteScenario;
    if (worst.empty()) {
        // The site whose loss takes down the most processes in scope.
        int best = -1;
        int bestCount = 0;
        for (int n = graph.processCount(); n < graph.nodeCount(); ++n) {
            if (graph.serviceKind(n) != ServiceKind::Site)
                continue;
            const CascadeResult c = runCascade(graph, {n}, {false});
            int count = 0;
            for (int p : processes)
                count += c.state[std::size_t(p)] == NodeState::Down ? 1 : 0;
            if (count > bestCount) {
                best = n;
                bestCount = count;
            }
        }
        if (best >= 0)
            worst = {best};
    }
    if (worst.empty()) {
        d.paragraph(Tr::tr("No site's loss takes a process in scope down: there is no worst "
                           "scenario to order the recovery for."));
    } else {
        const RecoveryResult recovery = runRecovery(graph, worst, false);
        d.plain(Tr::tr("The worst scenario for this scope: the loss of %1. What comes back in "
                       "which wave, and when, against its RTO.")
                    .arg(graph.name(worst.front())));
        Table order;
        order.columns = {{Tr::tr("Wave"), 0.6},
                         {Tr::tr("Process or service"), 2.8},
                         {Tr::tr("Back after"), 1.1},
                         {Tr::tr("RTO"), 0.9},
                         {Tr::tr("Against RTO"), 1.3}};
        int shown = 0;
        for (const RecoveryNode &r : recovery.nodes) {
            if (!inScope.contains(r.node) && r.node != worst.front())
                continue;
            if (shown++ >= MaxRecoveryRows)
                break;
            const double target = graph.rtoHours(r.node);
            QString against = QStringLiteral("—");
            if (!r.isBlocked() && !std::isnan(target))
                against = r.readyHours > target + 1e-9
                              ? Tr::tr("MISSED by %1").arg(duration(r.readyHours - target))
                              : Tr::tr("within");
            order.rows.append(
                {text(r.isBlocked() ? Tr::tr("blocked") : QLocale().toString(r.wave)),
                 text(graph.name(r.node), true),
                 text(r.isBlocked() ? QStringLiteral("—") : duration(r.readyHours)),
                 text(std::isnan(target) ? QStringLiteral("—") : duration(target)),
                 text(against, against != Tr::tr("within") && against != QStringLiteral("—"))});
        }
        d.table(order);
    }

    // ---- 10 The approved runbooks, in full
    d.heading(Tr::tr("Runbooks"));
    QList<Runbook> approved;
    for (const Runbook &r : plan.runbooks) {
        if (!r.service.isEmpty() && !idsInScope.contains(r.service))
            continue;
        if (r.status == RunbookStatus::Approved)
            approved.append(r);
        else if (!r.previousVersions.isEmpty())
            approved.append(r.previousVersions.last());
    }
    if (approved.isEmpty()) {
        d.paragraph(Tr::tr("No runbook for this scope has been approved yet."));
    } else {
        QStringList titles;
        for (const Runbook &r : approved)
            titles.append(Tr::tr("%1 (version %2)").arg(r.title, r.version));
        d.plain(Tr::tr("The approved versions, each in full on the pages that follow: %1.")
                    .arg(titles.join(QStringLiteral(", "))));
        for (const Runbook &r : approved) {
            const Document book = runbookReport(plan, r, printedAt);
            d.pageBreak();
            for (const Block &b : book.blocks) {
                switch (b.kind) {
                case Block::Kind::Title:
                    d.heading(Tr::tr("Runbook: %1").arg(b.text));
                    break;
                case Block::Kind::Contents:
                    break;
                case Block::Kind::PageBreak:
                    break;
                case Block::Kind::Heading:
                    d.subheading(b.text);
                    break;
                case Block::Kind::Subtitle:
                    d.plain(b.text);
                    break;
                default:
                    d.blocks.append(b);
                    break;
                }
            }
        }
    }

    // ---- 11 Exercise programme
    d.heading(Tr::tr("Exercise programme"));
    Table tests;
    tests.columns = {{Tr::tr("Service"), 2.4},  {Tr::tr("Tier"), 0.5},
                     {Tr::tr("Every"), 0.9},    {Tr::tr("Last tested"), 1.8},
                     {Tr::tr("Next due"), 1.1}, {Tr::tr("Planned"), 1}};
    for (const TestDue &t : testsDue(plan, today)) {
        if (t.tier > 1 || !idsInScope.contains(t.service))
            continue;
        Cell last = text(t.lastTested ? date(*t.lastTested) : Tr::tr("never"));
        if (!t.lastExercise.isEmpty())
            last.append({QString(), t.lastExercise, false});
        tests.rows.append(
            {text(t.name, true), text(QString::number(t.tier)),
             text(Tr::tr("%n month(s)", nullptr, t.everyMonths)), last,
             text(t.nextDue ? date(*t.nextDue) : Tr::tr("now"), t.overdue || !t.nextDue),
             text(t.planned ? date(*t.planned) : QStringLiteral("—"))});
    }
    if (tests.rows.isEmpty())
        d.paragraph(Tr::tr("No tier 0 or 1 service in scope has a test interval in the tier "
                           "policy."));
    else
        d.table(tests);

    // ---- 12 Open actions
    d.heading(Tr::tr("Open actions"));
    Table actions;
    actions.columns = {
        {Tr::tr("Action"), 3}, {Tr::tr("Owner"), 1.5}, {Tr::tr("Due"), 1}, {Tr::tr("From"), 1.8}};
    for (const ActionRef &a : allActions(plan, today)) {
        if (a.action.status == ActionStatus::Done)
            continue;
        actions.rows.append(
            {text(a.action.title, a.overdue), text(Contacts::displayName(plan, a.action.owner)),
             text(a.action.due ? date(QDate::fromString(*a.action.due, Qt::ISODate)) +
                                     (a.overdue ? Tr::tr(" (overdue)") : QString())
                               : QStringLiteral("—"),
                  a.overdue),
             text(a.exerciseTitle)});
    }
    if (actions.rows.isEmpty())
        d.paragraph(Tr::tr("No open action."));
    else
        d.table(actions);
    return d;
}

} // namespace Continuity
