// SPDX-License-Identifier: GPL-3.0-or-later
// Every undo command: redo, check; undo, check equal to before; redo; reopen, check persisted.
#include "analysis/BiaReview.h"
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "domain/Fields.h"
#include "io/CmdbMapping.h"
#include "io/PlanJson.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "server/PgConnection.h"
#include "server/ServerStore.h"
#include "TestStores.h"
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Continuity;

using Edit = std::function<bool(PlanDocument *, QString *)>;
Q_DECLARE_METATYPE(Edit)

class tst_PlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bigReplaceIsWrittenOnAWorkerThread();
    void commands_data();
    void commands();
    void refusals_data();
    void refusals();
    void readOnlyDocumentRefusesEdits();
    void saveAsContinuesOnTheCopy();
    void snapshotKeepsTheDocumentOnItsFile();
    void failedWriteLeavesMemoryAndReportsError();
    void uniqueIds();
    void runbookApprovalCycle();
    void compoundEditsAreOneStepAndOneTransaction();
    void backgroundReplaceChecksThePlanOffTheWindowThread();
    void everyTableFieldEditsAlone();
    void aRatingEditedAfterReviewMarksTheBia();

private:
    // The same suite runs against both stores (TestStores, docs/team-server.md).
    static bool onServer() { return TestSupport::TestStores::onServer(); }
    QString location(const QString &name) { return m_stores.location(name); }
    std::unique_ptr<PlanDocument> newDocument(const QString &name)
    {
        return m_stores.newDocument(name, TestSupport::smallPlan());
    }
    QTemporaryDir m_dir;
    TestSupport::TestStores m_stores;
};

void tst_PlanDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_stores.problem().isEmpty(), qPrintable(m_stores.problem()));
}

static Process newProcess()
{
    Process p;
    p.id = QStringLiteral("refunds");
    p.name = QStringLiteral("Process refunds");
    p.mtdHours = 24;
    p.rtoHours = 8;
    p.impact(ImpactCategory::Reputational) = {0, 1, 1, 2, 3, 4};
    return p;
}

