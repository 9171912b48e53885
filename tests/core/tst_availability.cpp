// SPDX-License-Identifier: GPL-3.0-or-later
// Predicted availability and double points of failure (product/13-incidents-slos.md) against
// brute-force twins written plainly here: every combination of failures enumerated with the
// cascade's rules applied until nothing changes, on seeded random plans with groups, soft
// dependencies and cycles.
#include "analysis/Availability.h"
#include "domain/Plan.h"

#include <QTest>

#include <numeric>
#include <random>
#include <set>

using namespace Continuity;

namespace {

Plan randomPlan(std::mt19937 &rng, int maxNodes)
{
    Plan plan = Plan::empty();
    const int n = 1 + int(rng() % maxNodes);
    for (int i = 0; i < n; ++i) {
        Service s;
        s.id = s.name = QStringLiteral("n%1").arg(i);
        plan.services.append(s);
    }
    auto id = [](int i) { return QStringLiteral("n%1").arg(i); };
    std::set<std::pair<int, int>> used;
    for (int c = 0; c < n; ++c) {
        if (rng() % 3 == 0) {
            std::vector<int> members;
            for (int m = 0; m < 3; ++m) {
                const int p = int(rng() % n);
                if (p != c && !used.count({c, p})) {
                    used.insert({c, p});
                    members.push_back(p);
                }
            }
            if (!members.empty()) {
                plan.groups.append({id(c), QStringLiteral("g"), 1 + int(rng() % members.size())});
                for (int p : members)
                    plan.dependencies.append({id(c), id(p), Strength::Hard, QStringLiteral("g")});
            }
        }
        for (int k = int(rng() % 3); k > 0; --k) {
            const int p = int(rng() % n);
            if (p == c || used.count({c, p}))
                continue;
            used.insert({c, p});
            plan.dependencies.append(
                {id(c), id(p), rng() % 3 ? Strength::Hard : Strength::Soft, {}});
        }
    }
    return plan;
}

// Whether each node is down when the nodes in `failed` fail, by the cascade's hard and group
// rules (soft dependencies never make a node down), applied until nothing changes.
std::vector<bool> bruteDown(const GraphSnapshot &g, const std::vector<bool> &failed)
{
    std::vector<bool> down = failed;
    for (bool changed = true; changed;) {
        changed = false;
        for (int c = 0; c < g.nodeCount(); ++c) {
            if (down[c])
                continue;
            bool now = false;
            std::vector<int> groupDown(g.groups().size(), 0);
            for (const auto &e : g.edges()) {
                if (e.consumer != c)
                    continue;
                if (e.kind == GraphSnapshot::EdgeKind::Hard && down[e.provider])
                    now = true;
                if (e.kind == GraphSnapshot::EdgeKind::Group && down[e.provider])
                    ++groupDown[e.group];
            }
            for (std::size_t gi = 0; gi < g.groups().size(); ++gi) {
                const auto &grp = g.groups()[gi];
                if (grp.consumer == c && grp.size - groupDown[gi] < grp.quorum)
                    now = true;
            }
            if (now) {
                down[c] = true;
                changed = true;
            }
        }
    }
    return down;
}

} // namespace

class tst_Availability : public QObject
{
    Q_OBJECT

private slots:
    void compositeAgreesWithEnumeration();
    void aSharedProviderCountsOnce();
    void monteCarloHoldsItsInterval();
    void ownAvailabilityFromEnteredAndMeasured();
    void doublePointsOfFailureAgreeWithBruteForce();
};

void tst_Availability::compositeAgreesWithEnumeration()
{
    std::mt19937 rng(7);
    int trees = 0;
    for (int round = 0; round < 400; ++round) {
        const Plan plan = randomPlan(rng, 9);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        const int n = g.nodeCount();
        std::vector<double> own(n);
        for (double &a : own)
            a = rng() % 3 == 0 ? 1.0 : 0.5 + double(rng() % 500) / 1000.0;
        // Every combination of the n nodes failing, weighed by its chance.
        std::vector<double> up(n, 0.0);
        for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
            std::vector<bool> failed(n);
            double weight = 1;
            for (int i = 0; i < n; ++i) {
                failed[i] = mask >> i & 1;
                weight *= failed[i] ? 1 - own[i] : own[i];
            }
            if (weight == 0)
                continue;
            const std::vector<bool> down = bruteDown(g, failed);
            for (int i = 0; i < n; ++i)
                up[i] += down[i] ? 0 : weight;
        }
        for (int node = 0; node < n; ++node) {
            const CompositeAvailability byEnumeration = compositeAvailability(g, own, node);
            QVERIFY(byEnumeration.method == AvailabilityMethod::Exact);
            QVERIFY2(qAbs(byEnumeration.composite - up[node]) < 1e-9,
                     qPrintable(QStringLiteral("round %1 node %2: %3, expected %4")
                                    .arg(round)
                                    .arg(node)
                                    .arg(byEnumeration.composite, 0, 'g', 12)
                                    .arg(up[node], 0, 'g', 12)));
            // Without enumeration: the tree recursion where the cone is a tree.
            AvailabilityOptions noEnumeration;
            noEnumeration.enumerationBudget = 0;
            noEnumeration.samples = 1 << 14;
            const CompositeAvailability other = compositeAvailability(g, own, node, noEnumeration);
            if (other.method == AvailabilityMethod::Exact) {
                ++trees;
                QVERIFY2(qAbs(other.composite - up[node]) < 1e-9,
                         qPrintable(QStringLiteral("round %1 node %2 (tree): %3, expected %4")
                                        .arg(round)
                                        .arg(node)
                                        .arg(other.composite)
                                        .arg(up[node])));
            }
        }
    }
    QVERIFY(trees > 100); // the recursion was compared, not only the enumeration
}

