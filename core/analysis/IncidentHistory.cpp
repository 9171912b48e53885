// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentHistory.h"

#include "Availability.h"
#include "domain/Plan.h"
#include "ErrorBudget.h"
#include "Findings.h"
#include "Recovery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Continuity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Findings)
};

constexpr double HourMs = 3600.0 * 1000.0;
constexpr qint64 SixMonthsMs = qint64(183) * 24 * 3600 * 1000;

QString hours(double h)
{
    return QLocale().toString(h, 'g', 3);
}

QTimeZone zoneOf(const Plan &plan)
{
    const QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

struct Span
{
    const Incident *incident;
    TimeSpan span; // startedAt .. restoredAt (or the end of the period)
};

} // namespace

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double pos = q * double(values.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

QDate postmortemDue(const Plan &plan, int severity, qint64 restoredAt)
{
    QDate day = QDateTime::fromMSecsSinceEpoch(restoredAt, zoneOf(plan)).date();
    if (severity == 1)
        return day.addDays(plan.incidentPolicy.postmortemSev1Days);
    for (int left = plan.incidentPolicy.postmortemBusinessDays; left > 0;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --left;
    }
    return day;
}

IncidentHistory incidentHistory(const Plan &plan, const GraphSnapshot &graph,
                                const Downtime &downtime, TimeSpan period)
{
    IncidentHistory h;
    h.period = period;
    // Each incident with its own span, in start order.
    std::vector<Span> spans;
    for (const Incident &incident : plan.incidents) {
        const std::optional<qint64> start = instantMs(incident.startedAt);
        if (!start)
            continue;
        const std::optional<qint64> restored =
            incident.restoredAt ? instantMs(*incident.restoredAt) : std::nullopt;
        spans.push_back({&incident, {*start, restored.value_or(period.to)}});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.span.from < b.span.from; });
    auto behind = [&](const TimeSpan &episode) {
        for (const Span &s : spans) {
            if (s.span.from < episode.to && episode.from < std::max(s.span.to, s.span.from + 1))
                return s.incident->id;
        }
        return QString();
    };
    const auto inPeriod = [&](qint64 at) { return at >= period.from && at < period.to; };

    QHash<QString, qsizetype> processOf;
    for (qsizetype i = 0; i < plan.processes.size(); ++i)
        processOf.insert(plan.processes.at(i).id, i);

    // Breaches and unrealistic targets, per node.
    for (int node = 0; node < graph.nodeCount(); ++node) {
        const std::vector<TimeSpan> &episodes = downtime.down(node);
        if (episodes.empty())
            continue;
        const double rto = graph.rtoHours(node);
        std::optional<double> mtd;
        if (graph.isProcess(node))
            mtd = plan.processes.at(processOf.value(graph.id(node))).mtdHours;
        std::vector<double> lengths;
        for (const TimeSpan &e : episodes) {
            if (!inPeriod(e.from))
                continue;
            const double length = double(e.length()) / HourMs;
            lengths.push_back(length);
            if (!std::isnan(rto) && length > rto)
                h.breaches.push_back({TargetBreach::Kind::Rto, node, behind(e), e, length, rto});
            if (mtd && length > *mtd)
                h.breaches.push_back({TargetBreach::Kind::Mtd, node, behind(e), e, length, *mtd});
        }
        if (lengths.size() >= 3 && !std::isnan(rto)) {
            const double p90 = quantile(lengths, 0.9);
            if (p90 > rto)
                h.unrealistic.push_back({node, int(lengths.size()), p90, rto});
        }
    }
    for (const Span &s : spans) {
        if (!inPeriod(s.span.from))
            continue;
        for (const DataLoss &loss : s.incident->dataLoss) {
            const int node = graph.indexOf(loss.node);
            if (node < 0 || !loss.hours)
                continue;
            const double rpo = graph.rpoHours(node);
            if (!std::isnan(rpo) && *loss.hours > rpo)
                h.breaches.push_back(
                    {TargetBreach::Kind::Rpo, node, s.incident->id, s.span, *loss.hours, rpo});
        }
    }

    // Predicted against actual restore, per incident; proposals from the nodes' own outages.
    for (const Span &s : spans) {
        if (!inPeriod(s.span.from) || !s.incident->restoredAt)
            continue;
        std::vector<int> scenario;
        for (const AffectedNode &a : s.incident->affected) {
            const int node = graph.indexOf(a.node);
            if (node >= 0 && a.state == AffectedState::Down &&
                std::find(scenario.begin(), scenario.end(), node) == scenario.end())
                scenario.push_back(node);
        }
        if (scenario.empty())
            continue;
        const RecoveryResult recovery = runRecovery(graph, scenario, false);
        for (const RecoveryNode &r : recovery.nodes) {
            // The node's episode that holds the incident's start.
            for (const TimeSpan &e : downtime.down(r.node)) {
                if (e.from <= s.span.from && s.span.from < e.to) {
                    h.predictions.push_back({s.incident->id, r.node, r.readyHours,
                                             double(e.to - s.span.from) / HourMs});
                    break;
                }
            }
        }
    }
    for (int node = 0; node < graph.nodeCount(); ++node) {
        std::vector<double> actual;
        for (const TimeSpan &e : downtime.listedDown(node)) {
            if (inPeriod(e.from))
                actual.push_back(double(e.length()) / HourMs);
        }
        if (!actual.empty())
            h.proposals.push_back(
                {node, int(actual.size()), quantile(actual, 0.5), graph.recoveryHours(node)});
    }

    // Recurring failure modes: per node and factor category, runs of incidents each within six
    // months of the one before.
    QHash<std::pair<int, int>, std::vector<const Span *>> byNodeAndCategory;
    for (const Span &s : spans) {
        if (!inPeriod(s.span.from))
            continue;
        QSet<int> nodes;
        for (const AffectedNode &a : s.incident->affected) {
            if (const int node = graph.indexOf(a.node); node >= 0)
                nodes.insert(node);
        }
        QSet<int> categories;
        for (const ContributingFactor &f : s.incident->factors)
            categories.insert(int(f.category));
        for (int node : std::as_const(nodes)) {
            for (int category : std::as_const(categories)) {
                if (FactorCategory(category) != FactorCategory::Unknown)
                    byNodeAndCategory[{node, category}].push_back(&s);
            }
        }
    }
    for (auto it = byNodeAndCategory.cbegin(); it != byNodeAndCategory.cend(); ++it) {
        const std::vector<const Span *> &list = it.value();
        std::size_t first = 0;
        for (std::size_t i = 1; i <= list.size(); ++i) {
            if (i < list.size() && list[i]->span.from - list[i - 1]->span.from <= SixMonthsMs)
                continue;
            if (i - first >= 2) {
                RecurringFailure r{it.key().first, toString(FactorCategory(it.key().second)), {}};
                for (std::size_t k = first; k < i; ++k)
                    r.incidents.append(list[k]->incident->id);
                h.recurring.push_back(std::move(r));
            }
            first = i;
        }
    }
    std::sort(h.recurring.begin(), h.recurring.end(), [&](const auto &a, const auto &b) {
        return a.node != b.node ? graph.id(a.node) < graph.id(b.node) : a.category < b.category;
    });

    // Incidents per month by severity, and restore times by severity.
    const QTimeZone zone = zoneOf(plan);
    QDate month = QDateTime::fromMSecsSinceEpoch(period.from, zone).date();
    month = QDate(month.year(), month.month(), 1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(period.to - 1, zone).date();
    for (; month <= last; month = month.addMonths(1))
        h.perMonth.push_back({month, {0, 0, 0, 0, 0}});
    std::vector<double> restore[5];
    for (const Span &s : spans) {
        if (!inPeriod(s.span.from))
            continue;
        const int severity = std::clamp(s.incident->severity, 1, 5);
        const QDate day = QDateTime::fromMSecsSinceEpoch(s.span.from, zone).date();
        for (auto &[m, counts] : h.perMonth) {
            if (m.year() == day.year() && m.month() == day.month())
                ++counts[severity - 1];
        }
        if (s.incident->restoredAt)
            restore[severity - 1].push_back(double(s.span.length()) / HourMs);
    }
    for (int severity = 1; severity <= 5; ++severity) {
        const std::vector<double> &r = restore[severity - 1];
        if (!r.empty())
            h.restoreBySeverity.push_back(
                {severity, int(r.size()), quantile(r, 0.5), quantile(r, 0.9)});
    }
    return h;
}

std::vector<Finding> incidentFindings(const Plan &plan, const GraphSnapshot &graph, qint64 at)
{
    std::vector<Finding> out;
    if (plan.incidents.isEmpty() && plan.slos.isEmpty())
        return out;
    const Downtime downtime = Downtime::compute(graph, plan.incidents, at);
    const qint64 yearMs = qint64(365) * 24 * 3600 * 1000;
    const IncidentHistory h = incidentHistory(plan, graph, downtime, {at - yearMs, at});
    const QLocale locale;
    auto critical = [&](int node) { return graph.tier(node) >= 0 && graph.tier(node) <= 1; };
    for (const TargetBreach &b : h.breaches) {
        Finding f;
        f.subject = graph.id(b.node);
        if (!b.incident.isEmpty())
            f.related = {b.incident};
        switch (b.kind) {
        case TargetBreach::Kind::Rto:
            f.kind = QStringLiteral("rto-breach");
            f.severity = critical(b.node) ? Severity::Error : Severity::Warning;
            f.message = Tr::tr("%1 was down %2 h in %3, longer than its RTO of %4 h. Review the "
                               "recovery with the incident's post-mortem.")
                            .arg(quotedNode(graph, b.node), hours(b.hours), b.incident,
                                 hours(b.targetHours));
            break;
        case TargetBreach::Kind::Mtd:
            f.kind = QStringLiteral("mtd-breach");
            f.severity = Severity::Error;
            f.message = Tr::tr("%1 was down %2 h in %3, beyond its maximum tolerable downtime of "
                               "%4 h.")
                            .arg(quotedNode(graph, b.node), hours(b.hours), b.incident,
                                 hours(b.targetHours));
            break;
        case TargetBreach::Kind::Rpo:
            f.kind = QStringLiteral("rpo-breach");
            f.severity = critical(b.node) ? Severity::Error : Severity::Warning;
            f.message = Tr::tr("%1 lost %2 h of data in %3, more than its RPO of %4 h.")
                            .arg(quotedNode(graph, b.node), hours(b.hours), b.incident,
                                 hours(b.targetHours));
            break;
        }
        out.push_back(std::move(f));
    }
    for (const UnrealisticRto &u : h.unrealistic) {
        out.push_back({Severity::Warning,
                       QStringLiteral("rto-unrealistic"),
                       graph.id(u.node),
                       Tr::tr("%1 had %2 outages in the last twelve months; 90 % of them lasted "
                              "up to %3 h, above its RTO of %4 h. Change the target or the "
                              "design.")
                           .arg(quotedNode(graph, u.node))
                           .arg(u.episodes)
                           .arg(hours(u.p90Hours), hours(u.rtoHours)),
                       {},
                       0});
    }
    for (const RecurringFailure &r : h.recurring) {
        out.push_back(
            {Severity::Warning, QStringLiteral("recurring-incident"), graph.id(r.node),
             Tr::tr("%1 failed again within six months for the same kind of cause "
                    "(%2): %3. Treat the cause, not the symptom.")
                 .arg(quotedNode(graph, r.node), displayName(*factorCategoryFromString(r.category)),
                      r.incidents.join(QStringLiteral(", "))),
             r.incidents, 0});
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(at, zoneOf(plan)).date();
    for (const Incident &incident : plan.incidents) {
        if (incident.severity > 2 || !incident.restoredAt)
            continue;
        const std::optional<qint64> restored = instantMs(*incident.restoredAt);
        if (!restored)
            continue;
        const QDate due = postmortemDue(plan, incident.severity, *restored);
        if (due >= today || (incident.postmortem && incident.postmortem->reviewedOn))
            continue;
        const bool missing = !incident.postmortem;
        out.push_back(
            {Severity::Warning,
             missing ? QStringLiteral("postmortem-missing") : QStringLiteral("postmortem-overdue"),
             incident.id,
             (missing ? Tr::tr("Incident %1 (%2, severity %3) has no post-mortem; it "
                               "was due on %4.")
                      : Tr::tr("The post-mortem of incident %1 (%2, severity %3) is not "
                               "reviewed; it was due on %4."))
                 .arg(incident.id, incident.title)
                 .arg(incident.severity)
                 .arg(due.toString(Qt::ISODate)),
             {},
             0});
    }
    const SloReport slos = evaluateSlos(plan, graph, downtime, at);
    for (const SloStanding &s : slos.slos) {
        if (s.status != BudgetStatus::Exhausted)
            continue;
        QString message =
            Tr::tr("The error budget of %1 (%2 % over %3) is used up: %4 min down against %5 "
                   "min allowed.")
                .arg(quotedNode(graph, s.nodeIndex), locale.toString(s.objective, 'g', 6), s.window,
                     locale.toString(s.badMinutes, 'f', 0),
                     locale.toString(s.budgetMinutes, 'f', 0));
        if (s.freezeUntil)
            message += QLatin1Char(' ') +
                       Tr::tr("Only emergency changes to it until %1, when the budget recovers.")
                           .arg(QDateTime::fromMSecsSinceEpoch(*s.freezeUntil, zoneOf(plan))
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        out.push_back(
            {Severity::Error, QStringLiteral("error-budget-exhausted"), s.node, message, {}, 0});
    }
    // SLO infeasible: the graph's predicted availability is below the objective, with what a
    // redundant twin of the weakest provider would give.
    if (!slos.slos.empty()) {
        const std::vector<OwnAvailability> own =
            ownAvailability(plan, graph, downtime, {at - yearMs, at});
        std::vector<double> ownValues;
        for (const OwnAvailability &o : own)
            ownValues.push_back(o.availability);
        for (const SloStanding &s : slos.slos) {
            const CompositeAvailability predicted =
                compositeAvailability(graph, ownValues, s.nodeIndex);
            if (predicted.composite * 100 >= s.objective)
                continue;
            // The nodes that can fail, weakest first; the twin of each in turn (two alike in
            // parallel fail together with (1 - a)^2), the best kept.
            std::vector<int> weakest;
            for (int n = 0; n < graph.nodeCount(); ++n) {
                if (ownValues[std::size_t(n)] < 1)
                    weakest.push_back(n);
            }
            std::sort(weakest.begin(), weakest.end(), [&](int x, int y) {
                return ownValues[std::size_t(x)] < ownValues[std::size_t(y)];
            });
            int best = -1;
            double bestValue = predicted.composite;
            for (std::size_t i = 0; i < weakest.size() && i < 20; ++i) {
                std::vector<double> twin = ownValues;
                const double a = twin[std::size_t(weakest[i])];
                twin[std::size_t(weakest[i])] = 1 - (1 - a) * (1 - a);
                const double value = compositeAvailability(graph, twin, s.nodeIndex).composite;
                if (value > bestValue + 1e-12) {
                    bestValue = value;
                    best = weakest[i];
                }
            }
            QString message =
                Tr::tr("%1 is predicted to be available %2 % of the time, below its SLO of %3 %.")
                    .arg(quotedNode(graph, s.nodeIndex),
                         locale.toString(predicted.composite * 100, 'f', 3),
                         locale.toString(s.objective, 'g', 6));
            if (best >= 0)
                message +=
                    QLatin1Char(' ') +
                    Tr::tr("A second, redundant %1 would raise it to %2 %.")
                        .arg(quotedNode(graph, best), locale.toString(bestValue * 100, 'f', 3));
            out.push_back({Severity::Warning, QStringLiteral("slo-infeasible"), s.node, message,
                           best >= 0 ? QStringList{graph.id(best)} : QStringList(), 0});
        }
    }
    for (const QString &node : slos.withoutObjective)
        out.push_back({Severity::Info,
                       QStringLiteral("slo-without-objective"),
                       node,
                       Tr::tr("The SLO of %1 sets no objective and its tier has no default. Give "
                              "it an objective.")
                           .arg(quotedNode(graph, graph.indexOf(node))),
                       {},
                       0});
    return out;
}

} // namespace Continuity