void tst_PlanDocument::commands_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("undoText");

    QTest::newRow("rename plan") << Edit([](PlanDocument *d, QString *e) {
        return d->setPlanName(QStringLiteral("Renamed"), e);
    }) << QStringLiteral("Rename plan to \"Renamed\"");
    QTest::newRow("add process") << Edit([](PlanDocument *d, QString *e) {
        return d->addProcess(newProcess(), e);
    }) << QStringLiteral("Add process \"Process refunds\"");
    QTest::newRow("change process and BIA") << Edit([](PlanDocument *d, QString *e) {
        Process p = *d->process(QStringLiteral("payments"));
        p.owner = QStringLiteral("Someone else");
        p.rtoHours = 3;
        p.impact(ImpactCategory::Operational) = {4, 4, 4, 4, 4, 4};
        p.impact(ImpactCategory::Financial).clear();
        return d->changeProcess(p, e);
    }) << QStringLiteral("Edit process \"Take card payments\"");
    QTest::newRow("change one field") << Edit([](PlanDocument *d, QString *e) {
        Process p = *d->process(QStringLiteral("payments"));
        p.rtoHours = 3;
        return d->changeProcess(p, e);
    }) << QStringLiteral("Change RTO of \"Take card payments\" to 3 h");
    QTest::newRow("rate one BIA cell") << Edit([](PlanDocument *d, QString *e) {
        return d->setImpactRating(QStringLiteral("payments"), ImpactCategory::Legal, 1, 4, e);
    }) << QStringLiteral("Rate legal & regulatory impact of \"Take card payments\" at 4 h: 4");
    QTest::newRow("record a BIA review") << Edit([](PlanDocument *d, QString *e) {
        return d->recordBiaReview(QStringLiteral("payments"), QStringLiteral("Ana Owner"),
                                  QDate(2026, 11, 2), e);
    }) << QStringLiteral("Record BIA review of \"Take card payments\"");
    QTest::newRow("BIA review period") << Edit([](PlanDocument *d, QString *e) {
        TierPolicy policy = d->plan().tierPolicy;
        policy.biaReviewMonths = 6;
        return d->setTierPolicy(policy, e);
    }) << QStringLiteral("Change tier policy");
    QTest::newRow("rate an unrated category") << Edit([](PlanDocument *d, QString *e) {
        return d->setImpactRating(QStringLiteral("payroll"), ImpactCategory::HealthSafety, 5, 2, e);
    }) << QStringLiteral("Rate health & safety impact of \"Pay staff\" at 168 h: 2");
    QTest::newRow("add service") << Edit([](PlanDocument *d, QString *e) {
        Service s;
        s.id = QStringLiteral("cloud");
        s.name = QStringLiteral("Cloud region");
        s.kind = ServiceKind::Site;
        s.environment = Environment::Cloud;
        s.tags = {QStringLiteral("SOX"), QStringLiteral("GDPR")};
        return d->addService(s, e);
    }) << QStringLiteral("Add service \"Cloud region\"");
    QTest::newRow("change service") << Edit([](PlanDocument *d, QString *e) {
        Service s = *d->service(QStringLiteral("pay-db"));
        s.replication = {ReplicationMode::Backup, std::nullopt, 24.0};
        s.deployment = Deployment::ActivePassive;
        s.tags = {QStringLiteral("PCI-DSS")};
        s.tier = 1;
        s.attributes.remove(QStringLiteral("location"));
        s.attributes.insert(QStringLiteral("support_group"), QStringLiteral("DBA on call"));
        return d->changeService(s, e);
    }) << QStringLiteral("Edit service \"Payment database\"");
    QTest::newRow("remove service with dependencies, group, runbook")
        << Edit([](PlanDocument *d, QString *e) {
               return d->removeNode(QStringLiteral("pay-db"), e);
           })
        << QStringLiteral("Remove service \"Payment database\"");
    QTest::newRow("remove consumer with group") << Edit([](PlanDocument *d, QString *e) {
        return d->removeNode(QStringLiteral("pay-api"), e);
    }) << QStringLiteral("Remove service \"Payment API\"");
    QTest::newRow("remove process") << Edit([](PlanDocument *d, QString *e) {
        return d->removeNode(QStringLiteral("payments"), e);
    }) << QStringLiteral("Remove process \"Take card payments\"");
    QTest::newRow("add dependency") << Edit([](PlanDocument *d, QString *e) {
        return d->addDependency(
            {QStringLiteral("payroll"), QStringLiteral("sms"), Strength::Soft, {}}, e);
    }) << QStringLiteral("Add dependency payroll → sms");
    QTest::newRow("change dependency") << Edit([](PlanDocument *d, QString *e) {
        return d->changeDependency(
            {QStringLiteral("pay-api"), QStringLiteral("dc2"), Strength::Soft, {}}, e);
    }) << QStringLiteral("Edit dependency pay-api → dc2");
    QTest::newRow("remove dependency") << Edit([](PlanDocument *d, QString *e) {
        return d->removeDependency(QStringLiteral("pay-api"), QStringLiteral("dc1"), e);
    }) << QStringLiteral("Remove dependency pay-api → dc1");
    QTest::newRow("add group") << Edit([](PlanDocument *d, QString *e) {
        return d->addGroup({QStringLiteral("pay-db"), QStringLiteral("storage"), 1}, e);
    }) << QStringLiteral("Add redundancy group \"storage\"");
    QTest::newRow("change quorum") << Edit([](PlanDocument *d, QString *e) {
        return d->changeGroup({QStringLiteral("pay-api"), QStringLiteral("sites"), 2}, e);
    }) << QStringLiteral("Change quorum of \"sites\" to 2");
    QTest::newRow("remove group") << Edit([](PlanDocument *d, QString *e) {
        return d->removeGroup(QStringLiteral("pay-api"), QStringLiteral("sites"), e);
    }) << QStringLiteral("Remove redundancy group \"sites\"");
    QTest::newRow("move and place nodes") << Edit([](PlanDocument *d, QString *e) {
        return d->placeNodes({{QStringLiteral("pay-db"), QPointF(10, 20)},
                              {QStringLiteral("dc1"), QPointF(-300, 400)},
                              {QStringLiteral("payments"), std::nullopt}},
                             QStringLiteral("Move 3 nodes"), e);
    }) << QStringLiteral("Move 3 nodes");
    QTest::newRow("add runbook") << Edit([](PlanDocument *d, QString *e) {
        Runbook r;
        r.id = d->uniqueRunbookId(QStringLiteral("Restore DNS"));
        r.title = QStringLiteral("Restore DNS");
        r.service = QStringLiteral("dc1");
        r.steps = {{QStringLiteral("a"), QStringLiteral("Check zone"), {}, {}, 0.5, {}, {}, {}},
                   {QStringLiteral("b"),
                    QStringLiteral("Reload"),
                    QStringLiteral("- one\n- two *now*"),
                    QStringLiteral("NOC"),
                    1.0,
                    {QStringLiteral("a")},
                    QStringLiteral("dig answers"),
                    QStringLiteral("Revert zone")}};
        return r.id == QStringLiteral("rb-restore-dns") && d->addRunbook(r, e);
    }) << QStringLiteral("Add runbook \"Restore DNS\"");
    QTest::newRow("edit approved runbook keeps the approved version")
        << Edit([](PlanDocument *d, QString *e) {
               Runbook r = *d->runbook(QStringLiteral("rb-db"));
               r.steps.move(1, 0);
               r.steps[0].waitsFor.clear();
               r.steps[1].waitsFor = {QStringLiteral("s2")};
               if (!d->changeRunbook(r, QStringLiteral("Move step"), e))
                   return false;
               const Runbook *now = d->runbook(QStringLiteral("rb-db"));
               return now->status == RunbookStatus::Draft && now->version == u"1.1" &&
                      !now->approvedBy && now->previousVersions.size() == 1 &&
                      now->previousVersions.first().status == RunbookStatus::Approved &&
                      now->previousVersions.first().steps.first().id == u"s1";
           })
        << QStringLiteral("Move step");
    QTest::newRow("retire approved runbook without a new version")
        << Edit([](PlanDocument *d, QString *e) {
               Runbook r = *d->runbook(QStringLiteral("rb-db"));
               r.status = RunbookStatus::Retired;
               return d->changeRunbook(r, QStringLiteral("Retire"), e) &&
                      d->runbook(QStringLiteral("rb-db"))->previousVersions.isEmpty() &&
                      d->runbook(QStringLiteral("rb-db"))->version == u"1.0";
           })
        << QStringLiteral("Retire");
    QTest::newRow("remove runbook") << Edit([](PlanDocument *d, QString *e) {
        return d->removeRunbook(QStringLiteral("rb-db"), e);
    }) << QStringLiteral("Delete runbook \"Fail over the payment database\"");
    QTest::newRow("plan exercise") << Edit([](PlanDocument *d, QString *e) {
        Exercise x;
        x.id = d->uniqueExerciseId(QStringLiteral("2026-12-10"));
        x.title = QStringLiteral("Site loss walkthrough");
        x.date = QStringLiteral("2026-12-10");
        x.type = ExerciseType::Walkthrough;
        x.runbooks = {QStringLiteral("rb-db")};
        x.services = {QStringLiteral("dc1")};
        x.participants = {{QStringLiteral("Dana"), QStringLiteral("Coordinator")}};
        x.objectives = QStringLiteral("Walk the DC loss");
        return x.id == u"ex-2026-12-10" && d->addExercise(x, e);
    }) << QStringLiteral("Add exercise \"Site loss walkthrough\"");
    QTest::newRow("live exercise step") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        x.endedAt.reset();
        return startStep(x, QStringLiteral("rb-db"), QStringLiteral("s2"),
                         QStringLiteral("2026-03-14T09:40:00Z"), QStringLiteral("Mia"), e) &&
               d->changeExercise(x, QStringLiteral("Start step 2"), e);
    }) << QStringLiteral("Start step 2");
    QTest::newRow("correct exercise time") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        return correctTimestamp(x, QStringLiteral("rb-db"), QStringLiteral("s1"),
                                QStringLiteral("finishedAt"),
                                QStringLiteral("2026-03-14T09:08:00Z"), QStringLiteral("Dana"),
                                QStringLiteral("2026-03-14T12:00:00Z"),
                                QStringLiteral("Clock of the reporter was fast"), e) &&
               d->changeExercise(x, QStringLiteral("Correct time"), e);
    }) << QStringLiteral("Correct time");
    QTest::newRow("remove exercise") << Edit([](PlanDocument *d, QString *e) {
        return d->removeExercise(QStringLiteral("ex-1"), e);
    }) << QStringLiteral("Delete exercise \"Database failover test\"");
    QTest::newRow("cmdb mapping") << Edit([](PlanDocument *d, QString *e) {
        CmdbMapping m = CmdbMapping::defaults();
        m.criticality.insert(QStringLiteral("High"), 0);
        return d->setCmdbMapping(QString::fromUtf8(m.toJson()), e);
    }) << QStringLiteral("Change the CMDB mapping");
    QTest::newRow("replace plan") << Edit([](PlanDocument *d, QString *e) {
        Plan p = d->plan();
        p.services.removeLast();
        p.services.first().name = QStringLiteral("Renamed by import");
        p.dependencies.clear();
        p.groups.clear();
        return d->replacePlan(p, QStringLiteral("Import from CMDB"), e);
    }) << QStringLiteral("Import from CMDB");
    QTest::newRow("tier policy") << Edit([](PlanDocument *d, QString *e) {
        TierPolicy policy = d->plan().tierPolicy;
        policy.tiers[0].maxMtdHours = 2;
        policy.regulatory.append({QStringLiteral("DORA"), 0, 0.5});
        return d->setTierPolicy(policy, e);
    }) << QStringLiteral("Change tier policy");
}

