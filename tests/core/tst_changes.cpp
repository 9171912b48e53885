// SPDX-License-Identifier: GPL-3.0-or-later
// Changes (product/12-changes.md): the assessment against a brute-force twin written plainly
// from the words of the specification, on thousands of seeded random plans and change sets;
// recurrences across daylight-saving changes; the sample plan's quarter; the state machine.
#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "domain/Plan.h"
#include "domain/Recurrence.h"
#include "io/SamplePlan.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>

using namespace Continuity;

namespace {

constexpr int Rounds = 1500;
constexpr qint64 HourMs = 3600000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 TenMinutesMs = 600000;
const qint64 Base = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// A random plan of 1..12 nodes: random hard, soft and grouped dependencies (cycles allowed),
// random recovery hours, tiers and RTO targets. With `hardAcyclic`, hard and grouped
// dependencies only go from a higher-numbered provider to a lower-numbered consumer (so the
// snapshot must find their order itself), soft ones still anywhere, cycles included.
Plan randomPlan(std::mt19937 &rng, bool hardAcyclic = false)
{
    Plan plan = Plan::empty();
    const int n = 1 + int(rng() % 12);
    const int processes = int(rng() % (n + 1)) / 2;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        const double recovery = double(rng() % 4);
        const std::optional<int> tier =
            rng() % 3 ? std::optional<int>(int(rng() % 4)) : std::nullopt;
        const std::optional<double> rto =
            rng() % 2 ? std::optional<double>(double(rng() % 6)) : std::nullopt;
        if (i < processes) {
            Process p;
            p.id = id;
            p.name = id;
            p.recoveryHours = recovery;
            p.tier = tier;
            p.rtoHours = rto;
            p.lossPerHour = double(rng() % 1000);
            plan.processes.append(p);
        } else {
            Service s;
            s.id = s.name = id;
            s.recoveryHours = recovery;
            s.tier = tier;
            s.rtoHours = rto;
            plan.services.append(s);
        }
    }
    auto idOf = [&](int i) { return QStringLiteral("n%1").arg(i); };
    std::set<std::pair<int, int>> used;
    for (int c = 0; c < n; ++c) {
        // Some groups first, then loose dependencies.
        const int groupCount = int(rng() % 2);
        for (int g = 0; g < groupCount; ++g) {
            std::vector<int> members;
            const int size = 1 + int(rng() % 3);
            for (int m = 0; m < size; ++m) {
                const int p = int(rng() % n);
                if (p == c || used.count({c, p}) || (hardAcyclic && p < c))
                    continue;
                used.insert({c, p});
                members.push_back(p);
            }
            if (members.empty())
                continue;
            const QString name = QStringLiteral("g%1").arg(g);
            plan.groups.append({idOf(c), name, 1 + int(rng() % members.size())});
            for (int p : members)
                plan.dependencies.append({idOf(c), idOf(p), Strength::Hard, name});
        }
        const int loose = int(rng() % 3);
        for (int k = 0; k < loose; ++k) {
            const int p = int(rng() % n);
            if (p == c || used.count({c, p}))
                continue;
            const Strength strength =
                rng() % 3 && !(hardAcyclic && p < c) ? Strength::Hard : Strength::Soft;
            used.insert({c, p});
            plan.dependencies.append({idOf(c), idOf(p), strength, {}});
        }
    }
    return plan;
}

// PRODUCT §3 Cascade, applied plainly: every rule to every node until nothing changes.
std::vector<NodeState> bruteCascade(const GraphSnapshot &g, const std::vector<int> &scenario,
                                    std::vector<std::uint8_t> *lost = nullptr)
{
    const int n = g.nodeCount();
    std::vector<NodeState> state(n, NodeState::Up);
    for (int s : scenario)
        state[s] = NodeState::Down;
    for (bool changed = true; changed;) {
        changed = false;
        for (int c = 0; c < n; ++c) {
            NodeState want = state[c];
            std::vector<int> down(g.groups().size(), 0), notUp(g.groups().size(), 0);
            for (const auto &e : g.edges()) {
                if (e.consumer != c)
                    continue;
                const NodeState p = state[e.provider];
                if (e.kind == GraphSnapshot::EdgeKind::Hard)
                    want = std::max(want, p);
                else if (e.kind == GraphSnapshot::EdgeKind::Soft && p != NodeState::Up)
                    want = std::max(want, NodeState::Degraded);
                else if (e.kind == GraphSnapshot::EdgeKind::Group) {
                    down[e.group] += p == NodeState::Down;
                    notUp[e.group] += p != NodeState::Up;
                }
            }
            for (std::size_t gi = 0; gi < g.groups().size(); ++gi) {
                const auto &grp = g.groups()[gi];
                if (grp.consumer != c)
                    continue;
                if (grp.size - down[gi] < grp.quorum)
                    want = NodeState::Down;
                else if (grp.size - notUp[gi] < grp.quorum)
                    want = std::max(want, NodeState::Degraded);
            }
            if (want > state[c]) {
                state[c] = want;
                changed = true;
            }
        }
    }
    if (lost) {
        lost->assign(n, 0);
        for (std::size_t gi = 0; gi < g.groups().size(); ++gi) {
            const auto &grp = g.groups()[gi];
            int down = 0;
            for (const auto &e : g.edges())
                down += e.kind == GraphSnapshot::EdgeKind::Group && int(gi) == e.group &&
                        state[e.provider] == NodeState::Down;
            if (down > 0 && grp.size - down >= grp.quorum)
                (*lost)[grp.consumer] = 1;
        }
    }
    return state;
}

QString at(qint64 ms)
{
    return isoInstant(ms);
}

