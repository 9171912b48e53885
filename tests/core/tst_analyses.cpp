// SPDX-License-Identifier: GPL-3.0-or-later
// Data-driven tables of small named graphs for every analysis (PRODUCT §3), each row a graph
// written in the GraphSpec notation and the expected result in a compact summary.
#include "analysis/Cascade.h"
#include "analysis/Findings.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "GraphSpec.h"

#include <QTest>

#include <cmath>

using namespace Continuity;

namespace {

std::vector<int> nodes(const GraphSnapshot &g, const QString &list)
{
    std::vector<int> result;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int node = g.indexOf(id.trimmed());
        Q_ASSERT_X(node >= 0, "nodes", qPrintable(id));
        result.push_back(node);
    }
    return result;
}

QString idList(const GraphSnapshot &g, std::span<const int> list)
{
    QStringList ids;
    for (int node : list)
        ids.append(g.id(node));
    ids.sort();
    return ids.join(QLatin1Char(','));
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

// "down=a,b degraded=c lost=d loss=100 causes=a<x;b<y,z"
QString cascadeSummary(const GraphSnapshot &g, const CascadeResult &r)
{
    std::vector<int> down, degraded, lost;
    QStringList causes;
    for (std::size_t i = 0; i < r.affected.size(); ++i) {
        const int node = r.affected[i];
        (r.state[node] == NodeState::Down ? down : degraded).push_back(node);
        if (!r.causes(i).empty())
            causes.append(g.id(node) + QLatin1Char('<') + idList(g, r.causes(i)));
    }
    for (int node = 0; node < g.nodeCount(); ++node) {
        if (r.redundancyLost[node])
            lost.push_back(node);
    }
    causes.sort();
    QStringList parts{QStringLiteral("down=") + idList(g, down),
                      QStringLiteral("degraded=") + idList(g, degraded)};
    if (!lost.empty())
        parts.append(QStringLiteral("lost=") + idList(g, lost));
    if (r.lossPerHour > 0)
        parts.append(QStringLiteral("loss=") + number(r.lossPerHour));
    parts.append(QStringLiteral("causes=") + causes.join(QLatin1Char(';')));
    return parts.join(QLatin1Char(' '));
}

// "a=0/w0 b=2/w1 c=blocked(x,y)" in id order
QString recoverySummary(const GraphSnapshot &g, const RecoveryResult &r)
{
    QStringList parts;
    for (const RecoveryNode &n : r.nodes) {
        if (n.isBlocked())
            parts.append(g.id(n.node) + QStringLiteral("=blocked(") +
                         idList(g, r.blockingNodes(n)) + QLatin1Char(')'));
        else
            parts.append(g.id(n.node) + QLatin1Char('=') + number(n.readyHours) +
                         QStringLiteral("/w") + QString::number(n.wave));
    }
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_Analyses : public QObject
{
    Q_OBJECT

private slots:
    void cascade_data();
    void cascade();
    void recovery_data();
    void recovery();
    void spof_data();
    void spof();
    void tiers_data();
    void tiers();
    void checkFindsCyclesAndGroups();
    void aRingIsOneCycleOnce();
    void aSpofFindingNamesItsMostCriticalFew();
};

void tst_Analyses::cascade_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chain") << "a>b b>c"
                           << "c"
                           << "down=a,b,c degraded= causes=a<b;b<c";
    QTest::newRow("chain, middle fails") << "a>b b>c"
                                         << "b"
                                         << "down=a,b degraded= causes=a<b";
    QTest::newRow("diamond") << "a>b a>c b>d c>d"
                             << "d"
                             << "down=a,b,c,d degraded= causes=a<b,c;b<d;c<d";
    QTest::newRow("soft degrades") << "a~b"
                                   << "b"
                                   << "down=b degraded=a causes=a<b";
    QTest::newRow("degraded passes on through hard") << "x>a a~b"
                                                     << "b"
                                                     << "down=b degraded=a,x causes=a<b;x<a";
    QTest::newRow("degraded does not pass through soft twice as down")
        << "x~a a~b"
        << "b"
        << "down=b degraded=a,x causes=a<b;x<a";
    QTest::newRow("1 of 2, one down: redundancy lost") << "a>b@g/1 a>c@g/1"
                                                       << "b"
                                                       << "down=b degraded= lost=a causes=";
    QTest::newRow("1 of 2, both down") << "a>b@g/1 a>c@g/1"
                                       << "b,c"
                                       << "down=a,b,c degraded= causes=a<b,c";
    QTest::newRow("2 of 3, one down") << "a>b@g/2 a>c@g/2 a>d@g/2"
                                      << "b"
                                      << "down=b degraded= lost=a causes=";
    QTest::newRow("2 of 3, two down") << "a>b@g/2 a>c@g/2 a>d@g/2"
                                      << "b,c"
                                      << "down=a,b,c degraded= causes=a<b,c";
    QTest::newRow("degraded quorum: 1 of 2 with one degraded, one down")
        << "a>b@g/1 a>c@g/1 c~x"
        << "b,x"
        << "down=b,x degraded=a,c lost=a causes=a<b,c;c<x";
    QTest::newRow("degraded quorum: 2 of 2 with one degraded")
        << "a>b@g/2 a>c@g/2 c~x"
        << "x"
        << "down=x degraded=a,c causes=a<c;c<x";
    QTest::newRow("group plus hard") << "a>b@g/1 a>c@g/1 a>d"
                                     << "d"
                                     << "down=a,d degraded= causes=a<d";
    QTest::newRow("cycle without failure stays up") << "a>b b>a c>d"
                                                    << "d"
                                                    << "down=c,d degraded= causes=c<d";
    QTest::newRow("cycle with failure goes down") << "a>b b>a b>c"
                                                  << "c"
                                                  << "down=a,b,c degraded= causes=a<b;b<c";
    QTest::newRow("disconnected parts") << "a>b c>d"
                                        << "b"
                                        << "down=a,b degraded= causes=a<b";
    QTest::newRow("process loss counted") << "p[P loss=100] q[P loss=50] p>s q~s"
                                          << "s"
                                          << "down=p,s degraded=q loss=100 causes=p<s;q<s";
    QTest::newRow("site failure")
        << "app>vm1@c/1 app>vm2@c/1 vm1>dc1 vm2>dc2 db>dc1 app>db"
        << "dc1"
        << "down=app,db,dc1,vm1 degraded= lost=app causes=app<db;db<dc1;vm1<dc1";
    QTest::newRow("several failures") << "a>b a>c"
                                      << "b,c"
                                      << "down=a,b,c degraded= causes=a<b,c";
}

void tst_Analyses::cascade()
{
    QFETCH(QString, graph);
    QFETCH(QString, fail);
    QFETCH(QString, expected);
    const GraphSnapshot g = GraphSnapshot::fromPlan(TestSupport::graphPlan(graph));
    QCOMPARE(cascadeSummary(g, runCascade(g, nodes(g, fail))), expected);
}

void tst_Analyses::recovery_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chain") << "a[r=1] b[r=2] c[r=3] a>b b>c"
                           << "c"
                           << "a=6/w2 b=5/w1 c=3/w0";
    QTest::newRow("parallel providers, latest wins") << "a[r=1] b[r=2] c[r=5] a>b a>c"
                                                     << "b,c"
                                                     << "a=6/w1 b=2/w0 c=5/w0";
    QTest::newRow("1 of 2 group: first ready") << "a[r=1] b[r=2] c[r=5] a>b@g/1 a>c@g/1"
                                               << "b,c"
                                               << "a=3/w1 b=2/w0 c=5/w0";
    QTest::newRow("2 of 3 group: second ready")
        << "a[r=1] b[r=2] c[r=5] d[r=9] a>b@g/2 a>c@g/2 a>d@g/2"
        << "b,c,d"
        << "a=6/w1 b=2/w0 c=5/w0 d=9/w0";
    QTest::newRow("group with a live member: no wait") << "a[r=1] b[r=2] a>b@g/1 a>c@g/1 a>x"
                                                       << "b,x"
                                                       << "a=1/w1 b=2/w0 x=0/w0";
    QTest::newRow("soft dependencies are not waited for") << "a[r=1] b[r=4] a~b c>b"
                                                          << "b"
                                                          << "b=4/w0 c=4/w1";
    QTest::newRow("cycle blocks") << "a[r=1] b[r=1] a>b b>a a>c"
                                  << "c"
                                  << "a=blocked(a,b) b=blocked(a,b) c=0/w0";
    QTest::newRow("waiting on a cycle is blocked")
        << "x>a a>b b>a a>c"
        << "c"
        << "a=blocked(a,b) b=blocked(a,b) c=0/w0 x=blocked(a,b)";
    QTest::newRow("process recovers in zero by default") << "p[P] p>s s[r=2]"
                                                         << "s"
                                                         << "p=2/w1 s=2/w0";
    QTest::newRow("failed node waits on failed provider") << "a[r=1] b[r=2] a>b"
                                                          << "a,b"
                                                          << "a=3/w1 b=2/w0";
    QTest::newRow("waves count hops, not hours") << "a[r=1] b[r=10] c[r=1] d[r=1] a>b a>d d>c"
                                                 << "b,c"
                                                 << "a=11/w2 b=10/w0 c=1/w0 d=2/w1";
}