void tst_PlanDocument::commands()
{
    QFETCH(Edit, edit);
    QFETCH(QString, undoText);
    const QString name = QStringLiteral("cmd-%1.continuity")
                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString path = location(name);
    QString error;
    QByteArray before;
    QByteArray after;
    {
        auto doc = newDocument(name);
        QVERIFY(doc);
        before = TestSupport::canonical(doc->plan());
        QSignalSpy failures(doc.get(), &PlanDocument::writeFailed);

        QVERIFY2(edit(doc.get(), &error), qPrintable(error));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), undoText);
        after = TestSupport::canonical(doc->plan());
        QVERIFY(after != before);
        // Written through: another reader sees the edit at once.
        QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), after);

        doc->undoStack()->undo();
        QCOMPARE(TestSupport::canonical(doc->plan()), before);
        QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), before);

        doc->undoStack()->redo();
        QCOMPARE(TestSupport::canonical(doc->plan()), after);
        QCOMPARE(failures.count(), 0);
        // Whole-plan writes run with foreign keys off (PlanSql::beginBulk): on again after.
        if (!onServer()) {
            QSqlQuery keys(doc->file()->database());
            QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next());
            QCOMPARE(keys.value(0).toInt(), 1);
        }
    }
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(TestSupport::canonical(reopened->plan()), after);
    QVERIFY(reopened->file()->integrityProblems().isEmpty());
}