// A random change set on a random plan: runbooks as chains of steps, exercises, freezes with
// simple recurrences in UTC, agreed and supplier maintenance windows, changes in every class,
// state and mode with windows in the first month of 2027 on the hour.
void addChangeWorld(std::mt19937 &rng, Plan &plan)
{
    QStringList ids;
    for (const Process &p : plan.processes)
        ids.append(p.id);
    for (const Service &s : plan.services)
        ids.append(s.id);
    auto anyNode = [&] { return ids.at(int(rng() % ids.size())); };
    auto someNodes = [&](int most) {
        QStringList out;
        const int k = int(rng() % most) + 1;
        for (int i = 0; i < k; ++i) {
            const QString id = anyNode();
            if (!out.contains(id))
                out.append(id);
        }
        return out;
    };
    plan.changePolicy.degradedLossFactor = double(rng() % 5) / 4.0;
    plan.changePolicy.minLeadDays = int(rng() % 8);
    for (int r = 0; r < int(rng() % 3); ++r) {
        Runbook rb;
        rb.id = QStringLiteral("rb%1").arg(r);
        rb.title = rb.id;
        rb.service = anyNode();
        for (int s = 0; s < 1 + int(rng() % 3); ++s) {
            RunbookStep step;
            step.id = QStringLiteral("s%1").arg(s);
            step.title = step.id;
            step.durationHours = double(rng() % 3) / 2.0;
            if (s > 0)
                step.waitsFor = {QStringLiteral("s%1").arg(s - 1)};
            rb.steps.append(step);
        }
        plan.runbooks.append(rb);
    }
    for (int e = 0; e < int(rng() % 3); ++e) {
        Exercise x;
        x.id = QStringLiteral("ex%1").arg(e);
        x.title = x.id;
        x.date = QDate(2027, 1, 1).addDays(int(rng() % 20)).toString(Qt::ISODate);
        if (!plan.runbooks.isEmpty() && rng() % 2)
            x.runbooks = {plan.runbooks.at(int(rng() % plan.runbooks.size())).id};
        if (rng() % 2)
            x.services = someNodes(2);
        plan.exercises.append(x);
    }
    static const char *const rules[] = {"", "FREQ=DAILY;COUNT=3", "FREQ=WEEKLY;INTERVAL=2"};
    for (int f = 0; f < int(rng() % 3); ++f) {
        FreezeWindow w;
        w.id = QStringLiteral("fz%1").arg(f);
        w.name = w.id;
        const qint64 start = Base + qint64(rng() % (20 * 24)) * HourMs;
        w.start = at(start);
        w.end = at(start + qint64(1 + rng() % 48) * HourMs);
        w.rrule = QLatin1String(rules[rng() % 3]);
        w.scope = FreezeScope(rng() % 4);
        if (w.scope == FreezeScope::MaxTier)
            w.maxTier = int(rng() % 4);
        if (w.scope == FreezeScope::Nodes)
            w.nodes = someNodes(2);
        if (w.scope == FreezeScope::Sites)
            w.sites = someNodes(1);
        plan.freezes.append(w);
    }
    for (int m = 0; m < int(rng() % 4); ++m) {
        MaintenanceWindow w;
        w.id = QStringLiteral("mw%1").arg(m);
        w.node = anyNode();
        w.kind = rng() % 2 ? MaintenanceKind::Agreed : MaintenanceKind::Supplier;
        w.start = at(Base + qint64(rng() % (20 * 24)) * HourMs);
        w.durationHours = double(1 + rng() % 24);
        w.rrule = QLatin1String(rules[rng() % 3]);
        plan.maintenanceWindows.append(w);
    }
    const int changes = 1 + int(rng() % 6);
    for (int c = 0; c < changes; ++c) {
        Change ch;
        ch.id = QStringLiteral("c%1").arg(c);
        ch.title = ch.id;
        ch.changeClass = ChangeClass(rng() % 3);
        ch.state = ChangeState(rng() % 8);
        ch.mode = rng() % 2 ? ChangeMode::Outage : ChangeMode::Rolling;
        ch.targets = someNodes(3);
        const qint64 start =
            Base + qint64(rng() % (20 * 24)) * HourMs - qint64(rng() % 3) * 200 * DayMs;
        ch.createdAt = at(start - qint64(rng() % 10) * DayMs);
        if (rng() % 6) {
            ch.plannedStart = at(start);
            ch.plannedEnd = at(start + qint64(1 + rng() % 12) * HourMs);
        }
        if (ch.state == ChangeState::Closed) {
            if (rng() % 2)
                ch.actualEnd = at(start + qint64(rng() % 30) * HourMs);
            if (rng() % 2)
                ch.actualStart = at(start);
            ch.outcome = ChangeOutcome(rng() % 4);
            if (rng() % 4 == 0)
                ch.causedIncidents = {QStringLiteral("INC1")};
        }
        if (rng() % 2)
            ch.peerReviewer = QStringLiteral("p");
        if (rng() % 3 == 0)
            ch.backoutPlan = QStringLiteral("undo");
        if (!plan.runbooks.isEmpty() && rng() % 2)
            ch.backoutRunbook = plan.runbooks.at(int(rng() % plan.runbooks.size())).id;
        if (rng() % 2) {
            CabReview cab;
            cab.decision = rng() % 3 ? CabDecision::Approved : CabDecision::Rejected;
            ch.cab = cab;
        }
        plan.changes.append(ch);
    }
    // Some closed changes share targets with the others, for the probability.
    for (int c = 0; c < int(rng() % 6); ++c) {
        Change old = plan.changes.at(int(rng() % plan.changes.size()));
        old.id = QStringLiteral("h%1").arg(c);
        old.state = ChangeState::Closed;
        const qint64 end = Base - qint64(rng() % 400) * DayMs + qint64(rng() % 48) * HourMs;
        old.plannedStart = at(end - HourMs);
        old.plannedEnd = at(end);
        old.actualEnd.reset();
        if (rng() % 2)
            old.actualEnd = at(end + HourMs * qint64(rng() % 3));
        old.outcome = ChangeOutcome(rng() % 4);
        old.causedIncidents.clear();
        if (rng() % 5 == 0)
            old.causedIncidents = {QStringLiteral("INC2")};
        plan.changes.append(old);
    }
    // Incidents in the twelve days before Base, on ten minutes, each node down for minutes to
    // hours,
    // and SLOs over ten rolling days whose budgets are whole minutes (144, 72, 288 or 360), so
    // that some are exhausted (an error-budget freeze) and some nearly (the risk raised).
    for (int i = 0; i < int(rng() % 8); ++i) {
        Incident inc;
        inc.id = QStringLiteral("INC%1").arg(100 + i);
        inc.title = inc.id;
        inc.status = IncidentStatus::Closed;
        qint64 first = Base;
        qint64 last = 0;
        for (int k = 0; k < 1 + int(rng() % 2); ++k) {
            const qint64 from = Base - qint64(1 + rng() % (12 * 24 * 6)) * TenMinutesMs;
            const qint64 to = std::min(Base, from + qint64(1 + rng() % 48) * TenMinutesMs);
            inc.affected.append({anyNode(), AffectedState::Down, at(from), at(to)});
            first = std::min(first, from);
            last = std::max(last, to);
        }
        inc.startedAt = at(first);
        inc.restoredAt = at(last);
        plan.incidents.append(inc);
    }
    static const double objectives[] = {99.0, 99.5, 98.0, 97.5};
    QSet<QString> withSlo;
    for (int i = 0; i < int(rng() % 7); ++i) {
        Slo slo;
        slo.node = anyNode();
        slo.objective = objectives[rng() % 4];
        slo.window = QStringLiteral("10d");
        if (!withSlo.contains(slo.node))
            plan.slos.append(slo);
        withSlo.insert(slo.node);
    }
}

