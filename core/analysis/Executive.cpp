// SPDX-License-Identifier: GPL-3.0-or-later
#include "Executive.h"

#include "ChangeRisk.h"
#include "ContractFindings.h"
#include "domain/Plan.h"
#include "Downtime.h"
#include "ExerciseResults.h"
#include "GraphSnapshot.h"
#include "Spof.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Executive)
};

constexpr double MinuteMs = 60'000.0;
constexpr double HourMs = 3'600'000.0;

QDate dateOf(const std::optional<QString> &text)
{
    return text && text->size() >= 10 ? QDate::fromString(text->left(10), Qt::ISODate) : QDate();
}

QString hoursText(double hours)
{
    const QLocale locale;
    if (hours < 1)
        return Tr::tr("%1 min").arg(qRound(hours * 60));
    return Tr::tr("%1 h").arg(locale.toString(hours, 'g', 3));
}

} // namespace

QString shareTitle(const QString &key)
{
    if (key == QLatin1String("slos-met"))
        return Tr::tr("SLOs met");
    if (key == QLatin1String("tested"))
        return Tr::tr("Tier-0/1 services tested within their interval");
    if (key == QLatin1String("runbooks"))
        return Tr::tr("Tier-0/1 services with an approved runbook");
    if (key == QLatin1String("no-spof"))
        return Tr::tr("Tier-0/1 targets without a single point of failure");
    if (key == QLatin1String("actions-on-time"))
        return Tr::tr("Actions closed on time");
    return key;
}

