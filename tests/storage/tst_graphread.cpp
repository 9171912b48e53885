// SPDX-License-Identifier: GPL-3.0-or-later
// The graph an analysis reads straight from the plan file (PlanSql::loadGraph) is the graph of
// the plan a full load gives: on the sample and the small plan, through SQLite's own interface
// and through the QtSql fallback; and a file the full load refuses for a value the graph holds
// is refused by the graph read too (docs/decisions/graph-read.md).
#include "analysis/GraphSnapshot.h"
#include "domain/Plan.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_GraphRead : public QObject
{
    Q_OBJECT

private slots:
    void sameGraphAsTheFullLoad_data();
    void sameGraphAsTheFullLoad();
    void refusesWhatTheGraphCannotHold_data();
    void refusesWhatTheGraphCannotHold();
    void theCheckReadsThePlanBesideItsGraph_data();
    void theCheckReadsThePlanBesideItsGraph();
    void theCheckRefusesWhatTheFullLoadRefuses();

private:
    QString write(const QString &name, const Plan &plan)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!TestSupport::createPlanFile(path, plan, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    QTemporaryDir m_dir;
};

void tst_GraphRead::sameGraphAsTheFullLoad_data()
{
    QTest::addColumn<bool>("native");
    QTest::addColumn<bool>("sample");
    QTest::newRow("sample, SQLite's interface") << true << true;
    QTest::newRow("small, SQLite's interface") << true << false;
    QTest::newRow("sample, QtSql fallback") << false << true;
    QTest::newRow("small, QtSql fallback") << false << false;
}

void tst_GraphRead::sameGraphAsTheFullLoad()
{
    QFETCH(bool, native);
    QFETCH(bool, sample);
    QString error;
    const std::optional<Plan> plan = sample ? samplePlan(&error) : TestSupport::smallPlan();
    QVERIFY2(plan, qPrintable(error));
    const QString path = write(QStringLiteral("%1-%2.continuity").arg(sample).arg(native), *plan);
    PlanSql::setNativeBulkWritesForTesting(native);
    const auto restore = qScopeGuard([] { PlanSql::setNativeBulkWritesForTesting(std::nullopt); });
    const std::optional<GraphSnapshot> graph = TestSupport::loadGraph(path, &error);
    QVERIFY2(graph, qPrintable(error));
    const GraphSnapshot expected = GraphSnapshot::fromPlan(TestSupport::loadPlanFile(path));
    QVERIFY(expected.nodeCount() > 5 && !expected.edges().empty() && !expected.groups().empty());
    const QString difference = TestSupport::graphDifference(*graph, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_GraphRead::refusesWhatTheGraphCannotHold_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tier 7") << QStringLiteral("UPDATE services SET tier = 7")
                            << QStringLiteral("tier");
    QTest::newRow("absurd RTO") << QStringLiteral("UPDATE services SET rto_hours = 1e300")
                                << QStringLiteral("rtoHours");
    QTest::newRow("negative recovery") << QStringLiteral("UPDATE processes SET recovery_hours = -1")
                                       << QStringLiteral("recoveryHours");
    QTest::newRow("unknown kind") << QStringLiteral("UPDATE services SET kind = 'robot'")
                                  << QStringLiteral("kind");
    QTest::newRow("unknown strength")
        << QStringLiteral("UPDATE dependencies SET strength = 'x'") << QStringLiteral("strength");
    QTest::newRow("dependency on nothing")
        << QStringLiteral("UPDATE dependencies SET provider = 999999 WHERE (consumer, provider) "
                          "IN (SELECT consumer, provider FROM dependencies LIMIT 1)")
        << QStringLiteral("not in the plan|provider is required");
    QTest::newRow("self dependency")
        << QStringLiteral("UPDATE dependencies SET provider = consumer WHERE (consumer, provider) "
                          "IN (SELECT consumer, provider FROM dependencies LIMIT 1)")
        << QStringLiteral("itself");
    QTest::newRow("group it does not have")
        << QStringLiteral("UPDATE dependencies SET group_name = 'nowhere' WHERE group_name IS "
                          "NOT NULL")
        << QStringLiteral("redundancy group");
    QTest::newRow("quorum 0") << QStringLiteral("UPDATE redundancy_groups SET quorum = 0")
                              << QStringLiteral("quorum");
    QTest::newRow("rating beyond the horizons")
        << QStringLiteral("UPDATE bia_ratings SET horizon = 99 WHERE (process, category, "
                          "horizon) IN (SELECT process, category, horizon FROM bia_ratings "
                          "LIMIT 1)")
        << QStringLiteral("time horizon");
    QTest::newRow("service without a node") << QStringLiteral("DELETE FROM nodes WHERE id = 'dc1'")
                                            << QStringLiteral("without a node|id must be");
}

void tst_GraphRead::refusesWhatTheGraphCannotHold()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    const QString path = write(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') +
                                   QStringLiteral(".continuity"),
                               TestSupport::smallPlan());
    QString why;
    QVERIFY2(TestSupport::writeUnchecked(path, statement, &why) > 0, qPrintable(statement + why));
    for (const bool native : {true, false}) {
        PlanSql::setNativeBulkWritesForTesting(native);
        QString error;
        const std::optional<GraphSnapshot> graph = TestSupport::loadGraph(path, &error);
        PlanSql::setNativeBulkWritesForTesting(std::nullopt);
        QVERIFY2(!graph, qPrintable(statement));
        // The words of either reader: its own, or the full load's (the QtSql fallback).
        const QStringList words = expected.split(u'|');
        QVERIFY2(std::any_of(words.cbegin(), words.cend(),
                             [&](const QString &w) { return error.contains(w); }),
                 qPrintable(error));
        QVERIFY2(error.size() < 2000, qPrintable(error));
        // What `check` reads (the plan beside its graph) refuses it as well.
        PlanSql::setNativeBulkWritesForTesting(native);
        Plan plan;
        GraphSnapshot both;
        QString checkError;
        const bool read = TestSupport::loadWithGraph(path, &plan, &both, &checkError);
        PlanSql::setNativeBulkWritesForTesting(std::nullopt);
        QVERIFY2(!read, qPrintable(statement));
        QVERIFY2(std::any_of(words.cbegin(), words.cend(),
                             [&](const QString &w) { return checkError.contains(w); }),
                 qPrintable(checkError));
    }
}

void tst_GraphRead::theCheckReadsThePlanBesideItsGraph_data()
{
    sameGraphAsTheFullLoad_data();
}

void tst_GraphRead::theCheckReadsThePlanBesideItsGraph()
{
    QFETCH(bool, native);
    QFETCH(bool, sample);
    QString error;
    const std::optional<Plan> original = sample ? samplePlan(&error) : TestSupport::smallPlan();
    QVERIFY2(original, qPrintable(error));
    const QString path =
        write(QStringLiteral("check-%1-%2.continuity").arg(sample).arg(native), *original);
    PlanSql::setNativeBulkWritesForTesting(native);
    const auto restore = qScopeGuard([] { PlanSql::setNativeBulkWritesForTesting(std::nullopt); });
    Plan plan;
    GraphSnapshot graph;
    QVERIFY2(TestSupport::loadWithGraph(path, &plan, &graph, &error), qPrintable(error));
    Plan expected = TestSupport::loadPlanFile(path);
    QVERIFY(!expected.dependencies.isEmpty());
    const QString difference =
        TestSupport::graphDifference(graph, GraphSnapshot::fromPlan(expected));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The plan as the full load reads it, but for the dependencies, which only the graph holds
    // when SQLite's own interface reads it (the fallback reads the whole plan).
    if (native) {
        QVERIFY(plan.dependencies.isEmpty());
        expected.dependencies.clear();
    }
    QCOMPARE(PlanJson::write(plan), PlanJson::write(expected));
}

void tst_GraphRead::theCheckRefusesWhatTheFullLoadRefuses()
{
    // A value the graph does not hold (a runbook's id with spaces): the plan's rules over the
    // rest of the plan refuse it, as on a full load.
    const QString path = write(QStringLiteral("runbook-id.continuity"), TestSupport::smallPlan());
    QString why;
    QVERIFY2(TestSupport::writeUnchecked(path, QStringLiteral("UPDATE runbooks SET id = 'a b'"),
                                         &why) > 0,
             qPrintable(why));
    QString fullError;
    TestSupport::loadPlanFile(path, &fullError);
    QVERIFY(fullError.contains(QLatin1String("runbooks")));
    QVERIFY(TestSupport::loadGraph(path));
    Plan plan;
    GraphSnapshot graph;
    QString error;
    QVERIFY(!TestSupport::loadWithGraph(path, &plan, &graph, &error));
    QCOMPARE(error, fullError);
}

QTEST_GUILESS_MAIN(tst_GraphRead)
#include "tst_graphread.moc"