// The times node `v` was down by the cascade of what the incidents list down at each moment
// (product/13-incidents-slos.md "Downtime"), as whole spans between the moments anything listed
// starts or ends.
std::vector<std::pair<qint64, qint64>> bruteDownSpans(const Plan &plan, const GraphSnapshot &g,
                                                      int v)
{
    struct Listed
    {
        int node;
        qint64 from, to;
    };
    std::vector<Listed> listed;
    std::set<qint64> cuts;
    for (const Incident &inc : plan.incidents) {
        for (const AffectedNode &x : inc.affected) {
            const int node = g.indexOf(x.node);
            if (node < 0)
                continue;
            listed.push_back({node, *instantMs(*x.from), *instantMs(*x.to)});
            cuts.insert(listed.back().from);
            cuts.insert(listed.back().to);
        }
    }
    std::vector<std::pair<qint64, qint64>> spans;
    for (auto it = cuts.begin(); it != cuts.end() && std::next(it) != cuts.end(); ++it) {
        const qint64 a = *it;
        const qint64 b = *std::next(it);
        std::vector<int> down;
        for (const Listed &l : listed) {
            if (l.from <= a && b <= l.to &&
                std::find(down.begin(), down.end(), l.node) == down.end())
                down.push_back(l.node);
        }
        if (!down.empty() && bruteCascade(g, down)[v] == NodeState::Down)
            spans.emplace_back(a, b);
    }
    return spans;
}

qint64 bruteMeasure(const std::vector<std::pair<qint64, qint64>> &spans, qint64 from, qint64 to)
{
    qint64 total = 0;
    for (const auto &[a, b] : spans)
        total += std::max<qint64>(0, std::min(b, to) - std::max(a, from));
    return total;
}

// An SLO of the random plans: its node, its budget and window in milliseconds, the node's bad
// spans.
struct BruteSlo
{
    int node;
    QString id;
    qint64 budget;
    qint64 window;
    std::vector<std::pair<qint64, qint64>> bad;
    // 1 − bad time in [t − window, t) / budget.
    double remainingAt(qint64 t) const
    {
        return 1.0 - double(bruteMeasure(bad, t - window, t)) / double(budget);
    }
};

std::vector<BruteSlo> bruteSlos(const Plan &plan, const GraphSnapshot &g)
{
    std::vector<BruteSlo> out;
    for (const Slo &slo : plan.slos) {
        const int v = g.indexOf(slo.node);
        if (v < 0)
            continue;
        const qint64 window = 10 * DayMs;
        const qint64 budget = std::llround((1 - *slo.objective / 100) * double(window));
        out.push_back({v, slo.node, budget, window, bruteDownSpans(plan, g, v)});
    }
    return out;
}

// The occurrences of a window under the simple rules the random plans use, in UTC: the first,
// then three in a row a day apart, or every second week.
std::vector<std::pair<qint64, qint64>> bruteOccurrences(qint64 from, qint64 to, const QString &rule)
{
    std::vector<std::pair<qint64, qint64>> out{{from, to}};
    if (rule == QLatin1String("FREQ=DAILY;COUNT=3")) {
        for (int i = 1; i < 3; ++i)
            out.emplace_back(from + i * DayMs, to + i * DayMs);
    } else if (rule == QLatin1String("FREQ=WEEKLY;INTERVAL=2")) {
        for (int i = 1; i < 60; ++i)
            out.emplace_back(from + i * 14 * DayMs, to + i * 14 * DayMs);
    }
    return out;
}

bool overlaps(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return a0 < b1 && b0 < a1;
}

