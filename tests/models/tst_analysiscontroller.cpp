// SPDX-License-Identifier: GPL-3.0-or-later
// The analyses follow the document in the background, and their table models hold up.
#include "analysis/AnalysisRun.h"
#include "document/AnalysisController.h"
#include "document/PlanDocument.h"
#include "io/SamplePlan.h"
#include "itemmodels/CascadeTableModel.h"
#include "itemmodels/FindingsTableModel.h"
#include "itemmodels/RecoveryTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_AnalysisController : public QObject
{
    Q_OBJECT

private slots:
    void followsScenarioAndEdits();
    void tableModels();
    void newerRunWins();

private:
    std::unique_ptr<PlanDocument> sample(const QString &name)
    {
        QString error;
        auto plan = samplePlan(&error);
        return plan ? PlanDocument::create(m_dir.filePath(name), *plan, &error) : nullptr;
    }
    QTemporaryDir m_dir;
};

static NodeState stateOf(const AnalysisOutput &out, const QString &id)
{
    return out.cascade().state.at(std::size_t(out.graph->indexOf(id)));
}

void tst_AnalysisController::followsScenarioAndEdits()
{
    auto doc = sample(QStringLiteral("follow.continuity"));
    QVERIFY(doc);
    AnalysisController controller(doc.get());
    controller.setDebounceInterval(10);
    QSignalSpy results(&controller, &AnalysisController::resultsChanged);
    QTRY_VERIFY(controller.results());
    QVERIFY(controller.results()->scenario.isEmpty());
    QVERIFY(!controller.results()->findings.empty());

    controller.setScenario({QStringLiteral("dc-fra")});
    QTRY_VERIFY(controller.results()->scenario == QStringList{QStringLiteral("dc-fra")});
    QCOMPARE(stateOf(*controller.results(), QStringLiteral("take-card-payments")), NodeState::Down);
    QTRY_VERIFY(!controller.isRunning());

    // An edit re-runs the analyses: without tokenisation in DC1 payments only degrade.
    QVERIFY(doc->removeDependency(QStringLiteral("app-auth"), QStringLiteral("app-tokenization")));
    QTRY_COMPARE(stateOf(*controller.results(), QStringLiteral("take-card-payments")),
                 NodeState::Degraded);
    doc->undoStack()->undo();
    QTRY_COMPARE(stateOf(*controller.results(), QStringLiteral("take-card-payments")),
                 NodeState::Down);
    QTRY_VERIFY(!controller.isRunning());
}

void tst_AnalysisController::tableModels()
{
    auto doc = sample(QStringLiteral("models.continuity"));
    QVERIFY(doc);
    AnalysisController controller(doc.get());
    controller.setDebounceInterval(0);
    controller.setScenario(
        {QStringLiteral("dc-fra"), QStringLiteral("infra-ad"), QStringLiteral("infra-dns")});
    QTRY_VERIFY(controller.results() && controller.results()->scenario.size() == 3);

    CascadeTableModel cascade;
    RecoveryTableModel recovery;
    FindingsTableModel findings;
    QAbstractItemModelTester t1(&cascade, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&recovery, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cascade.rowCount(), 0);
    cascade.setResults(controller.results());
    recovery.setResults(controller.results());
    findings.setResults(controller.results());
    QCOMPARE(cascade.rowCount(), int(controller.results()->cascade().affected.size()));
    QCOMPARE(recovery.rowCount(), int(controller.results()->recovery.nodes.size()));
    QCOMPARE(findings.rowCount(), int(controller.results()->findings.size()));

    // The cascade shows the path back to the scenario.
    bool found = false;
    for (int row = 0; row < cascade.rowCount(); ++row) {
        if (cascade.index(row, 0).data(AnalysisTableModel::IdRole) !=
            QStringLiteral("take-card-payments"))
            continue;
        found = true;
        const QString path = cascade.index(row, CascadeTableModel::PathColumn).data().toString();
        QVERIFY2(path.endsWith(QLatin1String("Frankfurt data centre (DC1)")), qPrintable(path));
        QCOMPARE(cascade.index(row, CascadeTableModel::StateColumn).data().toString(),
                 QStringLiteral("down"));
        QCOMPARE(cascade.index(row, CascadeTableModel::LossColumn).data().toString(),
                 QStringLiteral("250,000"));
    }
    QVERIFY(found);
    // Recovery: the AD/DNS cycle is blocked, payments breach nothing or say when.
    int blocked = 0;
    for (int row = 0; row < recovery.rowCount(); ++row) {
        const QString wave = recovery.index(row, RecoveryTableModel::WaveColumn).data().toString();
        if (wave == QLatin1String("blocked")) {
            ++blocked;
            QVERIFY(recovery.index(row, RecoveryTableModel::ReadyColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("cycle")));
        }
        if (recovery.index(row, 0).data(AnalysisTableModel::IdRole) ==
            QStringLiteral("take-card-payments")) {
            QVERIFY(recovery.index(row, RecoveryTableModel::MtdColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("breached after")));
            QVERIFY(recovery.index(row, RecoveryTableModel::GapColumn)
                        .data()
                        .toString()
                        .endsWith(QLatin1String("late")));
        }
    }
    QVERIFY(blocked >= 2);
    QCOMPARE(findings.index(0, FindingsTableModel::SeverityColumn).data().toString(),
             QStringLiteral("Error"));
    // Reset to nothing.
    cascade.setResults(nullptr);
    QCOMPARE(cascade.rowCount(), 0);
}

void tst_AnalysisController::newerRunWins()
{
    auto doc = sample(QStringLiteral("newer.continuity"));
    QVERIFY(doc);
    AnalysisController controller(doc.get());
    controller.setDebounceInterval(0);
    controller.setScenario({QStringLiteral("dc-fra")});
    controller.runNow();
    controller.setScenario({QStringLiteral("dc-ams")});
    controller.runNow();
    QTRY_VERIFY(controller.results() && !controller.isRunning());
    QCOMPARE(controller.results()->scenario, QStringList{QStringLiteral("dc-ams")});
}

QTEST_GUILESS_MAIN(tst_AnalysisController)
#include "tst_analysiscontroller.moc"