void tst_Analyses::recovery()
{
    QFETCH(QString, graph);
    QFETCH(QString, fail);
    QFETCH(QString, expected);
    const GraphSnapshot g = GraphSnapshot::fromPlan(TestSupport::graphPlan(graph));
    QCOMPARE(recoverySummary(g, runRecovery(g, nodes(g, fail))), expected);
}

void tst_Analyses::spof_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chain") << "a>b b>c"
                           << "a"
                           << "a:b,c";
    QTest::newRow("redundant pair is no spof") << "a>b@g/1 a>c@g/1 b>d c>e"
                                               << "a"
                                               << "a:";
    QTest::newRow("shared provider under a pair") << "a>b@g/1 a>c@g/1 b>d c>d"
                                                  << "a"
                                                  << "a:d";
    QTest::newRow("2 of 3 survives one") << "a>b@g/2 a>c@g/2 a>d@g/2"
                                         << "a"
                                         << "a:";
    QTest::newRow("soft is never a spof") << "a~b a>c"
                                          << "a"
                                          << "a:c";
    QTest::newRow("process target") << "p[P t=0] p>s s>dc"
                                    << "p"
                                    << "p:dc,s";
    QTest::newRow("cycle members down each other") << "a>b b>a"
                                                   << "a,b"
                                                   << "a:b b:a";
}