// The assessment, rule by rule, from the words of product/12-changes.md.
ChangeAssessment bruteAssess(const Plan &plan, const Change &c)
{
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const int n = g.nodeCount();
    ChangeAssessment a;
    a.id = c.id;

    auto radiusOf = [&](const Change &x) {
        std::vector<NodeState> worst(n, NodeState::Up);
        std::vector<int> targets;
        for (const QString &t : x.targets)
            if (g.indexOf(t) >= 0)
                targets.push_back(g.indexOf(t));
        if (targets.empty())
            return worst;
        if (x.mode == ChangeMode::Outage) {
            worst = bruteCascade(g, targets);
        } else {
            for (int t : targets) {
                const std::vector<NodeState> s = bruteCascade(g, {t});
                for (int i = 0; i < n; ++i)
                    worst[i] = std::max(worst[i], s[i]);
            }
        }
        return worst;
    };
    // The tier of a node: a process's effective tier; a service's assigned tier, else the most
    // critical tier of what hard-depends on it, directly or not.
    auto tierOf = [&](int v) {
        if (g.isProcess(v) || g.assignedTier(v) >= 0)
            return g.tier(v);
        std::vector<std::uint8_t> seen(n, 0);
        std::vector<int> stack{v};
        int best = -1;
        while (!stack.empty()) {
            const int x = stack.back();
            stack.pop_back();
            for (const auto &e : g.edges()) {
                if (e.provider != x || e.kind == GraphSnapshot::EdgeKind::Soft || seen[e.consumer])
                    continue;
                seen[e.consumer] = 1;
                stack.push_back(e.consumer);
                const int t = g.tier(e.consumer);
                if (t >= 0 && (best < 0 || t < best))
                    best = t;
            }
        }
        return best;
    };
    const std::vector<NodeState> radius = radiusOf(c);
    std::optional<qint64> start, end;
    if (c.plannedStart && c.plannedEnd) {
        start = instantMs(*c.plannedStart);
        end = instantMs(*c.plannedEnd);
    }
    const double w = start ? double(*end - *start) / HourMs : 0.0;

    double downLoss = 0, degradedLoss = 0;
    for (int v = 0; v < n; ++v) {
        if (radius[v] == NodeState::Down && tierOf(v) >= 0 &&
            (!a.worstTier || tierOf(v) < *a.worstTier))
            a.worstTier = tierOf(v);
        if (g.isProcess(v) && radius[v] == NodeState::Down)
            downLoss += g.lossPerHour(v);
        if (g.isProcess(v) && radius[v] == NodeState::Degraded)
            degradedLoss += g.lossPerHour(v);
    }
    a.windowHours = w;
    a.lossExposure = w * (downLoss + plan.changePolicy.degradedLossFactor * degradedLoss);
    double backout = 0;
    for (const Runbook &rb : plan.runbooks) {
        if (rb.id != c.backoutRunbook)
            continue;
        for (const RunbookStep &s : rb.steps) // a chain: one step after the other
            backout += s.durationHours.value_or(0);
    }
    a.worstOutageHours = w + backout;
    for (const Process &p : plan.processes) {
        const int v = g.indexOf(p.id);
        if (radius[v] == NodeState::Down && p.rtoHours &&
            (!a.headroomHours || *p.rtoHours - a.worstOutageHours < *a.headroomHours))
            a.headroomHours = *p.rtoHours - a.worstOutageHours;
    }
    const int T = a.worstTier.value_or(99);
    a.impact = (T == 0 || (a.headroomHours && *a.headroomHours < 0)) ? 1
               : T == 1                                              ? 2
               : T == 2                                              ? 3
                                                                     : 4;

    const qint64 ref = start ? *start : Base;
    for (const Change &o : plan.changes) {
        if (o.id == c.id || o.state != ChangeState::Closed)
            continue;
        bool shares = false;
        for (const QString &t : o.targets)
            shares = shares || c.targets.contains(t);
        const std::optional<QString> e = o.actualEnd ? o.actualEnd : o.plannedEnd;
        if (!shares || !e)
            continue;
        const qint64 ended = *instantMs(*e);
        if (ended < ref - 365 * DayMs || ended >= ref)
            continue;
        ++a.history;
        if (o.outcome == ChangeOutcome::Unsuccessful || o.outcome == ChangeOutcome::RolledBack ||
            !o.causedIncidents.isEmpty())
            ++a.failures;
    }
    const double p = double(a.failures + 1) / double(a.history + 10);
    QString prob = p >= 0.3   ? QStringLiteral("high")
                   : p >= 0.1 ? QStringLiteral("medium")
                              : QStringLiteral("low");
    if (c.changeClass == ChangeClass::Emergency && prob == QLatin1String("low"))
        prob = QStringLiteral("medium");
    a.probability = prob;
    static const char *const matrix[4][3] = {{"high", "very-high", "very-high"},
                                             {"moderate", "high", "very-high"},
                                             {"low", "moderate", "high"},
                                             {"low", "low", "moderate"}};
    const int col = prob == QLatin1String("low") ? 0 : prob == QLatin1String("medium") ? 1 : 2;
    QString risk = QLatin1String(matrix[a.impact - 1][col]);
    // A target that is a SPOF of a tier-0/1 target: its failure alone takes that target down.
    bool spof = false;
    for (const QString &t : c.targets) {
        const int s = g.indexOf(t);
        if (s < 0)
            continue;
        const std::vector<NodeState> alone = bruteCascade(g, {s});
        for (int v = 0; v < n; ++v) {
            const bool target = g.isProcess(v) ? g.tier(v) >= 0 && g.tier(v) <= 1
                                               : g.assignedTier(v) >= 0 && g.assignedTier(v) <= 1;
            spof = spof || (target && v != s && alone[v] == NodeState::Down);
        }
    }
    if (spof)
        a.raisedBy.append(QStringLiteral("spof"));
    // A node the change takes down whose SLO has less than a quarter of its budget left when
    // the change starts.
    const std::vector<BruteSlo> slos = bruteSlos(plan, g);
    if (start) {
        bool low = false;
        for (const BruteSlo &slo : slos)
            low = low || (radius[slo.node] == NodeState::Down && slo.remainingAt(*start) < 0.25);
        if (low)
            a.raisedBy.append(QStringLiteral("error-budget"));
    }
    static const QStringList order{QStringLiteral("low"), QStringLiteral("moderate"),
                                   QStringLiteral("high"), QStringLiteral("very-high")};
    risk = order.at(std::min(3, int(order.indexOf(risk)) + int(a.raisedBy.size())));
    a.risk = risk;

    // The plan's freezes, and one per SLO exhausted at Base (the moment of the assessment) on
    // its node, from Base until inf{t ≥ Base : bad time before Base in [t − window, t) <
    // budget}. Bad time starts and ends on whole minutes here, so that infimum is the whole
    // minute before the first one at which the budget is no longer used up.
    QList<FreezeWindow> freezes = plan.freezes;
    for (const BruteSlo &slo : slos) {
        if (slo.remainingAt(Base) > 0)
            continue;
        qint64 t = Base;
        while (bruteMeasure(slo.bad, t - slo.window, Base) >= slo.budget)
            t += 60000;
        const qint64 until = t == Base ? Base : t - 60000;
        if (until <= Base)
            continue;
        FreezeWindow f;
        f.id = QStringLiteral("error-budget:") + slo.id;
        f.start = at(Base);
        f.end = at(until);
        f.scope = FreezeScope::Nodes;
        f.nodes = {slo.id};
        freezes.append(f);
    }
    if (start) {
        for (const FreezeWindow &f : std::as_const(freezes)) {
            bool scoped = false;
            for (int v = 0; v < n; ++v) {
                if (radius[v] != NodeState::Down)
                    continue;
                bool in = false;
                switch (f.scope) {
                case FreezeScope::All:
                    in = true;
                    break;
                case FreezeScope::MaxTier:
                    in = tierOf(v) >= 0 && tierOf(v) <= *f.maxTier;
                    break;
                case FreezeScope::Nodes:
                    in = f.nodes.contains(g.id(v));
                    break;
                case FreezeScope::Sites: {
                    // v is a site, or a site is among its transitive hard providers.
                    std::vector<std::uint8_t> seen(n, 0);
                    std::vector<int> stack{v};
                    seen[v] = 1;
                    while (!stack.empty() && !in) {
                        const int x = stack.back();
                        stack.pop_back();
                        in = f.sites.contains(g.id(x));
                        for (const auto &e : g.edges()) {
                            if (e.consumer == x && e.kind != GraphSnapshot::EdgeKind::Soft &&
                                !seen[e.provider]) {
                                seen[e.provider] = 1;
                                stack.push_back(e.provider);
                            }
                        }
                    }
                    break;
                }
                }
                scoped = scoped || in;
            }
            bool hit = false;
            for (const auto &[o0, o1] :
                 bruteOccurrences(*instantMs(f.start), *instantMs(f.end), f.rrule))
                hit = hit || overlaps(o0, o1, *start, *end);
            if (scoped && hit)
                a.blockedBy.append(f.id);
        }
        a.blocked = !a.blockedBy.isEmpty() && c.changeClass != ChangeClass::Emergency;

        for (const Change &o : plan.changes) {
            if (o.id == c.id || !o.isOpen() || !o.plannedStart || !o.plannedEnd)
                continue;
            if (!overlaps(*instantMs(*o.plannedStart), *instantMs(*o.plannedEnd), *start, *end))
                continue;
            const std::vector<NodeState> other = radiusOf(o);
            bool shared = false;
            for (int v = 0; v < n; ++v)
                shared = shared || (other[v] != NodeState::Up && radius[v] != NodeState::Up);
            if (shared)
                a.conflicts.append({QStringLiteral("change"), o.id});
        }
        for (const MaintenanceWindow &m : plan.maintenanceWindows) {
            if (m.kind != MaintenanceKind::Supplier || g.indexOf(m.node) < 0)
                continue;
            const std::vector<NodeState> own = bruteCascade(g, {g.indexOf(m.node)});
            bool shared = false;
            for (int v = 0; v < n; ++v)
                shared = shared || (own[v] != NodeState::Up && radius[v] != NodeState::Up);
            bool hit = false;
            const qint64 m0 = *instantMs(m.start);
            for (const auto &[o0, o1] :
                 bruteOccurrences(m0, m0 + qint64(*m.durationHours * HourMs), m.rrule))
                hit = hit || overlaps(o0, o1, *start, *end);
            if (shared && hit)
                a.conflicts.append({QStringLiteral("supplier-maintenance"), m.id});
        }
        const QDate first = QDateTime::fromMSecsSinceEpoch(*start, QTimeZone::utc()).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(*end - 1, QTimeZone::utc()).date();
        for (const Exercise &e : plan.exercises) {
            const QDate d = QDate::fromString(e.date, Qt::ISODate);
            if (d < first || d > last)
                continue;
            QStringList scope = e.services;
            for (const Runbook &rb : plan.runbooks)
                if (e.runbooks.contains(rb.id))
                    scope.append(rb.service);
            bool hit = false;
            for (const QString &s : scope)
                hit = hit || (g.indexOf(s) >= 0 && radius[g.indexOf(s)] != NodeState::Up);
            if (hit)
                a.conflicts.append({QStringLiteral("exercise"), e.id});
        }
        QStringList targets = c.targets;
        targets.removeDuplicates();
        for (const QString &t : targets) {
            bool agreed = false, inside = false;
            for (const MaintenanceWindow &m : plan.maintenanceWindows) {
                if (m.kind != MaintenanceKind::Agreed || m.node != t)
                    continue;
                agreed = true;
                const qint64 m0 = *instantMs(m.start);
                for (const auto &[o0, o1] :
                     bruteOccurrences(m0, m0 + qint64(*m.durationHours * HourMs), m.rrule))
                    inside = inside || (o0 <= *start && *end <= o1);
            }
            if (agreed && !inside)
                a.conflicts.append({QStringLiteral("outside-maintenance"), t});
        }
        std::sort(a.conflicts.begin(), a.conflicts.end(), [](const auto &x, const auto &y) {
            return std::tie(x.kind, x.with) < std::tie(y.kind, y.with);
        });
        std::sort(a.blockedBy.begin(), a.blockedBy.end());
    }

    bool critical = false;
    for (int v = 0; v < n; ++v)
        critical = critical || (radius[v] != NodeState::Up && tierOf(v) >= 0 && tierOf(v) <= 1);
    if (critical && c.peerReviewer.isEmpty())
        a.missing.append(QStringLiteral("peer-review"));
    if (critical && c.backoutRunbook.isEmpty() && c.backoutPlan.isEmpty())
        a.missing.append(QStringLiteral("backout"));
    if ((risk == QLatin1String("high") || risk == QLatin1String("very-high")) &&
        !(c.cab && c.cab->decision == CabDecision::Approved))
        a.missing.append(QStringLiteral("cab"));
    if (c.changeClass == ChangeClass::Standard && a.impact <= 2)
        a.missing.append(QStringLiteral("standard-not-allowed"));
    if (c.changeClass == ChangeClass::Normal && start &&
        *start - *instantMs(c.createdAt) < qint64(plan.changePolicy.minLeadDays) * DayMs)
        a.missing.append(QStringLiteral("late"));

    for (int v = 0; v < n; ++v)
        if (radius[v] != NodeState::Up)
            a.nodes.emplace_back(v, radius[v]);
    std::sort(a.nodes.begin(), a.nodes.end(),
              [&](const auto &x, const auto &y) { return g.id(x.first) < g.id(y.first); });
    return a;
}

