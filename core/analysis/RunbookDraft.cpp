// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookDraft.h"

#include "domain/Plan.h"
#include "domain/RunbookSchedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Runbooks)
};

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 4); // the reader's number format
}

QString stepList(const Runbook &r, const QList<int> &steps)
{
    QStringList titles;
    for (int i = 0; i < std::min<qsizetype>(steps.size(), 3); ++i)
        titles.append(
            QStringLiteral("%1. %2").arg(steps.at(i) + 1).arg(r.steps.at(steps.at(i)).title));
    if (steps.size() > 3)
        titles.append(Tr::tr("%n more", nullptr, int(steps.size() - 3)));
    return titles.join(QStringLiteral("; "));
}

} // namespace

Runbook draftRunbookFromRecovery(const Plan &plan, const GraphSnapshot &graph,
                                 const RecoveryResult &recovery, const QString &id,
                                 const QString &title)
{
    Runbook r;
    r.id = id;
    r.title = title;
    r.version = QStringLiteral("0.1");
    r.status = RunbookStatus::Draft;
    if (recovery.cascade.scenario.size() == 1)
        r.service = graph.id(recovery.cascade.scenario.front());

    std::vector<RecoveryNode> order = recovery.nodes;
    std::stable_sort(order.begin(), order.end(), [](const RecoveryNode &a, const RecoveryNode &b) {
        if (a.isBlocked() != b.isBlocked())
            return !a.isBlocked();
        if (a.wave != b.wave)
            return a.wave < b.wave;
        if (!a.isBlocked() && a.readyHours != b.readyHours)
            return a.readyHours < b.readyHours;
        return a.node < b.node;
    });

    QSet<int> down;
    for (const RecoveryNode &n : order)
        down.insert(n.node);
    QHash<QString, QString> owners;
    for (const Service &s : plan.services)
        owners.insert(s.id, s.owner);
    for (const Process &p : plan.processes)
        owners.insert(p.id, p.owner);

    QSet<int> placed;
    for (const RecoveryNode &n : order) {
        RunbookStep step;
        step.id = graph.id(n.node);
        step.title = graph.isProcess(n.node) ? Tr::tr("Resume %1").arg(graph.name(n.node))
                                             : Tr::tr("Recover %1").arg(graph.name(n.node));
        step.owner = owners.value(step.id);
        step.durationHours = graph.recoveryHours(n.node);
        const auto [begin, end] = graph.providerEdges(n.node);
        for (const GraphSnapshot::Edge *e = begin; e != end; ++e) {
            if (e->kind == GraphSnapshot::EdgeKind::Soft || !down.contains(e->provider))
                continue;
            // Waiting only for steps already written keeps the draft free of cycles: a
            // blocked node cannot wait for one that comes after it.
            const QString provider = graph.id(e->provider);
            if (placed.contains(e->provider) && !step.waitsFor.contains(provider))
                step.waitsFor.append(provider);
        }
        if (n.isBlocked()) {
            QStringList cycle;
            std::size_t total = 0;
            for (int b : recovery.blockingNodes(n, 20, &total))
                cycle.append(graph.name(b));
            if (total > std::size_t(cycle.size()))
                cycle.append(
                    Tr::tr("and %n more", nullptr, int(total - std::size_t(cycle.size()))));
            step.instructions =
                Tr::tr("Blocked: these depend on each other in a circle and none can start "
                       "first: %1. Decide which comes back first (a manual bootstrap) and write "
                       "it here.")
                    .arg(cycle.join(QStringLiteral(", ")));
        }
        placed.insert(n.node);
        r.steps.append(step);
    }
    return r;
}

std::optional<double> rtoTargetOf(const Plan &plan, const QString &id)
{
    for (const Service &s : plan.services) {
        if (s.id == id)
            return s.rtoHours;
    }
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return p.rtoHours;
    }
    return std::nullopt;
}

std::vector<Finding> runbookFindings(const Plan &plan)
{
    std::vector<Finding> out;
    for (const Runbook &r : plan.runbooks) {
        if (r.status == RunbookStatus::Retired)
            continue;
        std::vector<Finding> found = runbookFindings(plan, r);
        out.insert(out.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
    }
    return out;
}

std::vector<Finding> runbookFindings(const Plan &plan, const Runbook &r)
{
    std::vector<Finding> out;
    if (r.steps.isEmpty()) {
        out.push_back({Severity::Info,
                       QStringLiteral("runbook-empty"),
                       r.id,
                       Tr::tr("Runbook \"%1\" has no steps yet. Add the steps, or draft them "
                              "from a recovery analysis.")
                           .arg(r.title),
                       {}});
        return out;
    }
    const RunbookSchedule schedule = scheduleRunbook(r);
    const std::optional<double> target =
        r.service.isEmpty() ? std::nullopt : rtoTargetOf(plan, r.service);
    if (!schedule.hasCycle() && target && schedule.totalHours > *target) {
        out.push_back(
            {Severity::Warning,
             QStringLiteral("runbook-exceeds-rto"),
             r.id,
             Tr::tr("Runbook \"%1\" needs at least %2 h along its critical path, but the RTO "
                    "target of %3 is %4 h. Shorten or parallelise the steps on the critical "
                    "path, or agree a longer RTO.")
                 .arg(r.title, hoursText(schedule.totalHours), r.service, hoursText(*target)),
             {r.service}});
    }
    QList<int> noOwner;
    QList<int> noCheck;
    QList<int> noDuration;
    for (int i = 0; i < r.steps.size(); ++i) {
        const RunbookStep &s = r.steps.at(i);
        if (s.owner.trimmed().isEmpty())
            noOwner.append(i);
        if (s.verification.trimmed().isEmpty())
            noCheck.append(i);
        if (!s.durationHours)
            noDuration.append(i);
    }
    if (!noOwner.isEmpty())
        out.push_back({Severity::Warning,
                       QStringLiteral("runbook-step-without-owner"),
                       r.id,
                       Tr::tr("%n step(s) of runbook \"%1\" have no owner: %2. Name the team "
                              "or role that does each, so nobody waits for somebody else.",
                              nullptr, int(noOwner.size()))
                           .arg(r.title, stepList(r, noOwner)),
                       {}});
    if (!noCheck.isEmpty())
        out.push_back(
            {Severity::Warning,
             QStringLiteral("runbook-step-without-verification"),
             r.id,
             Tr::tr("%n step(s) of runbook \"%1\" have no verification: %2. Say how to check "
                    "that each step worked before the next one starts.",
                    nullptr, int(noCheck.size()))
                 .arg(r.title, stepList(r, noCheck)),
             {}});
    if (!noDuration.isEmpty())
        out.push_back({Severity::Info,
                       QStringLiteral("runbook-step-without-duration"),
                       r.id,
                       Tr::tr("%n step(s) of runbook \"%1\" have no expected duration: %2. "
                              "The critical path counts them as taking no time.",
                              nullptr, int(noDuration.size()))
                           .arg(r.title, stepList(r, noDuration)),
                       {}});
    return out;
}

} // namespace Continuity