void tst_PlanDocument::refusals_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate id across kinds") << Edit([](PlanDocument *d, QString *e) {
        Process p = newProcess();
        p.id = QStringLiteral("pay-db");
        return d->addProcess(p, e);
    }) << QStringLiteral("already used");
    QTest::newRow("rto above mtd") << Edit([](PlanDocument *d, QString *e) {
        Process p = *d->process(QStringLiteral("payments"));
        p.rtoHours = 5;
        return d->changeProcess(p, e);
    }) << QStringLiteral("rtoHours must not be longer than the MTD");
    QTest::newRow("absurd value") << Edit([](PlanDocument *d, QString *e) {
        Service s = *d->service(QStringLiteral("pay-db"));
        s.recoveryHours = 1e12;
        return d->changeService(s, e);
    }) << QStringLiteral("recoveryHours must be a number of hours");
    QTest::newRow("self dependency") << Edit([](PlanDocument *d, QString *e) {
        return d->addDependency({QStringLiteral("dc1"), QStringLiteral("dc1"), Strength::Hard, {}},
                                e);
    }) << QStringLiteral("cannot depend on itself");
    QTest::newRow("duplicate dependency") << Edit([](PlanDocument *d, QString *e) {
        return d->addDependency(
            {QStringLiteral("pay-api"), QStringLiteral("pay-db"), Strength::Soft, {}}, e);
    }) << QStringLiteral("already depends");
    QTest::newRow("dangling provider") << Edit([](PlanDocument *d, QString *e) {
        return d->addDependency(
            {QStringLiteral("pay-api"), QStringLiteral("ghost"), Strength::Hard, {}}, e);
    }) << QStringLiteral("provider names no process or service (\"ghost\")");
    QTest::newRow("soft in group") << Edit([](PlanDocument *d, QString *e) {
        return d->changeDependency({QStringLiteral("pay-api"), QStringLiteral("sms"),
                                    Strength::Soft, QStringLiteral("sites")},
                                   e);
    }) << QStringLiteral("only hard dependencies can be in a redundancy group");
    QTest::newRow("quorum above group size") << Edit([](PlanDocument *d, QString *e) {
        return d->changeGroup({QStringLiteral("pay-api"), QStringLiteral("sites"), 3}, e);
    }) << QStringLiteral("from 1 to the number of providers in the group (2)");
    QTest::newRow("rating 5") << Edit([](PlanDocument *d, QString *e) {
        return d->setImpactRating(QStringLiteral("payments"), ImpactCategory::Legal, 1, 5, e);
    }) << QStringLiteral("from 0 (none) to 4 (severe)");
    QTest::newRow("review without a date") << Edit([](PlanDocument *d, QString *e) {
        return d->recordBiaReview(QStringLiteral("payments"), QStringLiteral("Ana"), QDate(), e);
    }) << QStringLiteral("needs the date");
    QTest::newRow("review without a reviewer") << Edit([](PlanDocument *d, QString *e) {
        return d->recordBiaReview(QStringLiteral("payments"), QStringLiteral(" "),
                                  QDate(2026, 1, 1), e);
    }) << QStringLiteral("needs the name");
    QTest::newRow("review period 0 months") << Edit([](PlanDocument *d, QString *e) {
        TierPolicy policy = d->plan().tierPolicy;
        policy.biaReviewMonths = 0;
        return d->setTierPolicy(policy, e);
    }) << QStringLiteral("from 1 to 120");
    QTest::newRow("horizon out of range") << Edit([](PlanDocument *d, QString *e) {
        return d->setImpactRating(QStringLiteral("payments"), ImpactCategory::Legal, 6, 1, e);
    }) << QStringLiteral("no time horizon 7");
    QTest::newRow("absurd position") << Edit([](PlanDocument *d, QString *e) {
        return d->placeNodes({{QStringLiteral("dc1"), QPointF(1e9, 0)}}, QStringLiteral("Move"), e);
    }) << QStringLiteral("between -1e+07 and 1e+07");
    QTest::newRow("non-finite position") << Edit([](PlanDocument *d, QString *e) {
        return d->placeNodes({{QStringLiteral("dc1"), QPointF(qQNaN(), 0)}}, QStringLiteral("Move"),
                             e);
    }) << QStringLiteral("must have finite x and y");
    QTest::newRow("place unknown node") << Edit([](PlanDocument *d, QString *e) {
        return d->placeNodes({{QStringLiteral("ghost"), QPointF(1, 1)}}, QStringLiteral("Move"), e);
    }) << QStringLiteral("no process or service");
    QTest::newRow("duplicate sys_id") << Edit([](PlanDocument *d, QString *e) {
        Service s = *d->service(QStringLiteral("dc1"));
        s.attributes.insert(QStringLiteral("sys_id"), QStringLiteral("9f3c1a"));
        return d->changeService(s, e);
    }) << QStringLiteral("sys_id \"9f3c1a\" already belongs to \"pay-db\"");
    QTest::newRow("runbook waits in a circle") << Edit([](PlanDocument *d, QString *e) {
        Runbook r = *d->runbook(QStringLiteral("rb-db"));
        r.steps[0].waitsFor = {QStringLiteral("s2")};
        return d->changeRunbook(r, QStringLiteral("x"), e);
    }) << QStringLiteral("wait for each other in a circle (s1 → s2 → s1)");
    QTest::newRow("runbook step waits for unknown step") << Edit([](PlanDocument *d, QString *e) {
        Runbook r = *d->runbook(QStringLiteral("rb-db"));
        r.steps[0].waitsFor = {QStringLiteral("s9")};
        return d->changeRunbook(r, QStringLiteral("x"), e);
    }) << QStringLiteral("names no step of this runbook (\"s9\")");
    QTest::newRow("runbook for unknown service") << Edit([](PlanDocument *d, QString *e) {
        Runbook r = *d->runbook(QStringLiteral("rb-db"));
        r.id = QStringLiteral("rb-2");
        r.service = QStringLiteral("ghost");
        return d->addRunbook(r, e);
    }) << QStringLiteral("service names no process or service (\"ghost\")");
    QTest::newRow("duplicate runbook id") << Edit([](PlanDocument *d, QString *e) {
        return d->addRunbook(*d->runbook(QStringLiteral("rb-db")), e);
    }) << QStringLiteral("already a runbook with the id \"rb-db\"");
    QTest::newRow("absurd step duration") << Edit([](PlanDocument *d, QString *e) {
        Runbook r = *d->runbook(QStringLiteral("rb-db"));
        r.steps[1].durationHours = -2;
        return d->changeRunbook(r, QStringLiteral("x"), e);
    }) << QStringLiteral("durationHours");
    QTest::newRow("approve without a name") << Edit([](PlanDocument *d, QString *e) {
        return d->approveRunbook(QStringLiteral("rb-db"), QStringLiteral("  "), {}, e);
    }) << QStringLiteral("Say who approves");
    QTest::newRow("unknown node") << Edit([](PlanDocument *d, QString *e) {
        return d->removeNode(QStringLiteral("ghost"), e);
    }) << QStringLiteral("no process or service");
    QTest::newRow("exercise of unknown runbook") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        x.runbooks.append(QStringLiteral("rb-ghost"));
        return d->changeExercise(x, QStringLiteral("x"), e);
    }) << QStringLiteral("runbooks[1] names no runbook (\"rb-ghost\")");
    QTest::newRow("exercise step twice") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        x.log.append(x.log.first());
        return d->changeExercise(x, QStringLiteral("x"), e);
    }) << QStringLiteral("repeats step \"s1\"");
    QTest::newRow("exercise ends before declared") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        x.endedAt = QStringLiteral("2026-03-14T08:00:00Z");
        return d->changeExercise(x, QStringLiteral("x"), e);
    }) << QStringLiteral("endedAt: must not be before declaredAt");
    QTest::newRow("absurd measured RTO") << Edit([](PlanDocument *d, QString *e) {
        Exercise x = *d->exercise(QStringLiteral("ex-1"));
        x.results[0].measuredRtoHours = 1e9;
        return d->changeExercise(x, QStringLiteral("x"), e);
    }) << QStringLiteral("measuredRtoHours");
    QTest::newRow("broken cmdb mapping") << Edit([](PlanDocument *d, QString *e) {
        return d->setCmdbMapping(QStringLiteral("{\"format\": \"something else\"}"), e);
    }) << QStringLiteral("The CMDB mapping: format");
    QTest::newRow("duplicate exercise id") << Edit([](PlanDocument *d, QString *e) {
        return d->addExercise(*d->exercise(QStringLiteral("ex-1")), e);
    }) << QStringLiteral("already an exercise with the id \"ex-1\"");
}