QString describe(const ChangeAssessment &a)
{
    QStringList nodes;
    for (const auto &[v, s] : a.nodes)
        nodes.append(QString::number(v) + QLatin1Char(s == NodeState::Down ? 'D' : 'd'));
    QStringList conflicts;
    for (const ChangeConflict &c : a.conflicts)
        conflicts.append(c.kind + QLatin1Char(':') + c.with);
    return QStringLiteral("impact %1 prob %2 risk %3 blocked %4 [%5] tier %6 loss %7 outage %8 "
                          "headroom %9 nodes [%10] conflicts [%11] missing [%12] hist %13/%14 "
                          "raised [%15]")
        .arg(a.impact)
        .arg(a.probability, a.risk)
        .arg(a.blocked)
        .arg(a.blockedBy.join(QLatin1Char(',')))
        .arg(a.worstTier.value_or(-1))
        .arg(a.lossExposure)
        .arg(a.worstOutageHours)
        .arg(a.headroomHours ? QString::number(*a.headroomHours) : QStringLiteral("-"))
        .arg(nodes.join(QLatin1Char(',')), conflicts.join(QLatin1Char(',')),
             a.missing.join(QLatin1Char(',')))
        .arg(a.history)
        .arg(a.failures)
        .arg(a.raisedBy.join(QLatin1Char(',')));
}