void tst_Analyses::spof()
{
    QFETCH(QString, graph);
    QFETCH(QString, targets);
    QFETCH(QString, expected);
    const GraphSnapshot g = GraphSnapshot::fromPlan(TestSupport::graphPlan(graph));
    const SpofResult r = findSpofs(g, nodes(g, targets));
    QStringList parts;
    for (const SpofTarget &t : r.targets)
        parts.append(g.id(t.node) + QLatin1Char(':') + idList(g, t.spofs));
    QCOMPARE(parts.join(QLatin1Char(' ')), expected);
}

void tst_Analyses::tiers_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("expected"); // required tiers, then finding kinds:subjects

    QTest::newRow("process passes its tier down") << "p[P t=0] p>a a>b"
                                                  << "a=0 b=0 p=- | missing-tier:a missing-tier:b";
    QTest::newRow("soft passes nothing") << "p[P t=0] p~a a[t=3]"
                                         << "a=- p=- |";
    QTest::newRow("grouped passes the tier") << "p[P t=1] p>a@g/1 p>b@g/1 a[t=1] b[t=2]"
                                             << "a=1 b=1 p=- | tier-inversion:b";
    QTest::newRow("most critical wins") << "p[P t=2] q[P t=0] p>a q>a a[t=0]"
                                        << "a=0 p=- q=- |";
    QTest::newRow("service tiers pass down") << "a[t=1] a>b b[t=2]"
                                             << "a=- b=1 | tier-inversion:b";
    QTest::newRow("rto inversion") << "a[rto=1 t=0] a>b b[rto=4 t=0]"
                                   << "a=- b=0 | rto-inversion:b";
    QTest::newRow("rto inversion through a chain") << "a[rto=1 t=0] a>b b>c c[rto=2 t=0] b[t=0]"
                                                   << "a=- b=0 c=0 | rto-inversion:c";
    QTest::newRow("rpo inversion on data stores only")
        << "a[rpo=0 t=0] a>db a>app db[ds rpo=1 t=0 sync] app[rpo=4 t=0]"
        << "a=- app=0 db=0 | rpo-inversion:db";
    QTest::newRow("derived process tier") << "p[P rto=1] p>a a[t=3 rto=1]"
                                          << "a=3 p=- |";
}

void tst_Analyses::tiers()
{
    QFETCH(QString, graph);
    QFETCH(QString, expected);
    const Plan plan = TestSupport::graphPlan(graph);
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    TierPolicy policy = plan.tierPolicy;
    policy.regulatory.clear();
    const TierAnalysis r = analyzeTiers(g, policy);
    QStringList required;
    for (int node = 0; node < g.nodeCount(); ++node)
        required.append(g.id(node) + QLatin1Char('=') +
                        (r.requiredTier[node] < 0 ? QStringLiteral("-")
                                                  : QString::number(r.requiredTier[node])));
    required.sort();
    QStringList findings;
    for (const Finding &f : r.findings) {
        if (f.kind != QLatin1String("rpo-not-achievable"))
            findings.append(f.kind + QLatin1Char(':') + f.subject);
        QVERIFY(!f.message.isEmpty());
    }
    findings.sort();
    const QString actual =
        required.join(QLatin1Char(' ')) + QStringLiteral(" | ") + findings.join(QLatin1Char(' '));
    QCOMPARE(actual.trimmed(), expected);
}