void tst_PlanDocument::refusals()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    const QString name = QStringLiteral("refuse-%1.continuity")
                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('_'));
    auto doc = newDocument(name);
    QVERIFY(doc);
    const QByteArray before = TestSupport::canonical(doc->plan());
    const QByteArray fileBefore = TestSupport::readAll(doc->filePath());
    QString error;
    QVERIFY(!edit(doc.get(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(TestSupport::canonical(doc->plan()), before);
    QCOMPARE(TestSupport::readAll(doc->filePath()), fileBefore);
}

void tst_PlanDocument::readOnlyDocumentRefusesEdits()
{
    if (onServer())
        QSKIP("several windows write one server plan (tst_server's severalWindowsEditOnePlan)");
    auto first = newDocument(QStringLiteral("shared.continuity"));
    QVERIFY(first);
    QString error;
    auto second = PlanDocument::open(first->filePath(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY(!second->setPlanName(QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(!second->addProcess(newProcess(), &error));
    QCOMPARE(second->undoStack()->count(), 0);
}

void tst_PlanDocument::saveAsContinuesOnTheCopy()
{
    if (onServer())
        QSKIP("a plan file's lock files (a server plan's Save As is tested in tst_server)");
    auto doc = newDocument(QStringLiteral("original.continuity"));
    QVERIFY(doc);
    const QString original = doc->filePath();
    QVERIFY(doc->addProcess(newProcess()));
    const QString copy = m_dir.filePath(QStringLiteral("copy.continuity"));
    QString error;
    QSignalSpy moved(doc.get(), &PlanDocument::filePathChanged);
    QVERIFY2(doc->saveAs(copy, &error), qPrintable(error));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(doc->filePath(), copy);
    QVERIFY(!QFile::exists(PlanFile::lockFilePath(original)));
    QVERIFY(QFile::exists(PlanFile::lockFilePath(copy)));
    // Edits and undo now go to the copy; the original keeps what it had.
    QVERIFY(doc->setPlanName(QStringLiteral("Copy")));
    QCOMPARE(TestSupport::loadPlanFile(copy).name, QStringLiteral("Copy"));
    QCOMPARE(TestSupport::loadPlanFile(original).name, QStringLiteral("Small plan"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!TestSupport::loadPlanFile(copy).processes.isEmpty());
    QCOMPARE(TestSupport::loadPlanFile(copy).processes.size(), 2);
    QCOMPARE(TestSupport::loadPlanFile(original).processes.size(), 3);
}

void tst_PlanDocument::snapshotKeepsTheDocumentOnItsFile()
{
    auto doc = newDocument(QStringLiteral("snap.continuity"));
    QVERIFY(doc);
    const QString snapshot = m_dir.filePath(QStringLiteral("snap-2026.continuity"));
    QString error;
    QVERIFY2(doc->snapshot(snapshot, &error), qPrintable(error));
    QVERIFY(doc->setPlanName(QStringLiteral("After snapshot")));
    QCOMPARE(TestSupport::loadPlanFile(snapshot).name, QStringLiteral("Small plan"));
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).name, QStringLiteral("After snapshot"));
}

void tst_PlanDocument::failedWriteLeavesMemoryAndReportsError()
{
    if (onServer())
        QSKIP("SQLite's write lock (a refused server write is tested in tst_server)");
    auto doc = newDocument(QStringLiteral("fail.continuity"));
    QVERIFY(doc);
    // Another connection holds the write lock: the edit cannot be committed.
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
    other.setDatabaseName(doc->filePath());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1"));
    QVERIFY(other.open());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")).lastError().type() == QSqlError::NoError);

    QSignalSpy failures(doc.get(), &PlanDocument::writeFailed);
    const QByteArray before = TestSupport::canonical(doc->plan());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(doc->setPlanName(QStringLiteral("Never written"))); // accepted, then the write fails
    QCOMPARE(failures.count(), 1);
    QVERIFY(!failures.first().first().toString().isEmpty());
    QCOMPARE(TestSupport::canonical(doc->plan()), before);
    QCOMPARE(doc->undoStack()->count(), 0); // the failed command was dropped
    other.exec(QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    QVERIFY(doc->setPlanName(QStringLiteral("Written")));
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).name, QStringLiteral("Written"));
}

void tst_PlanDocument::uniqueIds()
{
    auto doc = newDocument(QStringLiteral("ids.continuity"));
    QVERIFY(doc);
    QCOMPARE(doc->uniqueNodeId(QStringLiteral("Payment DB")), QStringLiteral("payment-db"));
    QCOMPARE(doc->uniqueNodeId(QStringLiteral("pay db")), QStringLiteral("pay-db-2"));
    QCOMPARE(doc->uniqueNodeId(QStringLiteral("!!!")), QStringLiteral("node"));
}

// Approved → edited (new draft, approved one kept) → approved again → undo → reopen.
void tst_PlanDocument::runbookApprovalCycle()
{
    auto doc = newDocument(QStringLiteral("approval.continuity"));
    QVERIFY(doc);
    const QString id = QStringLiteral("rb-db");
    const Runbook approved = *doc->runbook(id);
    Runbook edited = approved;
    edited.steps[1].title = QStringLiteral("Promote the replica in the other site");
    QString error;
    QVERIFY2(doc->changeRunbook(edited, QStringLiteral("Edit step"), &error), qPrintable(error));
    QCOMPARE(doc->runbook(id)->version, QStringLiteral("1.1"));
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Draft);

    // A second edit of the draft makes no further version.
    edited = *doc->runbook(id);
    edited.steps[0].owner = QStringLiteral("Incident manager");
    QVERIFY2(doc->changeRunbook(edited, QStringLiteral("Edit owner"), &error), qPrintable(error));
    QCOMPARE(doc->runbook(id)->version, QStringLiteral("1.1"));
    QCOMPARE(doc->runbook(id)->previousVersions.size(), 1);

    QVERIFY(!doc->approveRunbook(id, QString(), {}, &error));
    QVERIFY2(doc->approveRunbook(id, QStringLiteral("Hannah"),
                                 QStringLiteral("2026-11-27T09:00:00Z"), &error),
             qPrintable(error));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Approve runbook \"Fail over the payment database\""));
    const Runbook reapproved = *doc->runbook(id);
    QVERIFY(reapproved.status == RunbookStatus::Approved);
    QCOMPARE(reapproved.approvedBy, std::optional<QString>(QStringLiteral("Hannah")));
    QCOMPARE(reapproved.previousVersions.size(), 1);
    QVERIFY(reapproved.previousVersions.first() == approved);

    doc->undoStack()->undo();
    QVERIFY(doc->runbook(id)->status == RunbookStatus::Draft);
    doc->undoStack()->redo();
    const QString path = doc->filePath();
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(*reopened->runbook(id) == reapproved);

    QCOMPARE(PlanDocument::nextDraftVersion(QStringLiteral("1.9")), QStringLiteral("1.10"));
    QCOMPARE(PlanDocument::nextDraftVersion(QStringLiteral("2")), QStringLiteral("2.1"));
    QCOMPARE(PlanDocument::nextDraftVersion(QString()), QStringLiteral("0.1"));
    QCOMPARE(PlanDocument::nextDraftVersion(QStringLiteral("v3-rc")), QStringLiteral("v3-rc.1"));
}

// Replacing a big plan, and undoing and redoing that, writes from a worker thread while the
// document's thread goes on handling events (not user input); an edit tried meanwhile is
// refused, and every state ends up in the file.
void tst_PlanDocument::bigReplaceIsWrittenOnAWorkerThread()
{
    const QString name = QStringLiteral("big-replace.continuity");
    auto doc = newDocument(name);
    QVERIFY(doc);
    const QByteArray before = TestSupport::canonical(doc->plan());
    Plan big = doc->plan();
    for (int i = 0; i < 11000; ++i) {
        Service s;
        s.id = QStringLiteral("bulk-%1").arg(i);
        s.name = s.id;
        big.services.append(s);
        if (i > 0)
            big.dependencies.append(
                {s.id, QStringLiteral("bulk-%1").arg(i - 1), Strength::Hard, {}});
    }
    const QByteArray after = TestSupport::canonical(big);
    QSignalSpy started(doc.get(), &PlanDocument::longWriteStarted);
    QSignalSpy finished(doc.get(), &PlanDocument::longWriteFinished);
    QSignalSpy written(doc.get(), &PlanDocument::wholePlanWritten);
    QString error;
    // The verb returns at once (no nested event loop); the step is pushed once written.
    QVERIFY2(doc->replacePlanInBackground(big, QStringLiteral("Import"), &error),
             qPrintable(error));
    QCOMPARE(started.count(), 1);
    QVERIFY(doc->isWriting());
    QCOMPARE(doc->undoStack()->count(), 0);
    QString refusal;
    QVERIFY(!doc->setPlanName(QStringLiteral("Meanwhile"), &refusal));
    QVERIFY2(refusal.contains(QLatin1String("being written")), qPrintable(refusal));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
    QVERIFY(written.at(0).at(0).toBool());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(TestSupport::canonical(doc->plan()), after);
    const QString path = location(name);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), after);

    // Undo and redo as the window does them: written in the background, the stack moved after.
    doc->undo();
    QCOMPARE(started.count(), 2);
    QCOMPARE(doc->undoStack()->index(), 1);
    doc->redo(); // ignored while writing
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 60000);
    QCOMPARE(doc->undoStack()->index(), 0);
    QCOMPARE(TestSupport::canonical(doc->plan()), before);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), before);
    doc->redo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 3, 60000);
    QCOMPARE(started.count(), 3);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(doc->undoStack()->index(), 1);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), after);
    QVERIFY(doc->file()->integrityProblems().isEmpty());
    // Straight on the stack (no window), a big step is written where it is asked for.
    doc->undoStack()->undo();
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), before);
}