qint64 berlin(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

} // namespace

class tst_Changes : public QObject
{
    Q_OBJECT

private slots:
    void assessmentMatchesBruteForce();
    void recurrenceKeepsWallClockAcrossDst();
    void malformedRulesAreRefused();
    void sampleQuarter();
    void stateMachineRefusesWhatTheRulesForbid();
    void referencesAreChecked();
    void findingsOfTheSample();
    void metricsPerMonth();
};

void tst_Changes::assessmentMatchesBruteForce()
{
    std::mt19937 rng(23);
    int compared = 0;
    int raisedByBudget = 0;
    int frozenByBudget = 0;
    for (int round = 0; round < Rounds; ++round) {
        Plan plan = randomPlan(rng);
        addChangeWorld(rng, plan);
        plan.incidentPolicy.timeZone = QStringLiteral("UTC");
        const ChangeContext context(plan, Base);
        for (const Change &c : std::as_const(plan.changes)) {
            const ChangeAssessment got = context.assess(c);
            const ChangeAssessment want = bruteAssess(plan, c);
            // Sums of the same terms in another order may differ in the last bit.
            QVERIFY2(std::abs(got.lossExposure - want.lossExposure) <=
                         1e-6 * (1 + want.lossExposure),
                     qPrintable(QStringLiteral("round %1 %2").arg(round).arg(c.id)));
            ChangeAssessment same = got;
            same.lossExposure = want.lossExposure;
            QVERIFY2(same == want, qPrintable(QStringLiteral("round %1 %2\n got  %3\n want %4")
                                                  .arg(round)
                                                  .arg(c.id, describe(got), describe(want))));
            ++compared;
            raisedByBudget += want.raisedBy.contains(QLatin1String("error-budget"));
            for (const QString &f : want.blockedBy)
                frozenByBudget += f.startsWith(QLatin1String("error-budget:"));
        }
    }
    QVERIFY(compared > Rounds);
    // The error-budget rules were met, not only passed by.
    QVERIFY2(raisedByBudget > 20, qPrintable(QString::number(raisedByBudget)));
    QVERIFY2(frozenByBudget > 20, qPrintable(QString::number(frozenByBudget)));
}

void tst_Changes::recurrenceKeepsWallClockAcrossDst()
{
    // Sundays 02:30-04:30 in Berlin from 15 March 2026: on 29 March 02:30 does not exist (the
    // clocks jump to 03:00), on 25 October 02:30 happens twice; every other Sunday keeps 02:30.
    const std::vector<Occurrence> weekly =
        occurrences(berlin(2026, 3, 15, 2, 30), berlin(2026, 3, 15, 4, 30),
                    QStringLiteral("FREQ=WEEKLY;BYDAY=SU"), QStringLiteral("Europe/Berlin"),
                    berlin(2026, 3, 1, 0, 0), berlin(2026, 4, 13, 0, 0));
    QCOMPARE(int(weekly.size()), 5);
    QCOMPARE(weekly[0].from, berlin(2026, 3, 15, 2, 30));
    QCOMPARE(weekly[1].from, berlin(2026, 3, 22, 2, 30));
    QCOMPARE(weekly[3].from, berlin(2026, 4, 5, 2, 30));
    QCOMPARE(weekly[3].to - weekly[3].from, 2 * HourMs);
    // In UTC the summer occurrences start an hour earlier: the wall clock is what repeats.
    QCOMPARE(weekly[1].from - weekly[0].from, 7 * DayMs);
    // 02:30 on 29 March does not exist: the occurrence starts when the clocks say 03:30.
    QCOMPARE(weekly[2].from, *instantMs(QStringLiteral("2026-03-29T01:30:00Z")));
    QCOMPARE(weekly[4].from - weekly[0].from, 4 * 7 * DayMs - HourMs);
    // The third Saturday of each month, 01:00 for four hours, across the October change.
    const std::vector<Occurrence> monthly =
        occurrences(berlin(2026, 1, 17, 1, 0), berlin(2026, 1, 17, 5, 0),
                    QStringLiteral("FREQ=MONTHLY;BYDAY=3SA"), QStringLiteral("Europe/Berlin"),
                    berlin(2026, 9, 1, 0, 0), berlin(2026, 12, 31, 0, 0));
    QCOMPARE(int(monthly.size()), 4);
    QCOMPARE(monthly[0].from, berlin(2026, 9, 19, 1, 0));
    QCOMPARE(monthly[1].from, berlin(2026, 10, 17, 1, 0));
    QCOMPARE(monthly[2].from, berlin(2026, 11, 21, 1, 0));
    QCOMPARE(monthly[3].from, berlin(2026, 12, 19, 1, 0));
    QCOMPARE(monthly[2].to - monthly[2].from, 4 * HourMs);
    // COUNT and UNTIL end a series.
    QCOMPARE(int(occurrences(berlin(2026, 1, 1, 0, 0), berlin(2026, 1, 1, 1, 0),
                             QStringLiteral("FREQ=DAILY;COUNT=3"), QStringLiteral("UTC"),
                             berlin(2025, 1, 1, 0, 0), berlin(2027, 1, 1, 0, 0))
                     .size()),
             3);
    QCOMPARE(int(occurrences(berlin(2026, 1, 1, 0, 0), berlin(2026, 1, 1, 1, 0),
                             QStringLiteral("RRULE:FREQ=WEEKLY;UNTIL=20260201T000000Z"),
                             QStringLiteral("Europe/Berlin"), berlin(2025, 1, 1, 0, 0),
                             berlin(2027, 1, 1, 0, 0))
                     .size()),
             5);
}