void tst_Availability::aSharedProviderCountsOnce()
{
    // x needs a and b in a 1-of-2 group; both need the same database d. Multiplying along the
    // paths would count d twice; the exact answer counts it once.
    Plan plan = Plan::empty();
    for (const char *id : {"x", "a", "b", "d"}) {
        Service s;
        s.id = s.name = QLatin1String(id);
        plan.services.append(s);
    }
    plan.groups.append({QStringLiteral("x"), QStringLiteral("g"), 1});
    plan.dependencies.append(
        {QStringLiteral("x"), QStringLiteral("a"), Strength::Hard, QStringLiteral("g")});
    plan.dependencies.append(
        {QStringLiteral("x"), QStringLiteral("b"), Strength::Hard, QStringLiteral("g")});
    plan.dependencies.append({QStringLiteral("a"), QStringLiteral("d"), Strength::Hard, {}});
    plan.dependencies.append({QStringLiteral("b"), QStringLiteral("d"), Strength::Hard, {}});
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    std::vector<double> own(4, 1.0);
    own[g.indexOf(QStringLiteral("a"))] = 0.9;
    own[g.indexOf(QStringLiteral("b"))] = 0.9;
    own[g.indexOf(QStringLiteral("d"))] = 0.99;
    const CompositeAvailability r = compositeAvailability(g, own, g.indexOf(QStringLiteral("x")));
    // d up (0.99) and not both a and b down (1 - 0.01).
    QVERIFY(qAbs(r.composite - 0.99 * 0.99) < 1e-12);
    QVERIFY(r.method == AvailabilityMethod::Exact);
    QCOMPARE(r.downtimeHoursPerYear(), (1 - r.composite) * 8760);
}

void tst_Availability::monteCarloHoldsItsInterval()
{
    // A plan too big to enumerate and not a tree: Monte Carlo with its 95 % interval around the
    // truth, which the enumeration of a smaller twin of the same shape gives.
    std::mt19937 rng(11);
    int inside = 0;
    int rounds = 0;
    for (int round = 0; round < 60; ++round) {
        const Plan plan = randomPlan(rng, 10);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        std::vector<double> own(g.nodeCount());
        for (double &a : own)
            a = 0.8 + double(rng() % 200) / 1000.0;
        for (int node = 0; node < g.nodeCount(); ++node) {
            const CompositeAvailability exact = compositeAvailability(g, own, node);
            AvailabilityOptions mc;
            mc.enumerationBudget = 0;
            mc.samples = 1 << 16;
            mc.seed = std::uint64_t(round);
            const CompositeAvailability estimate = compositeAvailability(g, own, node, mc);
            if (estimate.method != AvailabilityMethod::MonteCarlo)
                continue;
            ++rounds;
            QVERIFY(estimate.low <= estimate.composite && estimate.composite <= estimate.high);
            inside += exact.composite >= estimate.low && exact.composite <= estimate.high;
        }
    }
    QVERIFY(rounds > 50);
    // A 95 % interval holds the truth about 95 times in 100.
    QVERIFY2(inside >= rounds * 88 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(inside).arg(rounds)));

    // Many nodes at once, sharing one run over the whole graph: exact where one node alone is,
    // each estimate's interval around the truth as often.
    int sharedInside = 0;
    int shared = 0;
    for (int round = 0; round < 60; ++round) {
        const Plan plan = randomPlan(rng, 10);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        std::vector<double> own(g.nodeCount());
        for (double &a : own)
            a = 0.8 + double(rng() % 200) / 1000.0;
        std::vector<int> all(g.nodeCount());
        std::iota(all.begin(), all.end(), 0);
        AvailabilityOptions mc;
        mc.enumerationBudget = 0;
        mc.samples = 1 << 16;
        mc.seed = std::uint64_t(round) + 1000;
        const std::vector<CompositeAvailability> many = compositeAvailabilities(g, own, all, mc);
        QCOMPARE(many.size(), all.size());
        for (int node = 0; node < g.nodeCount(); ++node) {
            const CompositeAvailability exact = compositeAvailability(g, own, node);
            QCOMPARE(many[std::size_t(node)].node, node);
            if (many[std::size_t(node)].method == AvailabilityMethod::Exact) {
                QVERIFY(qAbs(many[std::size_t(node)].composite - exact.composite) < 1e-9);
                continue;
            }
            ++shared;
            sharedInside += exact.composite >= many[std::size_t(node)].low &&
                            exact.composite <= many[std::size_t(node)].high;
        }
    }
    QVERIFY(shared > 50);
    QVERIFY2(sharedInside >= shared * 88 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(sharedInside).arg(shared)));
}

