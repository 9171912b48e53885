// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRisk.h"

#include "Cascade.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "domain/Recurrence.h"
#include "domain/RunbookSchedule.h"
#include "Downtime.h"
#include "ErrorBudget.h"
#include "Findings.h"
#include "Spof.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::ChangeRisk)
};

constexpr qint64 HourMs = 3600000;
constexpr qint64 DayMs = 24 * HourMs;

// A blast radius as a state per node, only the nodes not up, sorted by node index.
using Radius = std::vector<std::pair<int, NodeState>>;

bool sharesNode(const Radius &a, const Radius &b)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first == j->first)
            return true;
        if (i->first < j->first)
            ++i;
        else
            ++j;
    }
    return false;
}

std::optional<std::pair<qint64, qint64>> windowOf(const Change &c)
{
    if (!c.plannedStart || !c.plannedEnd)
        return std::nullopt;
    const std::optional<qint64> start = instantMs(*c.plannedStart);
    const std::optional<qint64> end = instantMs(*c.plannedEnd);
    if (!start || !end || *end <= *start)
        return std::nullopt;
    return std::pair{*start, *end};
}

} // namespace

struct ChangeContext::Data
{
    Plan plan;
    GraphSnapshot graph;
    qint64 now = 0;
    std::vector<int> tier;                              // per node, as nodeTier()
    std::vector<std::uint8_t> spof;                     // per node: a SPOF of some tier-0/1 target
    QList<FreezeWindow> freezes;                        // the plan's, then the error-budget ones
    std::vector<std::vector<std::uint8_t>> freezeScope; // per freeze, per node (empty: all)
    QHash<QString, qsizetype> runbookIndex;
    QSet<int> sloNodes;
    std::optional<Downtime> downtime;
    // Per change of the plan (by index): its blast radius and window, when open and scheduled.
    std::vector<std::optional<Radius>> radius;
    std::vector<std::optional<std::pair<qint64, qint64>>> window;
    // Closed changes by target id, for the probability.
    QHash<QString, QList<qsizetype>> closedByTarget;
    // Supplier maintenance windows: the supplier's own cascade.
    QHash<QString, Radius> supplierRadius;
    QTimeZone zone;

    Radius blastRadius(const Change &c) const
    {
        std::vector<int> targets;
        for (const QString &id : c.targets) {
            const int n = graph.indexOf(id);
            if (n >= 0 && std::find(targets.begin(), targets.end(), n) == targets.end())
                targets.push_back(n);
        }
        std::vector<NodeState> worst(std::size_t(graph.nodeCount()), NodeState::Up);
        std::vector<int> touched;
        auto merge = [&](const CascadeResult &r) {
            for (int n : r.affected) {
                if (worst[std::size_t(n)] == NodeState::Up)
                    touched.push_back(n);
                worst[std::size_t(n)] = std::max(worst[std::size_t(n)], r.state[std::size_t(n)]);
            }
        };
        CascadeOptions options;
        options.causes = false;
        if (targets.empty())
            return {};
        if (c.mode == ChangeMode::Outage) {
            merge(runCascade(graph, targets, options));
        } else {
            for (int t : targets)
                merge(runCascade(graph, {t}, options));
        }
        std::sort(touched.begin(), touched.end());
        Radius out;
        out.reserve(touched.size());
        for (int n : touched)
            out.emplace_back(n, worst[std::size_t(n)]);
        return out;
    }

    bool inScope(qsizetype freeze, int node) const
    {
        const std::vector<std::uint8_t> &scope = freezeScope[std::size_t(freeze)];
        return scope.empty() || scope[std::size_t(node)] != 0;
    }
};

