// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "itemmodels/BiaTableModel.h"
#include "itemmodels/ExerciseStepsModel.h"
#include "itemmodels/ProcessTableModel.h"
#include "itemmodels/ServiceTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_ItemModels : public QObject
{
    Q_OBJECT

private slots:
    void processModelFollowsTheDocument();
    void serviceModelFollowsTheDocument();
    void biaModelRatesThroughTheDocument();
    void processModelEditsInPlace();
    void exerciseStepsFollowTheLogAndTheRunbooks();
};

void tst_ItemModels::biaModelRatesThroughTheDocument()
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("b.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    BiaTableModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProcess(QStringLiteral("payments"));
    QCOMPARE(model.rowCount(), ImpactCategoryCount);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("1 week"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Legal & regulatory"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("4 severe"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("–")); // operational not rated
    QVERIFY(model.setData(model.index(1, 0), 3));
    QCOMPARE(doc->process(QStringLiteral("payments"))->impact(ImpactCategory::Operational),
             (QList<int>{3, 0, 0, 0, 0, 0}));
    QSignalSpy refused(&model, &BiaTableModel::editRefused);
    QVERIFY(!model.setData(model.index(1, 1), 5));
    QVERIFY(!model.setData(model.index(1, 1), QStringLiteral("x")));
    QCOMPARE(refused.count(), 2);
    doc->undoStack()->undo();
    QVERIFY(
        doc->process(QStringLiteral("payments"))->impact(ImpactCategory::Operational).isEmpty());
    // Removing the process empties the grid.
    QVERIFY(doc->removeNode(QStringLiteral("payments")));
    QCOMPARE(model.rowCount(), 0);
}

void tst_ItemModels::processModelEditsInPlace()
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("e.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    ProcessTableModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&model, &ProcessTableModel::editRefused);
    QVERIFY(model.flags(model.index(0, ProcessTableModel::MtdColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ProcessTableModel::TierColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, ProcessTableModel::MtdColumn).data(Qt::EditRole).toString(),
             QStringLiteral("4"));
    QVERIFY(
        model.setData(model.index(0, ProcessTableModel::LossColumn), QStringLiteral("120,000")));
    QCOMPARE(*doc->process(QStringLiteral("payments"))->lossPerHour, 120000.0);
    QVERIFY(model.setData(model.index(0, ProcessTableModel::RpoColumn), QStringLiteral("0.5 h")));
    QCOMPARE(*doc->process(QStringLiteral("payments"))->rpoHours, 0.5);
    QVERIFY(model.setData(model.index(0, ProcessTableModel::RpoColumn), QString()));
    QVERIFY(!doc->process(QStringLiteral("payments"))->rpoHours);
    QVERIFY(!model.setData(model.index(0, ProcessTableModel::NameColumn), QStringLiteral("  ")));
    QVERIFY(!model.setData(model.index(0, ProcessTableModel::MtdColumn), QStringLiteral("-3")));
    QCOMPARE(refused.count(), 2);
    // Setting the RPO and clearing it right after are edits of one field in a row: one step,
    // whose undo brings back the RPO from before both.
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Clear RPO of \"Take card payments\""));
    doc->undoStack()->undo();
    QCOMPARE(doc->process(QStringLiteral("payments"))->rpoHours,
             TestSupport::smallPlan().processes.first().rpoHours);
}

