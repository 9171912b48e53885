// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioBrief.h"

#include "analysis/AnalysisRun.h"
#include "analysis/WhoToCall.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

using namespace Report;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ScenarioBrief)
};

// Long lists stop here and count the rest, so that the brief stays a few pages.
constexpr int MaxProcessRows = 25;
constexpr int MaxRecoveryRows = 40;
constexpr int MaxCallRows = 15;
constexpr int MaxDegradedNames = 30;

Cell text(const QString &t, bool bold = false)
{
    return {{QString(), t, bold}};
}

QString hours(double h)
{
    return Report::duration(h);
}

// The runbook to open for a node: its approved one, else a draft; nullptr when none.
const Runbook *runbookFor(const Plan &plan, const QString &node)
{
    const Runbook *draft = nullptr;
    for (const Runbook &r : plan.runbooks) {
        if (r.service != node || r.status == RunbookStatus::Retired)
            continue;
        if (r.status == RunbookStatus::Approved)
            return &r;
        if (!draft)
            draft = &r;
    }
    return draft;
}

QString phonesOf(const Plan &plan, const QString &person)
{
    const QStringList phones = Contacts::phoneNumbers(plan, person, true);
    return phones.isEmpty() ? Tr::tr("no phone in the plan") : phones.join(QStringLiteral(", "));
}

} // namespace