ChangeContext::ChangeContext(const Plan &plan, qint64 now)
    : d(std::make_unique<Data>())
{
    d->plan = plan;
    d->graph = GraphSnapshot::fromPlan(plan);
    d->now = now;
    d->zone = QTimeZone(plan.incidentPolicy.timeZone.toUtf8());
    if (!d->zone.isValid())
        d->zone = QTimeZone::utc();
    const GraphSnapshot &g = d->graph;
    const int n = g.nodeCount();

    d->tier = ruleTiers(g, analyzeTiers(g, plan.tierPolicy));

    d->spof.assign(std::size_t(n), 0);
    if (!plan.changes.isEmpty()) {
        const SpofResult spofs = findSpofs(g, defaultSpofTargets(g, 1));
        for (const SpofTarget &t : spofs.targets) {
            for (int s : t.spofs)
                d->spof[std::size_t(s)] = 1;
        }
    }

    for (qsizetype i = 0; i < plan.runbooks.size(); ++i)
        d->runbookIndex.insert(plan.runbooks.at(i).id, i);

    // Error budgets: read once at `now`; the SLOs' nodes say when a change's own start needs
    // them read again.
    d->freezes = plan.freezes;
    if (!plan.slos.isEmpty() || plan.tierPolicy.tiers.size() > 0) {
        for (const Slo &slo : plan.slos) {
            const int node = g.indexOf(slo.node);
            if (node >= 0)
                d->sloNodes.insert(node);
        }
    }
    if (!d->sloNodes.isEmpty()) {
        d->downtime = Downtime::compute(g, plan.incidents, now);
        const SloReport report = evaluateSlos(plan, g, *d->downtime, now);
        for (const SloStanding &s : report.slos) {
            if (!s.freezeUntil || *s.freezeUntil <= now)
                continue;
            FreezeWindow f;
            f.id = QStringLiteral("error-budget:") + s.node;
            f.name = Tr::tr("Error budget of %1").arg(g.name(s.nodeIndex));
            f.start = isoInstant(now);
            f.end = isoInstant(*s.freezeUntil);
            f.scope = FreezeScope::Nodes;
            f.nodes = {s.node};
            f.source = FreezeSource::ErrorBudget;
            d->freezes.append(f);
        }
    }

    // Each freeze's scope as a mark per node.
    for (const FreezeWindow &f : std::as_const(d->freezes)) {
        std::vector<std::uint8_t> scope;
        switch (f.scope) {
        case FreezeScope::All:
            break;
        case FreezeScope::MaxTier:
            scope.assign(std::size_t(n), 0);
            for (int i = 0; i < n; ++i) {
                const int t = d->tier[std::size_t(i)];
                scope[std::size_t(i)] = f.maxTier && t >= 0 && t <= *f.maxTier;
            }
            break;
        case FreezeScope::Nodes:
            scope.assign(std::size_t(n), 0);
            for (const QString &id : f.nodes) {
                if (const int i = g.indexOf(id); i >= 0)
                    scope[std::size_t(i)] = 1;
            }
            break;
        case FreezeScope::Sites: {
            // The sites and every node with a site among its transitive hard providers.
            scope.assign(std::size_t(n), 0);
            std::vector<int> stack;
            for (const QString &id : f.sites) {
                if (const int i = g.indexOf(id); i >= 0 && !scope[std::size_t(i)]) {
                    scope[std::size_t(i)] = 1;
                    stack.push_back(i);
                }
            }
            while (!stack.empty()) {
                const int p = stack.back();
                stack.pop_back();
                const auto [begin, end] = g.consumerEdges(p);
                for (auto e = begin; e != end; ++e) {
                    if (e->kind == GraphSnapshot::EdgeKind::Soft || scope[std::size_t(e->consumer)])
                        continue;
                    scope[std::size_t(e->consumer)] = 1;
                    stack.push_back(e->consumer);
                }
            }
            break;
        }
        }
        d->freezeScope.push_back(std::move(scope));
    }

    // The open changes with a window, as the others see them; the closed ones by target.
    d->radius.resize(std::size_t(plan.changes.size()));
    d->window.resize(std::size_t(plan.changes.size()));
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const Change &c = plan.changes.at(i);
        if (c.state == ChangeState::Closed) {
            QSet<QString> seen;
            for (const QString &t : c.targets) {
                if (!seen.contains(t))
                    d->closedByTarget[t].append(i);
                seen.insert(t);
            }
        }
        if (!c.isOpen())
            continue;
        d->window[std::size_t(i)] = windowOf(c);
        if (d->window[std::size_t(i)])
            d->radius[std::size_t(i)] = d->blastRadius(c);
    }
    for (const MaintenanceWindow &m : plan.maintenanceWindows) {
        if (m.kind != MaintenanceKind::Supplier || d->supplierRadius.contains(m.node))
            continue;
        Change supplier;
        supplier.targets = {m.node};
        d->supplierRadius.insert(m.node, d->blastRadius(supplier));
    }
}