void tst_Changes::malformedRulesAreRefused()
{
    QVERIFY(!rruleProblem(QStringLiteral("FREQ=WEEKLY;BYDAY=SA")));
    QVERIFY(!rruleProblem(QStringLiteral("FREQ=MONTHLY;BYDAY=3SA;COUNT=12")));
    QVERIFY(rruleProblem(QStringLiteral("FREQ=SOMETIMES")));
    QVERIFY(rruleProblem(QStringLiteral("garbage")));
    QVERIFY(rruleProblem(QStringLiteral("FREQ=MINUTELY")));
    QVERIFY(rruleProblem(QStringLiteral("FREQ=DAILY;INTERVAL=0")));
    FreezeWindow f;
    f.id = QStringLiteral("f");
    f.name = QStringLiteral("Freeze");
    f.start = QStringLiteral("2026-11-20T00:00:00+01:00");
    f.end = QStringLiteral("2026-11-19T00:00:00+01:00");
    f.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=XX");
    f.timeZone = QStringLiteral("Mars/Olympus");
    f.scope = FreezeScope::MaxTier;
    QStringList fields;
    for (const FieldProblem &p : checkFreeze(f))
        fields.append(p.field);
    QCOMPARE(fields, QStringList({QStringLiteral("end"), QStringLiteral("rrule"),
                                  QStringLiteral("timeZone"), QStringLiteral("maxTier")}));
    Change c;
    c.id = QStringLiteral("CHG1");
    c.title = QStringLiteral("x");
    c.createdAt = QStringLiteral("2026-01-01T00:00:00Z");
    c.plannedStart = QStringLiteral("2026-01-02T00:00:00Z");
    c.plannedEnd = QStringLiteral("2026-01-01T23:00:00Z");
    c.release = ReleasePlan{ReleaseStrategy::Canary, {10, 5}, std::nullopt, QString()};
    c.outcome = ChangeOutcome::Successful;
    fields.clear();
    for (const FieldProblem &p : checkChange(c))
        fields.append(p.field);
    QCOMPARE(fields,
             QStringList({QStringLiteral("plannedEnd"), QStringLiteral("release.canarySteps[1]"),
                          QStringLiteral("outcome")}));
}

void tst_Changes::sampleQuarter()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->changes.size() >= 12);
    QVERIFY(plan->freezes.size() >= 1);
    const ChangeContext context(*plan, berlin(2026, 11, 20, 12, 0));
    auto assess = [&](const QString &id) {
        for (const Change &c : plan->changes) {
            if (c.id == id)
                return context.assess(c);
        }
        return ChangeAssessment();
    };
    // The normal change scheduled into the Black Friday freeze is blocked; the emergency change
    // inside it is not, and misses its peer review until it is added.
    const ChangeAssessment blocked = assess(QStringLiteral("CHG0083"));
    QVERIFY(blocked.blocked);
    QVERIFY(blocked.blockedBy.contains(QStringLiteral("freeze-black-friday")));
    const ChangeAssessment emergency = assess(QStringLiteral("CHG0082"));
    QVERIFY(!emergency.blocked);
    QVERIFY(emergency.blockedBy.contains(QStringLiteral("freeze-black-friday")));
    QVERIFY(emergency.missing.contains(QStringLiteral("peer-review")));
    // The certificate rotation on the payments gateway: a standard change with impact 1 and the
    // card network's monthly maintenance the same night.
    const ChangeAssessment standard = assess(QStringLiteral("CHG0089"));
    QCOMPARE(standard.impact, 1);
    QVERIFY(standard.missing.contains(QStringLiteral("standard-not-allowed")));
    QVERIFY(standard.conflicts.contains(
        ChangeConflict{QStringLiteral("supplier-maintenance"), QStringLiteral("mw-cardnet")}));
    // The gateway's history: CHG0078 failed and caused INC0015, CHG0082 went well.
    QCOMPARE(standard.history, 2);
    QCOMPARE(standard.failures, 1);
    // Two changes the same evening both take the gateway down.
    QVERIFY(assess(QStringLiteral("CHG0087"))
                .conflicts.contains(
                    ChangeConflict{QStringLiteral("change"), QStringLiteral("CHG0088")}));
    // The tokenization release lands on the card-network exercise's day.
    QVERIFY(assess(QStringLiteral("CHG0086"))
                .conflicts.contains(ChangeConflict{QStringLiteral("exercise"),
                                                   QStringLiteral("ex-2026-12-cardnet")}));
    // Kafka patching rolls broker by broker inside the agreed Wednesday window: each broker
    // alone is down, the cluster holds.
    const ChangeAssessment kafka = assess(QStringLiteral("CHG0085"));
    QCOMPARE(int(kafka.nodes.size()), 3);
    QVERIFY(kafka.conflicts.isEmpty());
    QVERIFY(!kafka.blocked);
    // The ledger upgrade: two hours plus the failover runbook's critical path.
    QVERIFY(blocked.worstOutageHours > 2.0);
    QVERIFY(blocked.headroomHours.has_value());
}

void tst_Changes::stateMachineRefusesWhatTheRulesForbid()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const ChangeContext context(*plan, berlin(2026, 12, 5, 12, 0));
    Change c;
    for (const Change &x : plan->changes) {
        if (x.id == QLatin1String("CHG0089"))
            c = x;
    }
    c.state = ChangeState::Authorize;
    const ChangeAssessment a = context.assess(c);
    QVERIFY(!moveRefusals(c, ChangeState::Scheduled, a).isEmpty());
    QVERIFY(!moveRefusals(c, ChangeState::Closed, a).isEmpty()); // not a next state
    // The same change as an emergency may be scheduled; its missing controls remain.
    c.changeClass = ChangeClass::Emergency;
    const ChangeAssessment e = context.assess(c);
    QVERIFY(moveRefusals(c, ChangeState::Scheduled, e).isEmpty());
    QVERIFY(!e.missing.isEmpty());
    // With a peer reviewer, a backout and the CAB's approval, a normal change may be scheduled
    // unless a freeze blocks it.
    c.changeClass = ChangeClass::Normal;
    c.peerReviewer = QStringLiteral("julia-meyer");
    c.backoutPlan = QStringLiteral("Reload the previous certificate.");
    c.cab = CabReview{CabDecision::Approved, {QStringLiteral("dana-weber")}, std::nullopt, {}};
    const ChangeAssessment n = context.assess(c);
    QVERIFY2(n.missing.isEmpty(), qPrintable(n.missing.join(QLatin1Char(','))));
    QCOMPARE(moveRefusals(c, ChangeState::Scheduled, n).isEmpty(), !n.blocked);
    c.state = ChangeState::Review;
    QVERIFY(!moveRefusals(c, ChangeState::Closed, n).isEmpty()); // no outcome yet
    c.outcome = ChangeOutcome::Successful;
    QVERIFY(moveRefusals(c, ChangeState::Closed, n).isEmpty());
}