Report::Document scenarioBrief(const Plan &plan, const AnalysisOutput &results,
                               const QDateTime &printedAt)
{
    const GraphSnapshot &graph = *results.graph;
    const CascadeResult &cascade = results.cascade();
    Document d;
    d.headerLeft = plan.name;
    d.headerRight = Tr::tr("Scenario brief");
    d.footerLeft = Tr::tr("Printed %1").arg(Report::dateTime(printedAt));

    QStringList failedNames;
    for (const QString &id : results.scenario) {
        const int node = graph.indexOf(id);
        failedNames.append(node >= 0 ? graph.name(node) : id);
    }
    int down = 0;
    int downProcesses = 0;
    QStringList degraded;
    QStringList downIds;
    for (int node : cascade.affected) {
        if (cascade.state[std::size_t(node)] == NodeState::Down) {
            ++down;
            downProcesses += graph.isProcess(node);
            downIds.append(graph.id(node));
        } else {
            degraded.append(graph.name(node));
        }
    }

    d.title(Tr::tr("Scenario brief"));
    d.subtitle(Tr::tr("What fails: %1").arg(QLocale().createSeparatedList(failedNames)));
    d.subtitle(plan.name);
    d.paragraph(Tr::tr("Down: %1, of them %2 business processes. Degraded: %3. Loss while it "
                       "lasts: %4 per hour.")
                    .arg(down)
                    .arg(downProcesses)
                    .arg(degraded.size())
                    .arg(money(cascade.lossPerHour)));

    // Recovery as the analysis sees it: ready time per node.
    QHash<int, const RecoveryNode *> recovery;
    for (const RecoveryNode &r : results.recovery.nodes)
        recovery.insert(r.node, &r);
    QHash<QString, double> mtd;
    for (const Process &p : plan.processes) {
        if (p.mtdHours)
            mtd.insert(p.id, *p.mtdHours);
    }

    // The processes hit, the costliest first.
    d.heading(Tr::tr("Processes hit"));
    std::vector<int> processes;
    for (int node : cascade.affected) {
        if (graph.isProcess(node) && cascade.state[std::size_t(node)] == NodeState::Down)
            processes.push_back(node);
    }
    std::stable_sort(processes.begin(), processes.end(),
                     [&](int a, int b) { return graph.lossPerHour(a) > graph.lossPerHour(b); });
    if (processes.empty()) {
        d.paragraph(Tr::tr("No business process goes down."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Process"), 2.4},       {Tr::tr("Tier"), 0.6},
                     {Tr::tr("Loss per hour"), 1.1}, {Tr::tr("MTD breached after"), 1.2},
                     {Tr::tr("Back after"), 1.0},    {Tr::tr("Verdict"), 1.9}};
        for (std::size_t i = 0; i < processes.size() && i < std::size_t(MaxProcessRows); ++i) {
            const int node = processes[i];
            const QString id = graph.id(node);
            const RecoveryNode *r = recovery.value(node);
            const bool blocked = !r || r->isBlocked();
            const double ready = blocked ? NAN : r->readyHours;
            QString verdict;
            if (blocked)
                verdict = Tr::tr("does not come back: it waits on a cycle of dependencies");
            else if (!mtd.contains(id))
                verdict = Tr::tr("no MTD in the plan");
            else if (ready > mtd.value(id))
                verdict = Tr::tr("breaches its MTD by %1").arg(hours(ready - mtd.value(id)));
            else
                verdict = Tr::tr("within its MTD, %1 to spare").arg(hours(mtd.value(id) - ready));
            t.rows.append({text(graph.name(node), true),
                           text(graph.tier(node) >= 0 ? QLocale().toString(graph.tier(node))
                                                      : QStringLiteral("—")),
                           text(money(graph.lossPerHour(node))),
                           text(mtd.contains(id) ? hours(mtd.value(id)) : QStringLiteral("—")),
                           text(blocked ? QStringLiteral("—") : hours(ready)), text(verdict)});
        }
        d.table(t);
        if (processes.size() > std::size_t(MaxProcessRows))
            d.paragraph(Tr::tr("… and %1 more processes with a smaller loss per hour.")
                            .arg(processes.size() - MaxProcessRows));
    }

    // Who to call.
    d.heading(Tr::tr("Who to call"));
    const QList<CallEntry> calls = whoToCall(plan, downIds, printedAt);
    if (calls.isEmpty()) {
        d.paragraph(Tr::tr("No person or role of the plan owns or recovers what is down."));
    } else {
        Table t;
        t.columns = {{Tr::tr("Role or person"), 1.6}, {Tr::tr("Call"), 3.0}, {Tr::tr("For"), 2.4}};
        for (qsizetype i = 0; i < calls.size() && i < MaxCallRows; ++i) {
            const CallEntry &e = calls.at(i);
            Cell call;
            if (!e.callFirst.isEmpty())
                call.append({Contacts::displayName(plan, e.callFirst) + QStringLiteral(": "),
                             phonesOf(plan, e.callFirst), false});
            else
                call.append({QString(), Tr::tr("nobody named"), false});
            for (const QString &alternate : e.alternates)
                call.append({Contacts::displayName(plan, alternate) + QStringLiteral(": "),
                             phonesOf(plan, alternate), false});
            QStringList names;
            for (const QString &node : e.nodes.mid(0, 4)) {
                const int index = graph.indexOf(node);
                names.append(index >= 0 ? graph.name(index) : node);
            }
            if (e.nodes.size() > 4)
                names.append(Tr::tr("%n more", nullptr, int(e.nodes.size() - 4)));
            t.rows.append({text(Contacts::displayName(plan, e.contact), true), call,
                           text(names.join(QStringLiteral(", ")))});
        }
        d.table(t);
        if (calls.size() > MaxCallRows)
            d.paragraph(
                Tr::tr("… and %1 more on the contact sheet.").arg(calls.size() - MaxCallRows));
    }

    // Recovery order with the runbook to open for each.
    d.heading(Tr::tr("Recovery order and runbooks"));
    int gaps = 0;
    double largestGap = 0;
    for (const RecoveryNode &r : results.recovery.nodes) {
        const double target = graph.rtoHours(r.node);
        if (!r.isBlocked() && !std::isnan(target) && r.readyHours > target) {
            ++gaps;
            largestGap = std::max(largestGap, r.readyHours - target);
        }
    }
    if (results.recovery.nodes.empty()) {
        d.paragraph(Tr::tr("Nothing to recover."));
    } else {
        d.paragraph(gaps == 0 ? Tr::tr("Everything comes back within its RTO.")
                              : Tr::tr("%1 of %2 miss their RTO; the largest gap is %3.")
                                    .arg(gaps)
                                    .arg(results.recovery.nodes.size())
                                    .arg(hours(largestGap)));
        Table t;
        t.columns = {{Tr::tr("Wave"), 0.55},      {Tr::tr("Process or service"), 2.3},
                     {Tr::tr("Back after"), 0.9}, {Tr::tr("RTO"), 0.7},
                     {Tr::tr("Gap"), 0.9},        {Tr::tr("Runbook to open"), 2.4}};
        int shown = 0;
        for (const RecoveryNode &r : results.recovery.nodes) {
            if (shown++ >= MaxRecoveryRows)
                break;
            const double target = graph.rtoHours(r.node);
            const Runbook *runbook = runbookFor(plan, graph.id(r.node));
            QString gap = QStringLiteral("—");
            if (!r.isBlocked() && !std::isnan(target))
                gap = r.readyHours > target ? Tr::tr("%1 late").arg(hours(r.readyHours - target))
                                            : Tr::tr("on time");
            Cell book;
            if (runbook) {
                book.append({QString(), runbook->title, true});
                book.append({QString(),
                             runbook->status == RunbookStatus::Approved
                                 ? Tr::tr("version %1, approved").arg(runbook->version)
                                 : Tr::tr("version %1, draft").arg(runbook->version),
                             false});
            } else if (!graph.isProcess(r.node)) {
                book.append({QString(), Tr::tr("no runbook"), false});
            }
            t.rows.append({text(r.isBlocked() ? Tr::tr("blocked") : QLocale().toString(r.wave)),
                           text(graph.name(r.node), true),
                           text(r.isBlocked() ? QStringLiteral("—") : hours(r.readyHours)),
                           text(std::isnan(target) ? QStringLiteral("—") : hours(target)),
                           text(gap), book});
        }
        d.table(t);
        if (results.recovery.nodes.size() > std::size_t(MaxRecoveryRows))
            d.paragraph(Tr::tr("… and %1 more; `continuity-cli analyze recovery` lists them all.")
                            .arg(results.recovery.nodes.size() - MaxRecoveryRows));
    }

    // Degraded: still up, with less redundancy or without a soft dependency.
    if (!degraded.isEmpty()) {
        d.heading(Tr::tr("Degraded, still running"));
        Table t;
        t.header = false;
        t.grid = false;
        t.columns = {{QString(), 1}};
        QString list = degraded.mid(0, MaxDegradedNames).join(QStringLiteral(", "));
        if (degraded.size() > MaxDegradedNames)
            list = Tr::tr("%1 and %2 more").arg(list).arg(degraded.size() - MaxDegradedNames);
        t.rows.append({text(list)});
        d.table(t);
    }
    return d;
}

} // namespace Continuity