ChangeContext::~ChangeContext() = default;

const GraphSnapshot &ChangeContext::graph() const
{
    return d->graph;
}

const QList<FreezeWindow> &ChangeContext::freezes() const
{
    return d->freezes;
}

int ChangeContext::nodeTier(int node) const
{
    return node >= 0 && node < int(d->tier.size()) ? d->tier[std::size_t(node)] : -1;
}

ChangeAssessment ChangeContext::assess(const Change &c) const
{
    const GraphSnapshot &g = d->graph;
    const Plan &plan = d->plan;
    ChangeAssessment a;
    a.id = c.id;
    const Radius radius = d->blastRadius(c);
    const std::optional<std::pair<qint64, qint64>> window = windowOf(c);
    a.windowHours = window ? double(window->second - window->first) / double(HourMs) : 0.0;

    // Worst tier, loss exposure, worst outage and headroom.
    double downLoss = 0;
    double degradedLoss = 0;
    for (const auto &[node, state] : radius) {
        if (state == NodeState::Down) {
            const int t = nodeTier(node);
            if (t >= 0 && (!a.worstTier || t < *a.worstTier))
                a.worstTier = t;
        }
        if (!g.isProcess(node))
            continue;
        const double loss = std::isnan(g.lossPerHour(node)) ? 0.0 : g.lossPerHour(node);
        (state == NodeState::Down ? downLoss : degradedLoss) += loss;
    }
    a.lossExposure =
        a.windowHours * (downLoss + plan.changePolicy.degradedLossFactor * degradedLoss);
    double backout = 0;
    if (const auto it = d->runbookIndex.constFind(c.backoutRunbook);
        it != d->runbookIndex.constEnd())
        backout = scheduleRunbook(plan.runbooks.at(*it)).totalHours;
    a.worstOutageHours = a.windowHours + backout;
    for (const auto &[node, state] : radius) {
        if (state != NodeState::Down || !g.isProcess(node) || std::isnan(g.rtoHours(node)))
            continue;
        const double h = g.rtoHours(node) - a.worstOutageHours;
        if (!a.headroomHours || h < *a.headroomHours)
            a.headroomHours = h;
    }
    if ((a.worstTier && *a.worstTier == 0) || (a.headroomHours && *a.headroomHours < 0))
        a.impact = 1;
    else if (a.worstTier && *a.worstTier == 1)
        a.impact = 2;
    else if (a.worstTier && *a.worstTier == 2)
        a.impact = 3;
    else
        a.impact = 4;

    // Probability from the history of the changes sharing a target.
    const qint64 reference = window ? window->first : d->now;
    QSet<qsizetype> counted;
    for (const QString &t : c.targets) {
        for (qsizetype i : d->closedByTarget.value(t)) {
            const Change &other = plan.changes.at(i);
            if (other.id == c.id || counted.contains(i))
                continue;
            const std::optional<QString> &endText =
                other.actualEnd ? other.actualEnd : other.plannedEnd;
            const std::optional<qint64> end = endText ? instantMs(*endText) : std::nullopt;
            if (!end || *end < reference - 365 * DayMs || *end >= reference)
                continue;
            counted.insert(i);
            ++a.history;
            if (other.outcome == ChangeOutcome::Unsuccessful ||
                other.outcome == ChangeOutcome::RolledBack || !other.causedIncidents.isEmpty())
                ++a.failures;
        }
    }
    const double p = double(a.failures + 1) / double(a.history + 10);
    int probability = p >= 0.3 ? 2 : p >= 0.1 ? 1 : 0;
    if (c.changeClass == ChangeClass::Emergency)
        probability = std::max(probability, 1);
    static const char *const probabilityNames[] = {"low", "medium", "high"};
    a.probability = QLatin1String(probabilityNames[probability]);

    // Risk from the matrix, then a level up for each aggravation.
    static const int matrix[4][3] = {{2, 3, 3}, {1, 2, 3}, {0, 1, 2}, {0, 0, 1}};
    int risk = matrix[a.impact - 1][probability];
    for (const QString &t : c.targets) {
        const int node = g.indexOf(t);
        if (node >= 0 && d->spof[std::size_t(node)]) {
            a.raisedBy.append(QStringLiteral("spof"));
            break;
        }
    }
    if (window && !d->sloNodes.isEmpty()) {
        bool downSlo = false;
        for (const auto &[node, state] : radius)
            downSlo = downSlo || (state == NodeState::Down && d->sloNodes.contains(node));
        if (downSlo) {
            const SloReport report = evaluateSlos(plan, g, *d->downtime, window->first);
            for (const SloStanding &s : report.slos) {
                const auto it = std::lower_bound(
                    radius.begin(), radius.end(), s.nodeIndex,
                    [](const std::pair<int, NodeState> &x, int v) { return x.first < v; });
                if (it != radius.end() && it->first == s.nodeIndex &&
                    it->second == NodeState::Down && s.remainingFraction < 0.25) {
                    a.raisedBy.append(QStringLiteral("error-budget"));
                    break;
                }
            }
        }
    }
    risk = std::min(3, risk + int(a.raisedBy.size()));
    a.risk = riskName(risk);

    // Blocked by a freeze whose scope holds a down node.
    if (window) {
        for (qsizetype f = 0; f < d->freezes.size(); ++f) {
            const FreezeWindow &freeze = d->freezes.at(f);
            bool scoped = false;
            for (const auto &[node, state] : radius)
                scoped = scoped || (state == NodeState::Down && d->inScope(f, node));
            if (!scoped)
                continue;
            const std::optional<qint64> from = instantMs(freeze.start);
            const std::optional<qint64> to = instantMs(freeze.end);
            if (!from || !to)
                continue;
            if (!occurrences(*from, *to, freeze.rrule, freeze.timeZone, window->first,
                             window->second, 1)
                     .empty())
                a.blockedBy.append(freeze.id);
        }
        std::sort(a.blockedBy.begin(), a.blockedBy.end());
        a.blocked = !a.blockedBy.isEmpty() && c.changeClass != ChangeClass::Emergency;
    }

    // Conflicts.
    if (window) {
        for (qsizetype i = 0; i < plan.changes.size(); ++i) {
            const Change &other = plan.changes.at(i);
            const auto &w = d->window[std::size_t(i)];
            if (other.id == c.id || !w || !d->radius[std::size_t(i)])
                continue;
            if (w->first < window->second && window->first < w->second &&
                sharesNode(radius, *d->radius[std::size_t(i)]))
                a.conflicts.append({QStringLiteral("change"), other.id});
        }
        QSet<QString> agreedTargets;
        for (const MaintenanceWindow &m : plan.maintenanceWindows) {
            const std::optional<qint64> from = instantMs(m.start);
            if (!from || !m.durationHours)
                continue;
            const qint64 to = *from + qint64(*m.durationHours * double(HourMs));
            if (m.kind == MaintenanceKind::Supplier) {
                if (sharesNode(radius, d->supplierRadius.value(m.node)) &&
                    !occurrences(*from, to, m.rrule, m.timeZone, window->first, window->second, 1)
                         .empty())
                    a.conflicts.append({QStringLiteral("supplier-maintenance"), m.id});
            } else if (c.targets.contains(m.node)) {
                agreedTargets.insert(m.node);
            }
        }
        for (const QString &target : std::as_const(agreedTargets)) {
            bool inside = false;
            for (const MaintenanceWindow &m : plan.maintenanceWindows) {
                if (inside || m.kind != MaintenanceKind::Agreed || m.node != target)
                    continue;
                const std::optional<qint64> from = instantMs(m.start);
                if (!from || !m.durationHours)
                    continue;
                const qint64 to = *from + qint64(*m.durationHours * double(HourMs));
                for (const Occurrence &o :
                     occurrences(*from, to, m.rrule, m.timeZone, window->first, window->second))
                    inside = inside || (o.from <= window->first && window->second <= o.to);
            }
            if (!inside)
                a.conflicts.append({QStringLiteral("outside-maintenance"), target});
        }
        // Exercises on a date the window touches, in the plan's time zone.
        const QDate firstDay = QDateTime::fromMSecsSinceEpoch(window->first, d->zone).date();
        const QDate lastDay = QDateTime::fromMSecsSinceEpoch(window->second - 1, d->zone).date();
        for (const Exercise &e : plan.exercises) {
            const QDate date = QDate::fromString(e.date, Qt::ISODate);
            if (!date.isValid() || date < firstDay || date > lastDay)
                continue;
            QStringList scope = e.services;
            for (const QString &r : e.runbooks) {
                if (const auto it = d->runbookIndex.constFind(r); it != d->runbookIndex.constEnd())
                    scope.append(plan.runbooks.at(*it).service);
            }
            bool hit = false;
            for (const QString &id : std::as_const(scope)) {
                const int node = g.indexOf(id);
                hit = hit || (node >= 0 &&
                              std::binary_search(
                                  radius.begin(), radius.end(), std::pair{node, NodeState::Up},
                                  [](const auto &x, const auto &y) { return x.first < y.first; }));
            }
            if (hit)
                a.conflicts.append({QStringLiteral("exercise"), e.id});
        }
        std::sort(a.conflicts.begin(), a.conflicts.end(),
                  [](const ChangeConflict &x, const ChangeConflict &y) {
                      return std::tie(x.kind, x.with) < std::tie(y.kind, y.with);
                  });
    }

    // Missing controls (M3).
    bool critical = false;
    for (const auto &[node, state] : radius) {
        const int t = nodeTier(node);
        critical = critical || (t >= 0 && t <= 1);
    }
    if (critical && c.peerReviewer.trimmed().isEmpty())
        a.missing.append(QStringLiteral("peer-review"));
    if (critical && c.backoutRunbook.isEmpty() && c.backoutPlan.trimmed().isEmpty())
        a.missing.append(QStringLiteral("backout"));
    if (risk >= 2 && !(c.cab && c.cab->decision == CabDecision::Approved))
        a.missing.append(QStringLiteral("cab"));
    if (c.changeClass == ChangeClass::Standard && a.impact <= 2)
        a.missing.append(QStringLiteral("standard-not-allowed"));
    if (c.changeClass == ChangeClass::Normal && window) {
        const std::optional<qint64> created = instantMs(c.createdAt);
        if (created && window->first - *created < qint64(plan.changePolicy.minLeadDays) * DayMs)
            a.missing.append(QStringLiteral("late"));
    }

    // The blast radius by id.
    a.nodes.assign(radius.begin(), radius.end());
    std::sort(a.nodes.begin(), a.nodes.end(),
              [&](const auto &x, const auto &y) { return g.id(x.first) < g.id(y.first); });
    return a;
}

