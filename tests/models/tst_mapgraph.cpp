// SPDX-License-Identifier: GPL-3.0-or-later
// What the dependency map shows for a plan and a filter, and the Graphviz layout behind it.
#include "GraphSpec.h"
#include "layout/GraphvizLayout.h"
#include "map/MapGraph.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRectF>
#include <QStandardPaths>
#include <QTest>

using namespace Continuity;
using TestSupport::graphPlan;

class tst_MapGraph : public QObject
{
    Q_OBJECT

private slots:
    void everythingByDefault();
    void hiddenKindsLeaveImpliedEdges();
    void neighbourhood();
    void siteFilterKeepsWhatDependsOnTheSite();
    void tierFilter();
    void collapseSite();
    void collapseGroup();
    void dotLayersProcessesAboveSites();
    void sfdpPlacesEveryNode();
    void layoutCanBeCancelled();
    void dotTextIsWhatGraphvizToolsRead();
};

static void setKind(Plan &plan, const QString &id, ServiceKind kind)
{
    for (Service &s : plan.services) {
        if (s.id == id)
            s.kind = kind;
    }
}

static QStringList ids(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

static QStringList edgeList(const MapGraph &g)
{
    QStringList out;
    for (const MapGraph::Edge &e : g.edges)
        out.append(e.from + (e.implied ? QStringLiteral("⇢") : QStringLiteral("→")) + e.to);
    out.sort();
    return out;
}

static QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

void tst_MapGraph::everythingByDefault()
{
    const Plan plan = graphPlan(QStringLiteral("p[P] p>a a>b@g/1 a>c@g/1 a~d"));
    const MapGraph g = buildMapGraph(plan, {});
    QCOMPARE(sorted(g.shown), ids("a b c d p"));
    QCOMPARE(edgeList(g), ids("a→b a→c a→d p→a"));
    for (const MapGraph::Edge &e : g.edges) {
        if (e.to == QLatin1String("b"))
            QCOMPARE(e.group, QStringLiteral("g"));
        if (e.to == QLatin1String("d"))
            QVERIFY(e.strength == Strength::Soft);
    }
}

void tst_MapGraph::hiddenKindsLeaveImpliedEdges()
{
    // p → app → vm → site, and p → app → db directly; hiding infrastructure must leave
    // app ⇢ site, never suggesting that app does not need the site.
    Plan plan = graphPlan(QStringLiteral("p[P] p>app app>vm vm>dc app>db db>dc"));
    setKind(plan, QStringLiteral("vm"), ServiceKind::Infrastructure);
    setKind(plan, QStringLiteral("dc"), ServiceKind::Site);
    setKind(plan, QStringLiteral("db"), ServiceKind::DataStore);
    MapFilter filter;
    filter.hiddenKinds = {QStringLiteral("infrastructure")};
    MapGraph g = buildMapGraph(plan, filter);
    QCOMPARE(sorted(g.shown), ids("app db dc p"));
    QCOMPARE(edgeList(g), ids("app→db app⇢dc db→dc p→app"));

    // Hiding applications too: the process reaches the database and the site through them.
    filter.hiddenKinds.insert(QStringLiteral("application"));
    g = buildMapGraph(plan, filter);
    QCOMPARE(edgeList(g), ids("db→dc p⇢db p⇢dc"));
}

void tst_MapGraph::neighbourhood()
{
    const Plan plan = graphPlan(QStringLiteral("a>b b>c c>d d>e x>c"));
    MapFilter filter;
    filter.focus = {QStringLiteral("c")};
    filter.hops = 1;
    QCOMPARE(sorted(buildMapGraph(plan, filter).shown), ids("b c d x"));
    filter.hops = 2;
    // Up two (b, a, x) and down two (d, e); not sideways through a shared provider.
    QCOMPARE(sorted(buildMapGraph(plan, filter).shown), ids("a b c d e x"));
    filter.focus = {QStringLiteral("x")};
    filter.hops = 1;
    QCOMPARE(sorted(buildMapGraph(plan, filter).shown), ids("c x"));
}

void tst_MapGraph::siteFilterKeepsWhatDependsOnTheSite()
{
    Plan plan = graphPlan(QStringLiteral("p[P] p>app app>vm vm>s1 q[P] q>other other>s2"));
    setKind(plan, QStringLiteral("s1"), ServiceKind::Site);
    setKind(plan, QStringLiteral("s2"), ServiceKind::Site);
    MapFilter filter;
    filter.site = QStringLiteral("s1");
    QCOMPARE(sorted(buildMapGraph(plan, filter).shown), ids("app p s1 vm"));
}

void tst_MapGraph::tierFilter()
{
    const Plan plan = graphPlan(QStringLiteral("a[t=0] b[t=2] a>b b>c"));
    MapFilter filter;
    filter.hiddenTiers = {MapFilter::UntieredTier, 2};
    const MapGraph g = buildMapGraph(plan, filter);
    QCOMPARE(sorted(g.shown), ids("a"));
    QVERIFY(g.edges.isEmpty());
    QCOMPARE(mapTiers(plan).value(QStringLiteral("c")), MapFilter::UntieredTier);
}

void tst_MapGraph::collapseSite()
{
    Plan plan = graphPlan(QStringLiteral("p[P] p>x p>y x>s w>s y>t p>s"));
    setKind(plan, QStringLiteral("s"), ServiceKind::Site);
    setKind(plan, QStringLiteral("t"), ServiceKind::Site);
    MapFilter filter;
    filter.collapsedSites = {QStringLiteral("s")};
    const MapGraph g = buildMapGraph(plan, filter);
    QCOMPARE(g.collapsed.size(), 1);
    QCOMPARE(g.collapsed.constFirst().key, QStringLiteral("site:s"));
    // The site and the services that depend on it directly; the process stays outside.
    QCOMPARE(g.collapsed.constFirst().members, ids("s x w"));
    QVERIFY(g.collapsed.constFirst().label.contains(QLatin1String("site, 3 node")));
    QCOMPARE(sorted(g.shown), ids("p t y"));
    // p → x and p → s merge into one edge; internal edges disappear.
    QCOMPARE(edgeList(g), ids("p→site:s p→y y→t"));
}

void tst_MapGraph::collapseGroup()
{
    const Plan plan = graphPlan(QStringLiteral("p>a a>b@g/1 a>c@g/1 b>z c>z"));
    MapFilter filter;
    filter.collapsedGroups = {MapGraph::groupKey(QStringLiteral("a"), QStringLiteral("g"))};
    const MapGraph g = buildMapGraph(plan, filter);
    QCOMPARE(g.collapsed.size(), 1);
    QCOMPARE(g.collapsed.constFirst().label, QStringLiteral("g: 1 of 2"));
    QCOMPARE(edgeList(g), ids("a→group:a/g group:a/g→z p→a"));
    for (const MapGraph::Edge &e : g.edges)
        QVERIFY2(e.group.isEmpty(), qPrintable(e.from + e.to)); // the node is the group now
}

static LayoutRequest requestFor(const Plan &plan, LayoutEngine engine)
{
    LayoutRequest request;
    request.engine = engine;
    QHash<QString, int> index;
    for (const Process &p : plan.processes) {
        index.insert(p.id, int(request.nodes.size()));
        request.nodes.append({QSizeF(150, 44), LayoutRank::Top, {}});
    }
    for (const Service &s : plan.services) {
        index.insert(s.id, int(request.nodes.size()));
        const bool bottom = s.kind == ServiceKind::Site || s.kind == ServiceKind::Supplier;
        request.nodes.append(
            {QSizeF(150, 44), bottom ? LayoutRank::Bottom : LayoutRank::Middle, {}});
    }
    for (const Dependency &d : plan.dependencies)
        request.edges.append({index.value(d.consumer), index.value(d.provider)});
    return request;
}

void tst_MapGraph::dotLayersProcessesAboveSites()
{
    // The site is listed first and has a consumer that is a process: dot must still put every
    // process above every service and the site below everything else.
    Plan plan = graphPlan(QStringLiteral("q[P] q>dc p[P] p>app app>db db>dc app>cache"));
    setKind(plan, QStringLiteral("dc"), ServiceKind::Site);
    const LayoutRequest request = requestFor(plan, LayoutEngine::Dot);
    const LayoutResult result = runGraphvizLayout(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.centres.size(), request.nodes.size());
    QList<QRectF> boxes;
    double lowestProcess = -1e9;
    double highestMiddle = 1e9;
    double lowestMiddle = -1e9;
    double site = 0;
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const QPointF c = result.centres.at(i);
        boxes.append(QRectF(c - QPointF(75, 22), QSizeF(150, 44)));
        switch (request.nodes.at(i).rank) {
        case LayoutRank::Top:
            lowestProcess = std::max(lowestProcess, c.y());
            break;
        case LayoutRank::Middle:
            highestMiddle = std::min(highestMiddle, c.y());
            lowestMiddle = std::max(lowestMiddle, c.y());
            break;
        case LayoutRank::Bottom:
            site = c.y();
            break;
        }
    }
    QVERIFY(lowestProcess < highestMiddle); // y grows downwards
    QVERIFY(lowestMiddle < site);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(QString::number(i)));
    }
}