void tst_ItemModels::exerciseStepsFollowTheLogAndTheRunbooks()
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("x.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    ExerciseStepsModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&model, &ExerciseStepsModel::editRefused);
    const QString id = QStringLiteral("ex-1");
    model.setExercise(id);
    QCOMPARE(model.rowCount(), 2); // the runbook's two steps; the timeline note is no row
    QCOMPARE(model.index(0, ExerciseStepsModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, 0).data(ExerciseStepsModel::StepIdRole).toString(),
             QStringLiteral("s1"));
    QVERIFY(model.stateOf(0) == ExerciseStepsModel::StepState::Done);
    QVERIFY(model.stateOf(1) == ExerciseStepsModel::StepState::Pending);
    QCOMPARE(model.index(0, ExerciseStepsModel::TookColumn).data().toString(),
             QStringLiteral("0:09:00"));
    QCOMPARE(model.index(0, ExerciseStepsModel::NoteColumn).data().toString(),
             QStringLiteral("ok"));
    QVERIFY(model.flags(model.index(0, ExerciseStepsModel::NoteColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, ExerciseStepsModel::NoteColumn)) & Qt::ItemIsEditable));
    // The start was corrected in the fixture: marked, and the tooltip says by whom and why.
    QVERIFY(model.index(0, ExerciseStepsModel::StartedColumn).data().toString().endsWith(u" *"));
    QVERIFY(model.index(0, ExerciseStepsModel::StartedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Ravi started before he reported it")));

    QVERIFY(model.setData(model.index(0, ExerciseStepsModel::NoteColumn),
                          QStringLiteral("replica promoted by hand")));
    QCOMPARE(doc->exercise(id)->log.first().note, QStringLiteral("replica promoted by hand"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(!model.setData(model.index(1, ExerciseStepsModel::NoteColumn), QStringLiteral("x")));
    QCOMPARE(refused.count(), 1);

    // A step the plan no longer has stays listed from the log.
    Exercise e = *doc->exercise(id);
    e.log.append({QStringLiteral("rb-old"), QStringLiteral("x"),
                  QStringLiteral("2026-03-14T09:30:00Z"), std::nullopt, QString(), QString()});
    QVERIFY2(doc->changeExercise(e, QStringLiteral("log"), &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.stateOf(2) == ExerciseStepsModel::StepState::Running);
    QVERIFY2(doc->removeRunbook(QStringLiteral("rb-db"), &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 2); // s1 from the log, and x
    QCOMPARE(model.rowOf(QStringLiteral("rb-db"), QStringLiteral("s1")), 0);
    doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY2(doc->removeExercise(id, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 0);
}

void tst_ItemModels::processModelFollowsTheDocument()
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("p.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    ProcessTableModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ProcessTableModel::ColumnCount));
    QCOMPARE(model.index(0, ProcessTableModel::NameColumn).data().toString(),
             QStringLiteral("Take card payments"));
    QCOMPARE(model.index(0, ProcessTableModel::MtdColumn).data().toString(), QStringLiteral("4 h"));
    QCOMPARE(model.index(1, ProcessTableModel::TierColumn).data().toString(),
             QStringLiteral("Tier 3 · assigned"));
    QCOMPARE(model.index(1, ProcessTableModel::TierColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Assigned by hand: Monthly batch"));
    QCOMPARE(model.index(0, ProcessTableModel::TierColumn).data().toString(),
             QStringLiteral("Tier 0 · by MTD"));
    // A policy change re-derives the tier shown.
    TierPolicy policy = doc->plan().tierPolicy;
    policy.tiers[0].maxMtdHours = 2;
    policy.tiers[0].minLossPerHour = 1e6;
    QVERIFY(doc->setTierPolicy(policy));
    QCOMPARE(model.index(0, ProcessTableModel::TierColumn).data().toString(),
             QStringLiteral("Tier 1 · by MTD"));
    doc->undoStack()->undo();
    QCOMPARE(model.index(1, ProcessTableModel::MtdColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, 0).data(IdTableModel::IdRole).toString(), QStringLiteral("payments"));

    Process p;
    p.id = QStringLiteral("refunds");
    p.name = QStringLiteral("Process refunds");
    QVERIFY(doc->addProcess(p));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(2), QStringLiteral("refunds"));

    p.owner = QStringLiteral("Pedro");
    QVERIFY(doc->changeProcess(p));
    QCOMPARE(model.index(2, ProcessTableModel::OwnerColumn).data().toString(),
             QStringLiteral("Pedro"));

    QVERIFY(doc->removeNode(QStringLiteral("payments")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("payments")), -1);
    doc->undoStack()->undo(); // back at its old row
    QCOMPARE(model.rowOf(QStringLiteral("payments")), 0);
    doc->undoStack()->undo();
    QCOMPARE(model.index(2, ProcessTableModel::OwnerColumn).data().toString(), QString());
    doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
}

void tst_ItemModels::serviceModelFollowsTheDocument()
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("s.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    ServiceTableModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, ServiceTableModel::KindColumn).data().toString(),
             QStringLiteral("Data store"));
    QVERIFY(doc->removeNode(QStringLiteral("dc1")));
    QCOMPARE(model.rowCount(), 4);
    doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.idAt(2), QStringLiteral("dc1"));
    Service s = *doc->service(QStringLiteral("dc1"));
    s.name = QStringLiteral("Frankfurt");
    QVERIFY(doc->changeService(s));
    QCOMPARE(model.index(2, ServiceTableModel::NameColumn).data().toString(),
             QStringLiteral("Frankfurt"));
}

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