std::vector<ChangeAssessment> ChangeContext::assessAll() const
{
    std::vector<ChangeAssessment> out;
    out.reserve(std::size_t(d->plan.changes.size()));
    for (const Change &c : std::as_const(d->plan.changes))
        out.push_back(assess(c));
    return out;
}

int riskLevel(const QString &risk)
{
    if (risk == QLatin1String("very-high"))
        return 3;
    if (risk == QLatin1String("high"))
        return 2;
    if (risk == QLatin1String("moderate"))
        return 1;
    return 0;
}

QString riskName(int level)
{
    static const char *const names[] = {"low", "moderate", "high", "very-high"};
    return QLatin1String(names[std::clamp(level, 0, 3)]);
}

QString displayRisk(const QString &risk)
{
    switch (riskLevel(risk)) {
    case 3:
        return Tr::tr("Very high");
    case 2:
        return Tr::tr("High");
    case 1:
        return Tr::tr("Moderate");
    default:
        return Tr::tr("Low");
    }
}

QList<ChangeState> nextStates(ChangeState from)
{
    switch (from) {
    case ChangeState::New:
        return {ChangeState::Assess, ChangeState::Cancelled};
    case ChangeState::Assess:
        return {ChangeState::Authorize, ChangeState::New, ChangeState::Cancelled};
    case ChangeState::Authorize:
        return {ChangeState::Scheduled, ChangeState::Assess, ChangeState::Cancelled};
    case ChangeState::Scheduled:
        return {ChangeState::Implement, ChangeState::Authorize, ChangeState::Cancelled};
    case ChangeState::Implement:
        return {ChangeState::Review};
    case ChangeState::Review:
        return {ChangeState::Closed};
    case ChangeState::Closed:
    case ChangeState::Cancelled:
        return {};
    }
    return {};
}