void tst_MapGraph::sfdpPlacesEveryNode()
{
    LayoutRequest request;
    request.engine = LayoutEngine::Sfdp;
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i)
        request.nodes.append({QSizeF(150, 44), LayoutRank::Middle, {}});
    for (int i = 1; i < 300; ++i)
        request.edges.append({i, int(random.bounded(i))});
    const LayoutResult result = runGraphvizLayout(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.centres.size(), 300);
    QSet<QPair<qint64, qint64>> distinct;
    for (const QPointF &c : result.centres) {
        QVERIFY(std::isfinite(c.x()) && std::isfinite(c.y()));
        distinct.insert({qRound64(c.x()), qRound64(c.y())});
    }
    QCOMPARE(distinct.size(), 300);
}

void tst_MapGraph::layoutCanBeCancelled()
{
    LayoutRequest request;
    request.nodes.append({QSizeF(10, 10), LayoutRank::Middle, {}});
    std::atomic_bool cancel = true;
    const LayoutResult result = runGraphvizLayout(request, &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(result.centres.isEmpty());
}

void tst_MapGraph::dotTextIsWhatGraphvizToolsRead()
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    Plan plan = graphPlan(QStringLiteral("p[P] p>app app>db db>dc app>cache"));
    setKind(plan, QStringLiteral("dc"), ServiceKind::Site);
    LayoutRequest request = requestFor(plan, LayoutEngine::Dot);
    request.nodes[2].cluster = QStringLiteral("dc");
    request.nodes[3].cluster = QStringLiteral("dc");
    QProcess process;
    process.start(dot, {QStringLiteral("-Tplain")});
    process.write(layoutRequestToDot(request));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray plain = process.readAllStandardOutput();
    QCOMPARE(plain.count("\nnode "), request.nodes.size());
}

QTEST_GUILESS_MAIN(tst_MapGraph)
#include "tst_mapgraph.moc"