// SQLite's file change counter (header bytes 24-27) goes up once per committed write
// transaction in rollback-journal mode.
// How many transactions have changed the plan: SQLite's file change counter; on a server, the
// audit trail's length (every transaction of the document appends one record).
static quint32 changeCounter(const QString &path)
{
    if (Server::ServerUrl::isServerUrl(path)) {
        QString error;
        auto store = Server::ServerStore::open(path, OpenMode::ReadOnly, &error);
        QSqlQuery count(store ? store->database() : QSqlDatabase());
        return store && count.exec(QStringLiteral("SELECT count(*) FROM audit")) && count.next()
                   ? quint32(count.value(0).toUInt())
                   : 0;
    }
    const QByteArray header = TestSupport::readAll(path).left(28);
    return header.size() < 28
               ? 0
               : (quint32(uchar(header[24])) << 24) | (quint32(uchar(header[25])) << 16) |
                     (quint32(uchar(header[26])) << 8) | quint32(uchar(header[27]));
}

// Removing many nodes, connecting into a new group and pasting are each one document verb: one
// undo step, written in one transaction each way, refused whole.
void tst_PlanDocument::compoundEditsAreOneStepAndOneTransaction()
{
    auto doc = newDocument(QStringLiteral("compound.continuity"));
    QVERIFY(doc);
    const QString path = doc->filePath();
    const QByteArray start = TestSupport::canonical(doc->plan());
    QString error;

    // Remove many: the nodes, their dependencies both ways, their groups; runbooks lose them.
    quint32 counter = changeCounter(path);
    QVERIFY2(
        doc->removeNodes(
            {QStringLiteral("pay-api"), QStringLiteral("pay-db"), QStringLiteral("dc1")}, &error),
        qPrintable(error));
    QCOMPARE(changeCounter(path), counter + 1);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Delete 3 node(s)")); // no translator in tests
    QVERIFY(!doc->containsNode(QStringLiteral("pay-db")));
    QVERIFY(!doc->group(QStringLiteral("pay-api"), QStringLiteral("sites")));
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)),
             TestSupport::canonical(doc->plan()));
    counter = changeCounter(path);
    doc->undoStack()->undo();
    QCOMPARE(changeCounter(path), counter + 1);
    QCOMPARE(TestSupport::canonical(doc->plan()), start);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)), start);
    // A node that is not there refuses the whole edit.
    QVERIFY(!doc->removeNodes({QStringLiteral("dc2"), QStringLiteral("ghost")}, &error));
    QVERIFY(doc->containsNode(QStringLiteral("dc2")));

    // Connect into a new group: the group and its first member together.
    counter = changeCounter(path);
    QVERIFY2(doc->connectInNewGroup({QStringLiteral("payroll"), QStringLiteral("sms"),
                                     Strength::Hard, QStringLiteral("messaging")},
                                    &error),
             qPrintable(error));
    QCOMPARE(changeCounter(path), counter + 1);
    QVERIFY(doc->group(QStringLiteral("payroll"), QStringLiteral("messaging")));
    doc->undoStack()->undo();
    QVERIFY(!doc->group(QStringLiteral("payroll"), QStringLiteral("messaging")));
    QVERIFY(!doc->dependency(QStringLiteral("payroll"), QStringLiteral("sms")));
    // Refused whole: a soft dependency cannot be a member, and no group is left behind.
    QVERIFY(!doc->connectInNewGroup({QStringLiteral("payroll"), QStringLiteral("sms"),
                                     Strength::Soft, QStringLiteral("messaging")},
                                    &error));
    QVERIFY(!doc->group(QStringLiteral("payroll"), QStringLiteral("messaging")));

    // Paste: new ids, the links among the pasted nodes, one step.
    Plan part = Plan::empty();
    part.services = {*doc->service(QStringLiteral("pay-api")), *doc->service(QStringLiteral("dc1")),
                     *doc->service(QStringLiteral("dc2"))};
    part.groups = {{QStringLiteral("pay-api"), QStringLiteral("sites"), 1}};
    part.dependencies = {
        {QStringLiteral("pay-api"), QStringLiteral("dc1"), Strength::Hard, QStringLiteral("sites")},
        {QStringLiteral("pay-api"), QStringLiteral("dc2"), Strength::Hard,
         QStringLiteral("sites")}};
    const int before = doc->undoStack()->index();
    counter = changeCounter(path);
    QStringList ids;
    QVERIFY2(doc->pasteNodes(part, QPointF(10, 10), &ids, &error), qPrintable(error));
    QCOMPARE(changeCounter(path), counter + 1);
    QCOMPARE(doc->undoStack()->index(), before + 1);
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids.contains(QStringLiteral("payment-api")));
    QVERIFY(doc->group(QStringLiteral("payment-api"), QStringLiteral("sites")));
    QCOMPARE(doc->groupSize(QStringLiteral("payment-api"), QStringLiteral("sites")), 2);
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(path)),
             TestSupport::canonical(doc->plan()));
    doc->undoStack()->undo();
    QVERIFY(!doc->containsNode(QStringLiteral("payment-api")));
    QCOMPARE(TestSupport::canonical(doc->plan()), start);
    // Refused whole: a pasted process whose RTO exceeds its MTD adds nothing.
    Plan broken = Plan::empty();
    Process p;
    p.id = QStringLiteral("x");
    p.name = QStringLiteral("Broken");
    p.mtdHours = 1;
    p.rtoHours = 5;
    broken.processes = {p};
    broken.services = {*doc->service(QStringLiteral("sms"))};
    QVERIFY(!doc->pasteNodes(broken, QPointF(), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("must not be longer than the MTD")), qPrintable(error));
    QCOMPARE(TestSupport::canonical(doc->plan()), start);
}