ExecutiveFigures executiveFigures(const Plan &plan, const QDate &from, const QDate &to)
{
    ExecutiveFigures out;
    out.from = from;
    out.to = to;
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const TierAnalysis tiers = analyzeTiers(graph, plan.tierPolicy);
    const std::vector<int> nodeTiers = ruleTiers(graph, tiers);
    auto tierOf = [&](int n) { return n < 0 ? -1 : nodeTiers[std::size_t(n)]; };
    const Downtime downtime = Downtime::compute(graph, plan.incidents, toMs);

    // SLOs of tier-0/1 nodes at the end of the period.
    const SloReport slos = evaluateSlos(plan, graph, downtime, toMs);
    for (const SloStanding &s : slos.slos) {
        const int tier = tierOf(s.nodeIndex);
        if (tier < 0 || tier > 1)
            continue;
        ExecutiveFigures::Slo line;
        line.node = s.node;
        line.name = graph.name(s.nodeIndex);
        line.tier = tier;
        line.objective = s.objective;
        line.window = s.window;
        const double windowMinutes =
            double(std::max<qint64>(1, s.windowEnd - s.windowStart)) / MinuteMs;
        line.measured = std::clamp(100.0 * (1.0 - s.badMinutes / windowMinutes), 0.0, 100.0);
        line.met = s.status != BudgetStatus::Exhausted;
        out.slos.append(line);
    }

    // Incidents, time to restore and measured RTO gaps.
    const IncidentHistory history = incidentHistory(plan, graph, downtime, {fromMs, toMs});
    out.incidentsPerMonth = history.perMonth;
    out.restoreBySeverity = history.restoreBySeverity;
    std::vector<double> restores;
    for (const Incident &i : plan.incidents) {
        const std::optional<qint64> start = instantMs(i.startedAt);
        if (!start || *start < fromMs || *start >= toMs)
            continue;
        ++out.incidents;
        const std::optional<qint64> restored =
            i.restoredAt ? instantMs(*i.restoredAt) : std::nullopt;
        if (restored && *restored >= *start)
            restores.push_back(double(*restored - *start) / HourMs);
    }
    if (!restores.empty()) {
        out.restoreMedianHours = quantile(restores, 0.5);
        out.restoreP90Hours = quantile(restores, 0.9);
    }
    for (const TargetBreach &b : history.breaches) {
        const int tier = tierOf(b.node);
        if (b.kind != TargetBreach::Kind::Rto || tier < 0 || tier > 1)
            continue;
        out.measuredGaps.append(
            {graph.id(b.node), graph.name(b.node), b.targetHours, b.hours, b.incident});
    }
    std::sort(out.measuredGaps.begin(), out.measuredGaps.end(),
              [](const ExecutiveFigures::Gap &a, const ExecutiveFigures::Gap &b) {
                  return a.hours - a.rtoHours > b.hours - b.rtoHours;
              });
    // Predicted: recovery (with the mobilisation of whoever recovers it) beyond the RTO.
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const int tier = tierOf(n);
        const double rto = graph.rtoHours(n);
        if (tier < 0 || tier > 1 || std::isnan(rto))
            continue;
        const double ready = graph.recoveryHours(n) + graph.startNotBefore(n);
        if (ready > rto + 1e-9)
            out.predictedGaps.append({graph.id(n), graph.name(n), rto, ready, QString()});
    }
    std::sort(out.predictedGaps.begin(), out.predictedGaps.end(),
              [](const ExecutiveFigures::Gap &a, const ExecutiveFigures::Gap &b) {
                  return a.hours - a.rtoHours > b.hours - b.rtoHours;
              });

    // Exercises done, and tier-0/1 services tested within their interval at the end.
    for (const Exercise &e : plan.exercises) {
        const QDate d = QDate::fromString(e.date, Qt::ISODate);
        if (d.isValid() && d >= from && d <= to && (e.declaredAt || !e.results.isEmpty()))
            ++out.exercisesDone;
    }
    for (const TestDue &due : testsDue(plan, to, [&](const QString &id) {
             const int n = graph.indexOf(id);
             return n >= 0 ? tiers.requiredTier[std::size_t(n)] : -1;
         })) {
        if (due.tier > 1)
            continue;
        ++out.servicesDue;
        out.servicesTestedInInterval += due.lastTested.has_value() && !due.overdue;
    }

    // Actions.
    for (const ActionRef &ref : allActions(plan, to)) {
        const ActionItem &a = ref.action;
        if (a.status == ActionStatus::Open) {
            ++out.actionsOpen;
            out.actionsOverdue += ref.overdue;
        }
        const QDate due = dateOf(a.due);
        if (!due.isValid() || due < from || due > to)
            continue;
        ++out.actionsDueInPeriod;
        const QDate closed = dateOf(a.closed);
        out.actionsClosedOnTime +=
            a.status == ActionStatus::Done && (!closed.isValid() || closed <= due);
    }

    // Changes closed in the period with an outcome.
    for (const Change &c : plan.changes) {
        if (c.state != ChangeState::Closed || !c.outcome)
            continue;
        const QDate closed = dateOf(c.actualEnd ? c.actualEnd : c.plannedEnd);
        if (!closed.isValid() || closed < from || closed > to)
            continue;
        ++out.changesClosed;
        out.changesSuccessful += *c.outcome == ChangeOutcome::Successful ||
                                 *c.outcome == ChangeOutcome::SuccessfulWithIssues;
    }

    // Controls at the end of the period.
    for (const ControlStatus &s : evaluateControls(plan, to)) {
        if (!s.acceptedBy.isEmpty()) {
            ++out.controlsAccepted;
            continue;
        }
        switch (s.state) {
        case ControlState::Effective:
            ++out.controlsEffective;
            break;
        case ControlState::Ineffective:
            ++out.controlsIneffective;
            break;
        case ControlState::Expired:
            ++out.controlsExpired;
            break;
        case ControlState::NoEvidence:
            ++out.controlsNoEvidence;
            break;
        }
    }

    // Single points of failure of tier-0/1 targets.
    const std::vector<int> targets = defaultSpofTargets(graph, 1);
    const SpofResult spofs = findSpofs(graph, targets);
    int withoutSpof = 0;
    // Per SPOF: the tier-0 processes it stops alone.
    QHash<int, QStringList> stopsTierZero;
    for (const SpofTarget &t : spofs.targets) {
        withoutSpof += t.spofs.empty();
        if (!graph.isProcess(t.node) || t.tier != 0)
            continue;
        for (int n : t.spofs)
            stopsTierZero[n].append(graph.name(t.node));
    }

    // Tier-0/1 services with an approved runbook.
    QSet<QString> approved;
    for (const Runbook &r : plan.runbooks) {
        if (r.status == RunbookStatus::Approved && !r.service.isEmpty())
            approved.insert(r.service);
    }
    int services = 0;
    int withRunbook = 0;
    for (int n = graph.processCount(); n < graph.nodeCount(); ++n) {
        const int tier = tierOf(n);
        if (tier < 0 || tier > 1)
            continue;
        ++services;
        withRunbook += approved.contains(graph.id(n));
    }

    // The shares and the score.
    int met = 0;
    for (const ExecutiveFigures::Slo &s : std::as_const(out.slos))
        met += s.met;
    auto share = [](const char *key, int part, int whole) {
        ExecutiveFigures::Share s;
        s.key = QLatin1String(key);
        s.part = part;
        s.whole = whole;
        if (whole > 0)
            s.percent = 100.0 * part / whole;
        return s;
    };
    out.shares = {share("slos-met", met, int(out.slos.size())),
                  share("tested", out.servicesTestedInInterval, out.servicesDue),
                  share("runbooks", withRunbook, services),
                  share("no-spof", withoutSpof, int(spofs.targets.size())),
                  share("actions-on-time", out.actionsClosedOnTime, out.actionsDueInPeriod)};
    double sum = 0;
    int counted = 0;
    for (const ExecutiveFigures::Share &s : out.shares) {
        if (s.percent) {
            sum += *s.percent;
            ++counted;
        }
    }
    if (counted)
        out.score = sum / counted;

    // The five biggest risks: the worst of each kind in turn (SPOFs of tier-0 processes, RTO
    // gaps, infeasible SLOs, expired exceptions), so that one kind does not fill the list.
    std::vector<QStringList> kinds(4);
    QList<int> spofNodes = stopsTierZero.keys();
    std::sort(spofNodes.begin(), spofNodes.end(), [&](int a, int b) {
        const qsizetype na = stopsTierZero.value(a).size();
        const qsizetype nb = stopsTierZero.value(b).size();
        return na != nb ? na > nb : graph.name(a) < graph.name(b);
    });
    for (int n : std::as_const(spofNodes)) {
        QStringList stopped = stopsTierZero.value(n);
        stopped.sort();
        kinds[0].append(
            Tr::tr("Losing %1 alone stops %n tier-0 process(es): %2.", nullptr, int(stopped.size()))
                .arg(graph.name(n), stopped.join(QStringLiteral(", "))));
    }
    for (const ExecutiveFigures::Gap &g : std::as_const(out.measuredGaps))
        kinds[1].append(Tr::tr("%1 was down %2 in %3, beyond its recovery target of %4.")
                            .arg(g.name, hoursText(g.hours), g.incident, hoursText(g.rtoHours)));
    for (const ExecutiveFigures::Gap &g : std::as_const(out.predictedGaps))
        kinds[1].append(Tr::tr("%1 takes %2 to recover, longer than its recovery target of %3.")
                            .arg(g.name, hoursText(g.hours), hoursText(g.rtoHours)));
    for (const Finding &f : incidentFindings(plan, graph, toMs)) {
        if (f.kind == QLatin1String("slo-infeasible"))
            kinds[2].append(f.message);
    }
    // An SLO a supplier's SLA makes impossible, a customer promised more than the plan keeps
    // (docs/contracts.md): infeasible objectives too.
    for (const Finding &f : contractFindings(plan, graph, toMs)) {
        if (f.severity != Severity::Info && f.kind != QLatin1String("commitment-without-slo"))
            kinds[2].append(f.message);
    }
    for (const RiskException &x : plan.exceptions) {
        const QDate expires = QDate::fromString(x.expires, Qt::ISODate);
        if (!expires.isValid() || expires > to)
            continue;
        const bool renewed = x.control.isEmpty()
                                 ? acceptingException(plan, x.findingKind, x.subject, to) != nullptr
                                 : acceptingControlException(plan, x.control, to) != nullptr;
        if (renewed)
            continue;
        kinds[3].append(x.control.isEmpty()
                            ? Tr::tr("The accepted risk \"%1\" on %2 (%3) expired on %4 and "
                                     "has not been decided again.")
                                  .arg(findingKindTitle(x.findingKind), x.subject, x.id,
                                       expires.toString(Qt::ISODate))
                            : Tr::tr("The accepted failing control %1 (%2) expired on %3 and "
                                     "has not been decided again.")
                                  .arg(x.control, x.id, expires.toString(Qt::ISODate)));
    }
    for (int round = 0; out.risks.size() < 5; ++round) {
        bool any = false;
        for (const QStringList &k : kinds) {
            if (round < k.size() && out.risks.size() < 5) {
                out.risks.append(k.at(round));
                any = true;
            }
        }
        if (!any)
            break;
    }
    return out;
}

} // namespace Continuity