void tst_Availability::ownAvailabilityFromEnteredAndMeasured()
{
    Plan plan = Plan::empty();
    Service entered;
    entered.id = entered.name = QStringLiteral("entered");
    entered.mtbfHours = 999;
    entered.mttrHours = 1;
    Service measured;
    measured.id = measured.name = QStringLiteral("measured");
    Service quiet;
    quiet.id = quiet.name = QStringLiteral("quiet");
    plan.services = {entered, measured, quiet};
    // Two outages of one hour each in a 1,000-hour period.
    for (int i = 0; i < 2; ++i) {
        Incident incident;
        incident.id = incident.title = QStringLiteral("INC%1").arg(i);
        incident.startedAt = QStringLiteral("2026-01-0%1T10:00:00Z").arg(i + 2);
        incident.restoredAt = QStringLiteral("2026-01-0%1T11:00:00Z").arg(i + 2);
        incident.affected.append({QStringLiteral("measured"), AffectedState::Down, {}, {}});
        plan.incidents.append(incident);
    }
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const qint64 from = *instantMs(QStringLiteral("2026-01-01T00:00:00Z"));
    const qint64 to = from + qint64(1000) * 3600 * 1000;
    const Downtime d = Downtime::compute(g, plan.incidents, to);
    const std::vector<OwnAvailability> own = ownAvailability(plan, g, d, {from, to});
    const OwnAvailability &e = own[std::size_t(g.indexOf(QStringLiteral("entered")))];
    QVERIFY(e.source == OwnAvailability::Source::Entered);
    QCOMPARE(e.availability, 0.999);
    const OwnAvailability &m = own[std::size_t(g.indexOf(QStringLiteral("measured")))];
    QVERIFY(m.source == OwnAvailability::Source::Measured);
    QCOMPARE(m.episodes, 2);
    QCOMPARE(m.mttrHours, 1.0);
    QCOMPARE(m.mtbfHours, 499.0);
    QCOMPARE(m.availability, 499.0 / 500.0);
    const OwnAvailability &q = own[std::size_t(g.indexOf(QStringLiteral("quiet")))];
    QVERIFY(q.source == OwnAvailability::Source::NoData);
    QCOMPARE(q.availability, 1.0);
}

void tst_Availability::doublePointsOfFailureAgreeWithBruteForce()
{
    std::mt19937 rng(3);
    int found = 0;
    for (int round = 0; round < 500; ++round) {
        const Plan plan = randomPlan(rng, 10);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        const int n = g.nodeCount();
        for (int t = 0; t < n; ++t) {
            auto downWith = [&](std::initializer_list<int> nodes) -> bool {
                std::vector<bool> failed(n);
                for (int x : nodes)
                    failed[x] = true;
                return bruteDown(g, failed)[t];
            };
            std::vector<std::pair<int, int>> expected;
            for (int a = 0; a < n; ++a) {
                for (int b = a + 1; b < n; ++b) {
                    if (a != t && b != t && !downWith({a}) && !downWith({b}) && downWith({a, b}))
                        expected.push_back({a, b});
                }
            }
            const auto got = doublePointsOfFailure(g, t);
            found += int(got.size());
            QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1 target %2: %3 pairs, "
                                                                "expected %4")
                                                     .arg(round)
                                                     .arg(t)
                                                     .arg(got.size())
                                                     .arg(expected.size())));
        }
    }
    QVERIFY(found > 50);
}

QTEST_GUILESS_MAIN(tst_Availability)
#include "tst_availability.moc"