// A plan from elsewhere written in the background is checked by the plan's rules on the worker:
// a broken one is refused through wholePlanWritten, with nothing written and no step pushed.
void tst_PlanDocument::backgroundReplaceChecksThePlanOffTheWindowThread()
{
    auto doc = newDocument(QStringLiteral("background-refused.continuity"));
    QVERIFY(doc);
    const QByteArray before = TestSupport::readAll(doc->filePath());
    Plan broken = doc->plan();
    broken.dependencies.first().provider = QStringLiteral("ghost");
    QSignalSpy written(doc.get(), &PlanDocument::wholePlanWritten);
    QVERIFY(doc->replacePlanInBackground(broken, QStringLiteral("Import")));
    QTRY_COMPARE(written.count(), 1);
    QVERIFY(!written.at(0).at(0).toBool());
    QVERIFY2(written.at(0).at(1).toString().contains(QLatin1String("names no process or service")),
             qPrintable(written.at(0).at(1).toString()));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->isWriting());
    QCOMPARE(TestSupport::readAll(doc->filePath()), before);
}

// product/11-reports.md: editing a rating after review marks the BIA changed since review; undo
// takes the mark back with the rating, a new review clears it, and the file keeps it.
void tst_PlanDocument::aRatingEditedAfterReviewMarksTheBia()
{
    auto doc = newDocument(QStringLiteral("review.continuity"));
    QVERIFY(doc);
    const QString id = QStringLiteral("payments");
    const int months = doc->plan().tierPolicy.biaReviewMonths;
    QCOMPARE(months, 12);
    QVERIFY(biaReview(*doc->process(id), months, QDate(2026, 12, 1)).state ==
            BiaReviewState::NotReviewed);
    QString error;
    // A rating before any review marks nothing.
    QVERIFY2(doc->setImpactRating(id, ImpactCategory::Legal, 1, 3, &error), qPrintable(error));
    QVERIFY(!doc->process(id)->biaChangedSinceReview);
    QVERIFY2(doc->recordBiaReview(id, QStringLiteral("Ana Owner"), QDate(2026, 3, 1), &error),
             qPrintable(error));
    QVERIFY(biaReview(*doc->process(id), months, QDate(2026, 12, 1)).state ==
            BiaReviewState::Reviewed);
    QVERIFY(biaReview(*doc->process(id), months, QDate(2027, 3, 2)).state ==
            BiaReviewState::Overdue);
    QCOMPARE(biaReview(*doc->process(id), 6, QDate(2026, 12, 1)).dueOn, QDate(2026, 9, 1));
    QVERIFY(biaReview(*doc->process(id), 6, QDate(2026, 12, 1)).state == BiaReviewState::Overdue);

    QVERIFY2(doc->setImpactRating(id, ImpactCategory::Legal, 1, 4, &error), qPrintable(error));
    QVERIFY(doc->process(id)->biaChangedSinceReview);
    QVERIFY(biaReview(*doc->process(id), months, QDate(2026, 12, 1)).state ==
            BiaReviewState::Changed);
    // Another field edited keeps the mark; the ratings set back by hand do not clear it (the
    // review saw them, but someone changed them in between: review again).
    Process p = *doc->process(id);
    p.rtoHours = 1;
    QVERIFY2(doc->changeProcess(p, &error), qPrintable(error));
    QVERIFY(doc->process(id)->biaChangedSinceReview);
    {
        const Plan onDisk = TestSupport::loadPlanFile(doc->filePath());
        const auto it = std::find_if(onDisk.processes.cbegin(), onDisk.processes.cend(),
                                     [&](const Process &q) { return q.id == id; });
        QVERIFY(it != onDisk.processes.cend() && it->biaChangedSinceReview);
    }
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!doc->process(id)->biaChangedSinceReview);
    QCOMPARE(doc->process(id)->impact(ImpactCategory::Legal).at(1), 3);
    doc->undoStack()->redo();
    QVERIFY(doc->process(id)->biaChangedSinceReview);
    QVERIFY2(doc->recordBiaReview(id, QStringLiteral("Ana Owner"), QDate(2026, 12, 1), &error),
             qPrintable(error));
    QVERIFY(!doc->process(id)->biaChangedSinceReview);
    QCOMPARE(*doc->process(id)->reviewedOn, QStringLiteral("2026-12-01"));
}

