// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactSheet.h"

#include "analysis/Cascade.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/OnCall.h"
#include "analysis/WhoToCall.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ContactSheet)
};

Cell text(const QString &t)
{
    return {{QString(), t, false}};
}

// "Anna Schmidt: +49 151 …, +49 69 …" with numbers that never break across lines.
Part reachable(const Plan &plan, const QString &personId, const QString &note = QString())
{
    const Person *p = Contacts::person(plan, personId);
    if (!p)
        return {QString(), Tr::tr("nobody"), false};
    const QStringList phones = Contacts::phoneNumbers(plan, personId, true);
    return {note.isEmpty() ? p->name + QStringLiteral(": ")
                           : QStringLiteral("%1 (%2): ").arg(p->name, note),
            phones.isEmpty() ? Tr::tr("no phone in the plan") : phones.join(QStringLiteral(", ")),
            false};
}

QString nodeName(const Plan &plan, const QString &id)
{
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return p.name;
    }
    for (const Service &s : plan.services) {
        if (s.id == id)
            return s.name;
    }
    return id;
}

} // namespace

Report::Document contactSheet(const Plan &plan, const QStringList &failed,
                              const QDateTime &printedAt)
{
    Document d;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Contact sheet");
    d.footerLeft =
        Tr::tr("Printed %1 — check who is on call if later").arg(Report::dateTime(printedAt));

    // What the scenario takes down.
    QStringList affected;
    QStringList failedNames;
    if (failed.isEmpty()) {
        for (const Process &p : plan.processes)
            affected.append(p.id);
        for (const Service &s : plan.services)
            affected.append(s.id);
    } else {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        std::vector<int> scenario;
        for (const QString &id : failed) {
            const int node = graph.indexOf(id);
            if (node >= 0)
                scenario.push_back(node);
            failedNames.append(nodeName(plan, id));
        }
        const CascadeResult cascade = runCascade(graph, scenario);
        for (int node : cascade.affected) {
            if (cascade.state[std::size_t(node)] == NodeState::Down)
                affected.append(graph.id(node));
        }
    }
    d.title(Tr::tr("Contact sheet"));
    d.subtitle(failed.isEmpty() ? Tr::tr("Everyone the plan names, by what they own")
                                : Tr::tr("If %1 is lost: %n process(es) and service(s) down",
                                         nullptr, int(affected.size()))
                                      .arg(failedNames.join(QStringLiteral(", "))));

    d.heading(Tr::tr("Who to call, in this order"));
    const QList<CallEntry> entries = whoToCall(plan, affected, printedAt);
    if (entries.isEmpty()) {
        d.paragraph(Tr::tr("No person or role of the plan owns or recovers what is affected."));
    } else {
        Table calls;
        calls.columns = {{Tr::tr("#"), 0.35},
                         {Tr::tr("Role or person"), 1.5},
                         {Tr::tr("Call"), 3.1},
                         {Tr::tr("For"), 2.2}};
        int n = 0;
        for (const CallEntry &e : entries) {
            Cell who{{QString(), Contacts::displayName(plan, e.contact), true}};
            if (e.tier >= 0)
                who.append({QString(), Tr::tr("tier %1").arg(e.tier), false});
            Cell call;
            const Role *role = Contacts::role(plan, e.contact);
            call.append(
                reachable(plan, e.callFirst, role && role->rota ? Tr::tr("on call") : QString()));
            for (const QString &alternate : e.alternates)
                call.append(reachable(plan, alternate));
            if (const EscalationPolicy *policy = Contacts::escalationOf(plan, e.contact)) {
                QStringList steps;
                for (const EscalationLevel &level : policy->levels) {
                    QStringList names;
                    for (const QString &id : level.notify)
                        names.append(Contacts::displayName(plan, id));
                    steps.append(Tr::tr("%1 min: %2")
                                     .arg(QLocale().toString(level.afterMinutes),
                                          names.join(QStringLiteral(", "))));
                }
                call.append({Tr::tr("Escalate: "), steps.join(QStringLiteral("; ")), false});
            }
            QStringList names;
            for (const QString &node : e.nodes.mid(0, 4))
                names.append(nodeName(plan, node));
            if (e.nodes.size() > 4)
                names.append(Tr::tr("%n more", nullptr, int(e.nodes.size() - 4)));
            calls.rows.append(
                {text(QString::number(++n)), who, call, text(names.join(QStringLiteral(", ")))});
        }
        d.table(calls);
    }

    if (!plan.callTrees.isEmpty()) {
        d.heading(Tr::tr("Call trees"));
        for (const CallTree &tree : plan.callTrees) {
            const QList<OnCall::Reach> reach = OnCall::expectedReach(plan, tree, printedAt);
            Table t;
            t.columns = {{Tr::tr("%1 (everyone within %2 min)")
                              .arg(tree.name, QLocale().toString(tree.target())),
                          4.6},
                         {Tr::tr("Reached after"), 1.2}};
            for (const OnCall::Reach &r : reach) {
                const QString indent(r.depth * 4, QChar(0x00A0));
                Part who = reachable(plan, r.person);
                who.label = indent + (r.role.isEmpty()
                                          ? who.label
                                          : QStringLiteral("%1 — %2").arg(
                                                Contacts::displayName(plan, r.role), who.label));
                t.rows.append(
                    {{who}, text(Tr::tr("%1 min").arg(QLocale().toString(r.reachMinutes)))});
            }
            d.table(t);
        }
    }

    // External contacts: people of other organisations (suppliers, the regulator).
    Table external;
    external.columns = {
        {Tr::tr("Organisation"), 1.6}, {Tr::tr("Who"), 3.0}, {Tr::tr("E-mail"), 2.0}};
    for (const Person &p : plan.persons) {
        if (p.organisation.isEmpty())
            continue;
        Cell who{reachable(plan, p.id)};
        if (!p.title.isEmpty())
            who.append({QString(), p.title, false});
        external.rows.append({text(nodeName(plan, p.organisation)), who, text(p.email)});
    }
    if (!external.rows.isEmpty()) {
        d.heading(Tr::tr("External contacts"));
        d.table(external);
    }
    return d;
}

} // namespace Continuity