void tst_Analyses::checkFindsCyclesAndGroups()
{
    Plan plan = TestSupport::graphPlan(QStringLiteral("p[P t=0 rto=1] p>a a>b b>a a>c@g/2 c[t=0]"));
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const std::vector<Finding> findings = checkPlan(g, plan.tierPolicy);
    QStringList kinds;
    for (const Finding &f : findings)
        kinds.append(f.kind + QLatin1Char(':') + f.subject);
    QVERIFY2(kinds.contains(QStringLiteral("cycle:a")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY2(kinds.contains(QStringLiteral("quorum-exceeds-group:a")),
             qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY2(kinds.contains(QStringLiteral("spof:b")), qPrintable(kinds.join(QLatin1Char(' '))));
    // Errors come first.
    QVERIFY(findings.front().severity == Severity::Error);
}

// PRODUCT §3 Recovery: every node of a failed ring of hard dependencies is blocked by the one
// cycle, which is kept once (linear memory), and a chain hanging off it waits on it too.
void tst_Analyses::aRingIsOneCycleOnce()
{
    Plan plan = Plan::empty();
    const int ring = 5000;
    for (int i = 0; i < ring + 3; ++i) {
        Service s;
        s.id = QStringLiteral("n%1").arg(i);
        s.name = s.id;
        s.recoveryHours = 1;
        plan.services.append(s);
    }
    for (int i = 0; i < ring; ++i)
        plan.dependencies.append(
            {plan.services.at(i).id, plan.services.at((i + 1) % ring).id, Strength::Hard, {}});
    // n5000 → n5001 → n5002 → n0: a chain that needs the ring.
    for (int i = ring; i < ring + 3; ++i)
        plan.dependencies.append({plan.services.at(i).id,
                                  plan.services.at(i + 1 < ring + 3 ? i + 1 : 0).id,
                                  Strength::Hard,
                                  {}});
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const RecoveryResult r = runRecovery(graph, {graph.indexOf(QStringLiteral("n0"))});
    QCOMPARE(int(r.nodes.size()), ring + 3);
    QCOMPARE(int(r.cycles.size()), 1);
    QCOMPARE(int(r.cycles.front().size()), ring);
    for (const RecoveryNode &n : r.nodes) {
        QVERIFY(n.isBlocked());
        QCOMPARE(n.blockedBy, std::vector<int>{0});
    }
    std::size_t total = 0;
    QCOMPARE(int(r.blockingNodes(r.nodes.front(), 8, &total).size()), 8);
    QCOMPARE(int(total), ring);
}

QTEST_GUILESS_MAIN(tst_Analyses)
#include "tst_analyses.moc"

// A node that takes down many targets on its own: the finding says how many and names the most
// critical five (tier 0 before tier 1), and "related" holds those five with the total beside.
void tst_Analyses::aSpofFindingNamesItsMostCriticalFew()
{
    QString spec;
    for (int i = 0; i < 12; ++i) {
        spec += QStringLiteral(" p%1[P t=%2 rto=1] p%1>hub")
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(i % 3 == 0 ? 0 : 1);
    }
    Plan plan = TestSupport::graphPlan(spec);
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const std::vector<Finding> findings = checkPlan(g, plan.tierPolicy);
    const auto hub = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.kind == QLatin1String("spof") && f.subject == QLatin1String("hub");
    });
    QVERIFY(hub != findings.end());
    QCOMPARE(hub->relatedTotal, 12);
    // The four tier 0 targets first, then the first tier 1 one by id.
    QCOMPARE(hub->related,
             (QStringList{QStringLiteral("p00"), QStringLiteral("p03"), QStringLiteral("p06"),
                          QStringLiteral("p09"), QStringLiteral("p01")}));
    QVERIFY2(hub->message.contains(QStringLiteral("12 targets")), qPrintable(hub->message));
    QVERIFY2(!hub->message.contains(QStringLiteral("p02")), qPrintable(hub->message));
    QVERIFY(hub->severity == Severity::Warning);
}