QTEST_GUILESS_MAIN(tst_PlanDocument)
#include "tst_plandocument.moc"

// Candidate new values for one field of the field tables, in the order they are tried (a value
// the plan's rules refuse, such as an RTO above the MTD, is skipped for the next).
template <typename T> static QList<QVariant> candidates(const Field<T> &f, const T &item)
{
    using Type = typename Field<T>::Type;
    const QVariant now = f.value(item);
    switch (f.type) {
    case Type::Name:
    case Type::RequiredText:
    case Type::Text:
    case Type::LongText:
        return {QVariant(now.toString() + QStringLiteral(" (edited)"))};
    case Type::Hours:
    case Type::Amount:
        return now.isNull() ? QList<QVariant>{1.5, 0.1}
                            : QList<QVariant>{now.toDouble() / 2, now.toDouble() * 2, QVariant()};
    case Type::Tier:
        return {now.isNull() ? 1 : (now.toInt() + 1) % 4, QVariant()};
    case Type::OptionalText: // dates are the optional texts of the tables walked here
        return {now.isNull() ? QVariant(QStringLiteral("2026-01-15")) : QVariant()};
    case Type::Flag:
        return {now.toInt() ? 0 : 1};
    case Type::Severity:
        return {now.toInt() % 5 + 1};
    case Type::OptionalChoice:
    case Type::Choice: {
        QList<QVariant> others;
        if (f.type == Type::OptionalChoice && !now.isNull())
            others.append(QVariant());
        for (const QString &name : f.choice->names()) {
            if (name != now.toString())
                others.append(name);
        }
        return others;
    }
    }
    return {};
}

// Each field of the tables (domain/Fields.h) edited alone: one undo step that names the field,
// written to the file, and carried by the plan JSON (export, then import, gives the same plan).
template <typename T, typename Get, typename Change>
static void editEachField(PlanDocument *doc, std::span<const Field<T>> fields, const QString &id,
                          Get get, Change change)
{
    for (const Field<T> &f : fields) {
        const T before = *get(doc, id);
        bool edited = false;
        QString error;
        // Alone, or with the other fields of its object cleared or chosen anew (a replication
        // lag needs the asynchronous mode, a backup interval the backup mode).
        QList<std::function<void(T &)>> contexts{[](T &) {}};
        for (const Field<T> &sibling : fields) {
            if (!f.object || &sibling == &f || !Field<T>::sameObject(sibling.object, f.object))
                continue;
            if (sibling.type == Field<T>::Type::Hours)
                contexts.append([&sibling](T &item) { sibling.setValue(item, QVariant()); });
            if (sibling.type == Field<T>::Type::Choice) {
                for (const QVariant &choice : candidates(sibling, before))
                    contexts.append([&sibling, choice, &fields, &f](T &item) {
                        for (const Field<T> &other : fields) {
                            if (&other != &f && Field<T>::sameObject(other.object, f.object) &&
                                other.type == Field<T>::Type::Hours)
                                other.setValue(item, QVariant());
                        }
                        sibling.setValue(item, choice);
                    });
            }
        }
        for (const auto &context : contexts) {
            for (const QVariant &value : candidates(f, before)) {
                T after = before;
                context(after);
                f.setValue(after, value);
                if (edited || f.equal(before, after) || !change(doc, after, &error))
                    continue;
                edited = true;
            }
        }
        QVERIFY2(edited, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(f.key), error)));
        const QString text = doc->undoStack()->undoText();
        // Named by its label, or by its object's (the first field of it) when others changed
        // with it.
        QString label = QCoreApplication::translate("Continuity::PlanDocument", f.label);
        for (const Field<T> &other : fields) {
            if (f.object && &other != &f && Field<T>::sameObject(other.object, f.object) &&
                !other.equal(before, *get(doc, id))) {
                for (const Field<T> &first : fields) {
                    if (Field<T>::sameObject(first.object, f.object)) {
                        label =
                            QCoreApplication::translate("Continuity::PlanDocument", first.label);
                        break;
                    }
                }
            }
        }
        QVERIFY2(f.type == Field<T>::Type::Name ? text.startsWith(QStringLiteral("Rename"))
                                                : text.contains(label),
                 qPrintable(QLatin1String(f.key) + QStringLiteral(": ") + text));
        QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(doc->filePath())),
                 TestSupport::canonical(doc->plan()));
        const QByteArray json = PlanJson::write(doc->plan());
        QVERIFY2(json.contains(QByteArray(QByteArray("\"") + f.key + "\"")), f.key);
        QStringList errors;
        const std::optional<Plan> reread = PlanJson::read(json, &errors);
        QVERIFY2(reread, qPrintable(errors.join(u'\n')));
        QCOMPARE(TestSupport::canonical(*reread), TestSupport::canonical(doc->plan()));
        doc->undoStack()->undo();
        QVERIFY(*get(doc, id) == before);
    }
}

void tst_PlanDocument::everyTableFieldEditsAlone()
{
    auto doc = newDocument(QStringLiteral("fields.continuity"));
    QVERIFY(doc);
    editEachField<Process>(
        doc.get(), processFields(), QStringLiteral("payments"),
        [](PlanDocument *d, const QString &id) { return d->process(id); },
        [](PlanDocument *d, const Process &p, QString *e) { return d->changeProcess(p, e); });
    if (QTest::currentTestFailed())
        return;
    editEachField<Service>(
        doc.get(), serviceFields(), QStringLiteral("pay-db"),
        [](PlanDocument *d, const QString &id) { return d->service(id); },
        [](PlanDocument *d, const Service &s, QString *e) { return d->changeService(s, e); });
}
