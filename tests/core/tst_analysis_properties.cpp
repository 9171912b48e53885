// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests: on thousands of seeded random graphs, each optimised analysis agrees with a
// brute-force twin written plainly here, straight from the words of PRODUCT §3.
#include "analysis/Cascade.h"
#include "analysis/Findings.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"

#include <QTest>

#include <tuple>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>

using namespace Continuity;

namespace {

constexpr int Rounds = 3000;

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

std::vector<int> randomScenario(std::mt19937 &rng, int n)
{
    std::vector<int> scenario;
    const int k = 1 + int(rng() % std::min(n, 3));
    for (int i = 0; i < k; ++i)
        scenario.push_back(int(rng() % n));
    return scenario;
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

} // namespace

class tst_AnalysisProperties : public QObject
{
    Q_OBJECT

private slots:
    void cascadeMatchesBruteForce();
    void sweepAgainstTheOrderMatchesBruteForce();
    void causesLeadBackToTheScenario();
    void spofMatchesCascadePerNode();
    void recoveryMatchesRelaxation();
    void recoveryByRankMatchesEventLoop();
    void bigRecoveriesAgree();
    void requiredTiersMatchSearch();
};

void tst_AnalysisProperties::cascadeMatchesBruteForce()
{
    std::mt19937 rng(1);
    for (int round = 0; round < Rounds; ++round) {
        const GraphSnapshot g = GraphSnapshot::fromPlan(randomPlan(rng));
        const std::vector<int> scenario = randomScenario(rng, g.nodeCount());
        std::vector<std::uint8_t> lost;
        const std::vector<NodeState> expected = bruteCascade(g, scenario, &lost);
        const CascadeResult r = runCascade(g, scenario);
        QVERIFY2(r.state == expected, qPrintable(QStringLiteral("round %1").arg(round)));
        QVERIFY2(r.redundancyLost == lost, qPrintable(QStringLiteral("round %1").arg(round)));
        double loss = 0;
        for (int v = 0; v < g.processCount(); ++v)
            loss += expected[v] == NodeState::Down ? g.lossPerHour(v) : 0;
        QCOMPARE(r.lossPerHour, loss);
        // Without causes the propagation sweeps by rank (GraphSnapshot::rankOf): the same.
        CascadeOptions lean;
        lean.causes = false;
        for (const bool hardAcyclic : {false, true}) {
            const GraphSnapshot h =
                hardAcyclic ? GraphSnapshot::fromPlan(randomPlan(rng, true)) : g;
            const std::vector<int> s = hardAcyclic ? randomScenario(rng, h.nodeCount()) : scenario;
            const std::vector<NodeState> want = bruteCascade(h, s, &lost);
            const CascadeResult swept = runCascade(h, s, lean);
            const QString where = QStringLiteral("round %1 (%2)").arg(round).arg(hardAcyclic);
            QVERIFY2(swept.state == want, qPrintable(where));
            QVERIFY2(swept.redundancyLost == lost, qPrintable(where));
            std::vector<int> affected = swept.affected;
            std::sort(affected.begin(), affected.end());
            std::vector<int> notUp;
            for (int v = 0; v < h.nodeCount(); ++v) {
                if (want[v] != NodeState::Up)
                    notUp.push_back(v);
            }
            QVERIFY2(affected == notUp, qPrintable(where));
            QCOMPARE(swept.causeStart.size(), swept.affected.size() + 1);
            if (hardAcyclic)
                QVERIFY2(h.waitsAcyclic(), qPrintable(where));
        }
    }
}

// A failure that runs against the rank order again and again: rings of hard dependencies,
// each entered from the previous one behind the point where the ranking broke into it. The
// sweeps give way to first-in-first-out after a few; the result is still the fixed point.
void tst_AnalysisProperties::sweepAgainstTheOrderMatchesBruteForce()
{
    Plan plan = Plan::empty();
    constexpr int Rings = 12;
    constexpr int Size = 70; // more than one word of the sweep's bit set per ring
    auto id = [](int ring, int i) { return QStringLiteral("r%1-%2").arg(ring).arg(i); };
    for (int ring = 0; ring < Rings; ++ring) {
        for (int i = 0; i < Size; ++i) {
            Service s;
            s.id = s.name = id(ring, i);
            plan.services.append(s);
        }
        for (int i = 0; i < Size; ++i) // r-(i+1) depends on r-i, r-0 on the last
            plan.dependencies.append({id(ring, (i + 1) % Size), id(ring, i), Strength::Hard, {}});
        if (ring > 0) // entered at 3 from the previous ring's 2
            plan.dependencies.append({id(ring, 3), id(ring - 1, 2), Strength::Hard, {}});
    }
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    QVERIFY(!g.waitsAcyclic());
    CascadeOptions lean;
    lean.causes = false;
    const std::vector<int> scenario{g.indexOf(id(0, 3))};
    const CascadeResult r = runCascade(g, scenario, lean);
    QVERIFY(r.state == bruteCascade(g, scenario));
    QCOMPARE(int(r.affected.size()), Rings * Size);
    QVERIFY(std::all_of(r.state.begin(), r.state.end(),
                        [](NodeState s) { return s == NodeState::Down; }));
}

void tst_AnalysisProperties::causesLeadBackToTheScenario()
{
    std::mt19937 rng(2);
    for (int round = 0; round < Rounds; ++round) {
        const GraphSnapshot g = GraphSnapshot::fromPlan(randomPlan(rng));
        const CascadeResult r = runCascade(g, randomScenario(rng, g.nodeCount()));
        std::vector<int> slot(g.nodeCount(), -1);
        for (std::size_t i = 0; i < r.affected.size(); ++i)
            slot[r.affected[i]] = int(i);
        std::vector<std::uint8_t> inScenario(g.nodeCount(), 0);
        for (int s : r.scenario)
            inScenario[s] = 1;
        for (std::size_t i = 0; i < r.affected.size(); ++i) {
            const int node = r.affected[i];
            if (inScenario[node])
                continue;
            QVERIFY(!r.causes(i).empty());
            // Following first causes reaches the scenario without repeating a node.
            std::set<int> seen;
            int v = node;
            while (!inScenario[v]) {
                QVERIFY2(seen.insert(v).second, "causes go round a cycle");
                QVERIFY(slot[v] >= 0 && !r.causes(slot[v]).empty());
                v = r.causes(slot[v]).front();
            }
        }
    }
}

void tst_AnalysisProperties::spofMatchesCascadePerNode()
{
    std::mt19937 rng(3);
    for (int round = 0; round < Rounds; ++round) {
        const GraphSnapshot g = GraphSnapshot::fromPlan(randomPlan(rng));
        std::vector<int> targets;
        for (int v = 0; v < g.nodeCount(); ++v)
            targets.push_back(v);
        const SpofResult r = findSpofs(g, targets);
        QCOMPARE(int(r.targets.size()), g.nodeCount());
        for (const SpofTarget &t : r.targets) {
            std::vector<int> expected;
            for (int n = 0; n < g.nodeCount(); ++n) {
                if (n != t.node && bruteCascade(g, {n})[t.node] == NodeState::Down)
                    expected.push_back(n);
            }
            QVERIFY2(t.spofs == expected,
                     qPrintable(QStringLiteral("round %1 target %2").arg(round).arg(g.id(t.node))));
        }
    }
}

void tst_AnalysisProperties::recoveryMatchesRelaxation()
{
    std::mt19937 rng(4);
    const double inf = std::numeric_limits<double>::infinity();
    for (int round = 0; round < Rounds; ++round) {
        const GraphSnapshot g = GraphSnapshot::fromPlan(randomPlan(rng));
        const std::vector<int> scenario = randomScenario(rng, g.nodeCount());
        const std::vector<NodeState> state = bruteCascade(g, scenario);
        const int n = g.nodeCount();
        // PRODUCT §3 Recovery by plain relaxation from "never": a node's start is the latest
        // ready time among down hard providers and, per group, the k-th smallest ready time
        // (providers that are not down are ready at 0). Values only come down; what stays
        // at infinity is blocked.
        std::vector<double> ready(n, 0);
        for (int v = 0; v < n; ++v)
            ready[v] = state[v] == NodeState::Down ? inf : 0;
        for (int iteration = 0; iteration <= n + 1; ++iteration) {
            for (int v = 0; v < n; ++v) {
                if (state[v] != NodeState::Down)
                    continue;
                double start = 0;
                std::vector<std::vector<double>> groupTimes(g.groups().size());
                for (const auto &e : g.edges()) {
                    if (e.consumer != v)
                        continue;
                    if (e.kind == GraphSnapshot::EdgeKind::Hard)
                        start = std::max(start, ready[e.provider]);
                    else if (e.kind == GraphSnapshot::EdgeKind::Group)
                        groupTimes[e.group].push_back(ready[e.provider]);
                }
                for (std::size_t gi = 0; gi < groupTimes.size(); ++gi) {
                    if (g.groups()[gi].consumer != v || groupTimes[gi].empty())
                        continue;
                    std::sort(groupTimes[gi].begin(), groupTimes[gi].end());
                    start = std::max(start, groupTimes[gi][g.groups()[gi].quorum - 1]);
                }
                ready[v] = start + g.recoveryHours(v);
            }
        }
        const RecoveryResult r = runRecovery(g, scenario);
        int down = 0;
        for (int v = 0; v < n; ++v)
            down += state[v] == NodeState::Down;
        QCOMPARE(int(r.nodes.size()), down);
        for (const RecoveryNode &node : r.nodes) {
            const QString where =
                QStringLiteral("round %1 node %2").arg(round).arg(g.id(node.node));
            if (std::isinf(ready[node.node])) {
                QVERIFY2(node.isBlocked(), qPrintable(where));
                QVERIFY2(!node.blockedBy.empty(), qPrintable(where));
                for (int c : r.blockingNodes(node))
                    QVERIFY2(std::isinf(ready[c]), qPrintable(where));
            } else {
                QVERIFY2(!node.isBlocked(), qPrintable(where));
                QVERIFY2(std::abs(node.readyHours - ready[node.node]) < 1e-9, qPrintable(where));
                QVERIFY(node.wave >= 0);
            }
        }
        // Listed by ready time, then wave, then node; the blocked ones last, by node.
        for (std::size_t i = 1; i < r.nodes.size(); ++i) {
            const RecoveryNode &a = r.nodes[i - 1];
            const RecoveryNode &b = r.nodes[i];
            const bool ordered = a.isBlocked()   ? b.isBlocked() && a.node < b.node
                                 : b.isBlocked() ? true
                                                 : std::tie(a.readyHours, a.wave, a.node) <
                                                       std::tie(b.readyHours, b.wave, b.node);
            QVERIFY2(ordered, qPrintable(QStringLiteral("round %1 position %2").arg(round).arg(i)));
        }
        // Without the cascade's causes (as analyze recovery runs it) the recovery is the same.
        const RecoveryResult lean = runRecovery(g, scenario, false);
        QCOMPARE(lean.nodes.size(), r.nodes.size());
        for (std::size_t i = 0; i < r.nodes.size(); ++i) {
            QCOMPARE(lean.nodes[i].node, r.nodes[i].node);
            QCOMPARE(lean.nodes[i].wave, r.nodes[i].wave);
            QCOMPARE(lean.blockingNodes(lean.nodes[i]), r.blockingNodes(r.nodes[i]));
        }
    }
}

// Where hard and grouped dependencies have no cycle, recovery is computed in one pass by rank;
// the event loop, which also handles cycles, must agree on every node, time, wave and order.
void tst_AnalysisProperties::recoveryByRankMatchesEventLoop()
{
    std::mt19937 rng(6);
    int compared = 0;
    for (int round = 0; round < Rounds; ++round) {
        const GraphSnapshot g = GraphSnapshot::fromPlan(randomPlan(rng, round % 4 != 0));
        const std::vector<int> scenario = randomScenario(rng, g.nodeCount());
        for (const bool causes : {true, false}) {
            const RecoveryResult byRank = runRecovery(g, scenario, causes);
            const RecoveryResult events = runRecovery(g, scenario, causes, RecoveryMethod::Events);
            const QString where = QStringLiteral("round %1").arg(round);
            QVERIFY2(byRank.nodes.size() == events.nodes.size(), qPrintable(where));
            for (std::size_t i = 0; i < events.nodes.size(); ++i) {
                QVERIFY2(byRank.nodes[i].node == events.nodes[i].node, qPrintable(where));
                QVERIFY2(byRank.nodes[i].wave == events.nodes[i].wave, qPrintable(where));
                QVERIFY2(byRank.blockingNodes(byRank.nodes[i]) ==
                             events.blockingNodes(events.nodes[i]),
                         qPrintable(where));
                const double a = byRank.nodes[i].readyHours;
                const double b = events.nodes[i].readyHours;
                QVERIFY2(a == b || (std::isnan(a) && std::isnan(b)), qPrintable(where));
            }
            QVERIFY2(byRank.cascade.state == events.cascade.state, qPrintable(where));
        }
        compared += g.waitsAcyclic();
    }
    // Most rounds took the one-pass way (the rest compared the event loop with itself).
    QVERIFY(compared > Rounds / 2);
}

// Thousands of down nodes with few distinct ready times: both methods sort by radix here (the
// event loop its buckets, the one-pass method its result), and still agree.
void tst_AnalysisProperties::bigRecoveriesAgree()
{
    std::mt19937 rng(7);
    Plan plan = Plan::empty();
    constexpr int N = 4000;
    for (int i = 0; i < N; ++i) {
        Service s;
        s.id = s.name = QStringLiteral("s%1").arg(i);
        s.recoveryHours = i % 2 ? 1.0 : double(rng() % 4);
        plan.services.append(s);
        // Every other one waits on the first alone (a crowd ready at one time), the rest on up
        // to three below them.
        std::set<unsigned> providers;
        for (int k = 0; i > 0 && k < 3; ++k)
            providers.insert(i % 2 ? 0u : rng() % unsigned(i));
        for (unsigned p : providers)
            plan.dependencies.append({s.id, QStringLiteral("s%1").arg(p), Strength::Hard, {}});
    }
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    QVERIFY(g.waitsAcyclic());
    const RecoveryResult byRank = runRecovery(g, {0}, false);
    const RecoveryResult events = runRecovery(g, {0}, false, RecoveryMethod::Events);
    QCOMPARE(int(byRank.nodes.size()), N);
    QCOMPARE(events.nodes.size(), byRank.nodes.size());
    for (std::size_t i = 0; i < byRank.nodes.size(); ++i) {
        QCOMPARE(byRank.nodes[i].node, events.nodes[i].node);
        QCOMPARE(byRank.nodes[i].wave, events.nodes[i].wave);
        QCOMPARE(byRank.nodes[i].readyHours, events.nodes[i].readyHours);
        if (i > 0)
            QVERIFY(std::tie(byRank.nodes[i - 1].readyHours, byRank.nodes[i - 1].wave,
                             byRank.nodes[i - 1].node) < std::tie(byRank.nodes[i].readyHours,
                                                                  byRank.nodes[i].wave,
                                                                  byRank.nodes[i].node));
    }
}

void tst_AnalysisProperties::requiredTiersMatchSearch()
{
    std::mt19937 rng(5);
    for (int round = 0; round < Rounds; ++round) {
        const Plan plan = randomPlan(rng);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        const TierAnalysis r = analyzeTiers(g, plan.tierPolicy);
        for (int v = 0; v < g.nodeCount(); ++v) {
            // Everything that hard-depends on v, directly or not: a search up the hard edges.
            std::vector<std::uint8_t> seen(g.nodeCount(), 0);
            std::vector<int> stack{v};
            int best = -1;
            double bestRto = std::numeric_limits<double>::infinity();
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                for (const auto &e : g.edges()) {
                    if (e.provider != x || e.kind == GraphSnapshot::EdgeKind::Soft ||
                        seen[e.consumer])
                        continue;
                    seen[e.consumer] = 1;
                    stack.push_back(e.consumer);
                    const int tier = g.tier(e.consumer);
                    if (tier >= 0 && (best < 0 || tier < best))
                        best = tier;
                    if (!std::isnan(g.rtoHours(e.consumer)))
                        bestRto = std::min(bestRto, g.rtoHours(e.consumer));
                }
            }
            QVERIFY2(r.requiredTier[v] == best,
                     qPrintable(QStringLiteral("round %1 node %2").arg(round).arg(g.id(v))));
            QCOMPARE(r.minRtoAbove[v], bestRto);
        }
    }
}

QTEST_GUILESS_MAIN(tst_AnalysisProperties)
#include "tst_analysis_properties.moc"