QString missingControlText(const QString &missing)
{
    if (missing == QLatin1String("peer-review"))
        return Tr::tr("a peer reviewer (the blast radius holds a tier 0 or 1 node)");
    if (missing == QLatin1String("backout"))
        return Tr::tr("a backout runbook or plan (the blast radius holds a tier 0 or 1 node)");
    if (missing == QLatin1String("cab"))
        return Tr::tr("the approval of the change advisory board (the risk is high)");
    if (missing == QLatin1String("standard-not-allowed"))
        return Tr::tr("a normal change: a standard change may not have impact 1 or 2");
    if (missing == QLatin1String("late"))
        return Tr::tr("more lead time: a normal change is raised at least the plan's minimum "
                      "lead days before its start");
    return missing;
}

QString conflictKindText(const QString &kind)
{
    if (kind == QLatin1String("change"))
        return Tr::tr("Overlapping change");
    if (kind == QLatin1String("supplier-maintenance"))
        return Tr::tr("Supplier maintenance");
    if (kind == QLatin1String("exercise"))
        return Tr::tr("Exercise");
    if (kind == QLatin1String("outside-maintenance"))
        return Tr::tr("Outside the agreed maintenance window");
    return kind;
}

QStringList moveRefusals(const Change &c, ChangeState to, const ChangeAssessment &a)
{
    QStringList out;
    if (!nextStates(c.state).contains(to)) {
        out.append(Tr::tr("A change in state %1 cannot move to %2.")
                       .arg(displayName(c.state), displayName(to)));
        return out;
    }
    if (to == ChangeState::Scheduled) {
        if (!c.plannedStart || !c.plannedEnd)
            out.append(Tr::tr("It needs a planned start and end."));
        if (c.targets.isEmpty())
            out.append(Tr::tr("It needs at least one target."));
        if (c.changeClass != ChangeClass::Emergency) {
            for (const QString &m : a.missing)
                out.append(Tr::tr("It needs %1.").arg(missingControlText(m)));
            if (a.blocked)
                out.append(Tr::tr("A freeze window blocks it: %1. Only an emergency change may "
                                  "go ahead in a freeze.")
                               .arg(a.blockedBy.join(QStringLiteral(", "))));
        }
    }
    if (to == ChangeState::Closed && !c.outcome)
        out.append(Tr::tr("It needs an outcome before it is closed."));
    return out;
}