void tst_Changes::referencesAreChecked()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    Plan p = *plan;
    Change c = p.changes.constFirst();
    c.targets.append(QStringLiteral("no-such-node"));
    c.backoutRunbook = QStringLiteral("no-such-runbook");
    c.causedIncidents.append(QStringLiteral("INC9999"));
    const PlanIndex index(p);
    QStringList fields;
    for (const FieldProblem &f : Rules::checkChangeReferences(p, index, c, nullptr))
        fields.append(f.field);
    QVERIFY(fields.contains(QStringLiteral("targets[1]")));
    QVERIFY(fields.contains(QStringLiteral("backoutRunbook")));
    QVERIFY(fields.contains(QStringLiteral("causedIncidents[1]")));
    // What the change already named stays: a record.
    QVERIFY(Rules::checkChangeReferences(p, index, c, &c).isEmpty());
}

void tst_Changes::findingsOfTheSample()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    // A closed change without an outcome, and an open one on the card network that backs out
    // with a runbook no exercise has run by 5 December (its exercise is on the 15th).
    Change closed = plan->changes.constFirst();
    closed.id = QStringLiteral("CHG0100");
    closed.outcome.reset();
    plan->changes.append(closed);
    Change cardnet;
    cardnet.id = QStringLiteral("CHG0101");
    cardnet.title = QStringLiteral("CardNet link re-cabling");
    cardnet.state = ChangeState::Assess;
    cardnet.createdAt = QStringLiteral("2026-12-01T09:00:00Z");
    cardnet.targets = {QStringLiteral("sup-cardnet")};
    cardnet.backoutRunbook = QStringLiteral("rb-cardnet-outage");
    plan->changes.append(cardnet);
    QSet<QString> found;
    for (const Finding &f : changeFindings(*plan, berlin(2026, 12, 5, 12, 0)))
        found.insert(f.kind + QLatin1Char(' ') + f.subject);
    for (const char *want : {"change-blocked CHG0083", "change-conflict CHG0087",
                             "change-missing-controls CHG0082", "change-without-outcome CHG0100",
                             "change-backout-untested CHG0101", "change-breaks-freeze CHG0082"})
        QVERIFY2(found.contains(QLatin1String(want)), want);
    // The normal change the freeze blocks is a blocked change, not one that broke the freeze.
    QVERIFY(!found.contains(QStringLiteral("change-breaks-freeze CHG0083")));
    // The emergency change names the freeze and who approves its exceptions (the role's name).
    for (const Finding &f : changeFindings(*plan, berlin(2026, 12, 5, 12, 0))) {
        if (f.kind == QLatin1String("change-breaks-freeze")) {
            QVERIFY2(f.message.contains(QStringLiteral("Black Friday")), qPrintable(f.message));
            QVERIFY2(!f.message.contains(QStringLiteral("incident-manager")),
                     qPrintable(f.message));
        }
    }
    // The emergency change stops being a finding once its controls are added afterwards.
    for (Change &c : plan->changes) {
        if (c.id == QLatin1String("CHG0082")) {
            c.peerReviewer = QStringLiteral("julia-meyer");
            c.cab =
                CabReview{CabDecision::Approved, {QStringLiteral("dana-weber")}, std::nullopt, {}};
        }
    }
    // Its CAB review approved by a member of the freeze's exception-approver role (the incident
    // manager) records the exception: the broken freeze is no longer a finding.
    for (const Finding &f : changeFindings(*plan, berlin(2026, 12, 5, 12, 0))) {
        QVERIFY(!(f.kind == QLatin1String("change-missing-controls") &&
                  f.subject == QLatin1String("CHG0082")));
        QVERIFY(!(f.kind == QLatin1String("change-breaks-freeze") &&
                  f.subject == QLatin1String("CHG0082")));
    }
    // Approved by someone outside the role, it still is.
    for (Change &c : plan->changes) {
        if (c.id == QLatin1String("CHG0082"))
            c.cab->by = {QStringLiteral("julia-meyer")};
    }
    bool broke = false;
    for (const Finding &f : changeFindings(*plan, berlin(2026, 12, 5, 12, 0)))
        broke = broke || (f.kind == QLatin1String("change-breaks-freeze") &&
                          f.subject == QLatin1String("CHG0082"));
    QVERIFY(broke);
}

void tst_Changes::metricsPerMonth()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QList<ChangeMonth> months = changeMetrics(*plan);
    // January to December 2026, the months without changes included.
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first().month, 1);
    QCOMPARE(months.at(1).total(), 0);
    QVERIFY(!months.at(1).successRate());
    // November: the certificate rotation failed (and caused INC0015), the monitoring upgrade
    // and the emergency fix went well, the ledger upgrade is still scheduled.
    const ChangeMonth &november = months.at(10);
    QCOMPARE(november.total(), 4);
    QCOMPARE(november.standard, 1);
    QCOMPARE(november.emergency, 1);
    QCOMPARE(november.closed, 3);
    QCOMPARE(november.successful, 2);
    QCOMPARE(*november.successRate(), 2.0 / 3.0);
    QCOMPARE(november.emergencyShare(), 0.25);
    QCOMPARE(november.causedIncidents, 1);
    // March: the fraud model rolled back.
    QCOMPARE(*months.at(2).rollbackRate(), 1.0);
    // The median lead time of an even count is the mean of the middle two.
    Plan two = Plan::empty();
    for (int i = 0; i < 2; ++i) {
        Change c;
        c.id = QStringLiteral("c%1").arg(i);
        c.title = c.id;
        c.createdAt = QStringLiteral("2027-01-01T00:00:00Z");
        c.plannedStart =
            i ? QStringLiteral("2027-01-05T00:00:00Z") : QStringLiteral("2027-01-02T00:00:00Z");
        c.plannedEnd =
            i ? QStringLiteral("2027-01-05T01:00:00Z") : QStringLiteral("2027-01-02T01:00:00Z");
        two.changes.append(c);
    }
    QCOMPARE(*changeMetrics(two).first().medianLeadDays, 2.5);
}

QTEST_GUILESS_MAIN(tst_Changes)
#include "tst_changes.moc"