std::vector<Finding> changeFindings(const Plan &plan, qint64 now)
{
    std::vector<Finding> out;
    if (plan.changes.isEmpty())
        return out;
    const ChangeContext context(plan, now);
    const GraphSnapshot &g = context.graph();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    for (const Change &c : plan.changes) {
        // The quotation marks of the reader's language, as quotedNode() writes a node's name.
        const QString title =
            c.id + QLatin1Char(' ') + Tr::tr("\"%1\"", "a name in quotation marks").arg(c.title);
        if (c.state == ChangeState::Closed && !c.outcome) {
            out.push_back({Severity::Warning,
                           QStringLiteral("change-without-outcome"),
                           c.id,
                           Tr::tr("Change %1 is closed without an outcome: record whether it "
                                  "succeeded or was rolled back, so that the next change's "
                                  "risk reads its history.")
                               .arg(title),
                           {},
                           0});
        }
        const bool emergency =
            c.changeClass == ChangeClass::Emergency && c.state != ChangeState::Cancelled;
        if (!c.isOpen() && !emergency)
            continue;
        const ChangeAssessment a = context.assess(c);
        const bool scheduled =
            c.state == ChangeState::Scheduled || c.state == ChangeState::Implement;
        if (scheduled && a.blocked) {
            QStringList names;
            for (const FreezeWindow &f : context.freezes()) {
                if (a.blockedBy.contains(f.id))
                    names.append(Tr::tr("\"%1\"", "a name in quotation marks").arg(f.name));
            }
            out.push_back({Severity::Error, QStringLiteral("change-blocked"), c.id,
                           Tr::tr("Change %1 is scheduled inside the freeze %2. Move it out of "
                                  "the freeze, or raise it as an emergency change.")
                               .arg(title, names.join(QStringLiteral(", "))),
                           a.blockedBy, 0});
        }
        // An emergency change going ahead inside a freeze is not blocked, but it broke the
        // freeze: flagged, closed or not, until its CAB review records the exception approved by
        // someone in each freeze's exception-approver role (any approval where a freeze names
        // none), as an emergency CAB does after the fact.
        if (emergency && !a.blockedBy.isEmpty()) {
            const bool approved = c.cab && c.cab->decision == CabDecision::Approved;
            QStringList names;
            QStringList approvers;
            bool cleared = approved;
            for (const FreezeWindow &f : context.freezes()) {
                if (!a.blockedBy.contains(f.id))
                    continue;
                names.append(Tr::tr("\"%1\"", "a name in quotation marks").arg(f.name));
                if (f.exceptionApprover.isEmpty())
                    continue;
                const Role *role = Contacts::role(plan, f.exceptionApprover);
                bool byApprover = false;
                for (const QString &who : approved ? c.cab->by : QStringList()) {
                    byApprover = byApprover || who == f.exceptionApprover ||
                                 (role && role->members.contains(who));
                }
                cleared = cleared && byApprover;
                const QString who = Contacts::displayName(plan, f.exceptionApprover);
                if (!approvers.contains(who))
                    approvers.append(who);
            }
            if (!cleared) {
                QString text = Tr::tr("Emergency change %1 went ahead inside the freeze %2.")
                                   .arg(title, names.join(QStringLiteral(", ")));
                text += QLatin1Char(' ') +
                        (approvers.isEmpty()
                             ? Tr::tr("Record the exception's approval in its CAB review.")
                             : Tr::tr("Record the exception's approval by the %1 in its CAB "
                                      "review.")
                                   .arg(approvers.join(QStringLiteral(", "))));
                out.push_back({Severity::Warning, QStringLiteral("change-breaks-freeze"), c.id,
                               text, a.blockedBy, 0});
            }
        }
        if (scheduled && !a.conflicts.isEmpty()) {
            QStringList with;
            for (const ChangeConflict &conflict : a.conflicts)
                with.append(
                    QStringLiteral("%1 (%2)").arg(conflict.with, conflictKindText(conflict.kind)));
            QStringList related;
            for (const ChangeConflict &conflict : a.conflicts)
                related.append(conflict.with);
            out.push_back(
                {Severity::Warning, QStringLiteral("change-conflict"), c.id,
                 Tr::tr("Change %1 conflicts with %2.").arg(title, with.join(QStringLiteral(", "))),
                 related, 0});
        }
        if (!a.missing.isEmpty() && (scheduled || emergency)) {
            QStringList texts;
            for (const QString &m : a.missing)
                texts.append(missingControlText(m));
            out.push_back(
                {c.changeClass == ChangeClass::Emergency ? Severity::Warning : Severity::Error,
                 QStringLiteral("change-missing-controls"), c.id,
                 Tr::tr("Change %1 lacks %2.").arg(title, texts.join(QStringLiteral("; "))),
                 a.missing, 0});
        }
        if (!c.isOpen())
            continue;
        // An open change on a tier-0/1 node whose backout runbook no exercise has run.
        bool critical = false;
        for (const QString &t : c.targets) {
            const int t0 = context.nodeTier(g.indexOf(t));
            critical = critical || (t0 >= 0 && t0 <= 1);
        }
        if (critical && !c.backoutRunbook.isEmpty()) {
            bool exercised = false;
            for (const Exercise &e : plan.exercises) {
                const QDate date = QDate::fromString(e.date, Qt::ISODate);
                exercised = exercised || (e.runbooks.contains(c.backoutRunbook) && date.isValid() &&
                                          date <= today);
            }
            if (!exercised)
                out.push_back({Severity::Warning,
                               QStringLiteral("change-backout-untested"),
                               c.id,
                               Tr::tr("Change %1 works on a tier 0 or 1 node and backs out with "
                                      "the runbook %2, which no exercise has run yet.")
                                   .arg(title, c.backoutRunbook),
                               {c.backoutRunbook},
                               0});
        }
    }
    return out;
}

QList<ChangeMonth> changeMetrics(const Plan &plan)
{
    QTimeZone zone(plan.incidentPolicy.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    QSet<QString> namedByIncidents;
    for (const Incident &i : plan.incidents) {
        if (!i.causedByChange.isEmpty())
            namedByIncidents.insert(i.causedByChange);
    }
    QMap<std::pair<int, int>, ChangeMonth> months;
    QMap<std::pair<int, int>, std::vector<double>> leads;
    for (const Change &c : plan.changes) {
        if (c.state == ChangeState::Cancelled || !c.plannedStart)
            continue;
        const std::optional<qint64> start = instantMs(*c.plannedStart);
        if (!start)
            continue;
        const QDate day = QDateTime::fromMSecsSinceEpoch(*start, zone).date();
        const std::pair key{day.year(), day.month()};
        ChangeMonth &m = months[key];
        m.year = day.year();
        m.month = day.month();
        switch (c.changeClass) {
        case ChangeClass::Standard:
            ++m.standard;
            break;
        case ChangeClass::Normal:
            ++m.normal;
            break;
        case ChangeClass::Emergency:
            ++m.emergency;
            break;
        }
        if (c.state == ChangeState::Closed && c.outcome) {
            ++m.closed;
            m.successful += *c.outcome == ChangeOutcome::Successful ||
                            *c.outcome == ChangeOutcome::SuccessfulWithIssues;
            m.rolledBack += *c.outcome == ChangeOutcome::RolledBack;
        }
        m.causedIncidents += !c.causedIncidents.isEmpty() || namedByIncidents.contains(c.id);
        if (const std::optional<qint64> created = instantMs(c.createdAt))
            leads[key].push_back(double(*start - *created) / double(DayMs));
    }
    for (auto it = leads.begin(); it != leads.end(); ++it) {
        std::vector<double> &v = it.value();
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        months[it.key()].medianLeadDays = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }
    QList<ChangeMonth> out;
    if (months.isEmpty())
        return out;
    QDate month(months.firstKey().first, months.firstKey().second, 1);
    const QDate last(months.lastKey().first, months.lastKey().second, 1);
    for (; month <= last; month = month.addMonths(1)) {
        ChangeMonth m = months.value({month.year(), month.month()});
        m.year = month.year();
        m.month = month.month();
        out.append(m);
    }
    return out;
}

} // namespace Continuity
