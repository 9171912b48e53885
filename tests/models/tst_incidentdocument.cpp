// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents and SLOs through the document (docs/incidents.md): each edit one undo step, written
// as it is made and read back the same after reopening and through plan JSON; bad values and
// references refused with a message that names them, the file unchanged.
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "TestStores.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_IncidentDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_stores.problem().isEmpty(), qPrintable(m_stores.problem())); }
    void incidentAddChangeRemoveWithUndoAndReopen();
    void badIncidentsAreRefused_data();
    void badIncidentsAreRefused();
    void sloFollowsItsNode();
    void incidentPolicyAndJson();
    void hostileJsonIsRefused_data();
    void hostileJsonIsRefused();

private:
    // The suite runs against both stores (TestStores; ctest's tst_incidentdocument_server).
    std::unique_ptr<PlanDocument> newDocument(const QString &name)
    {
        return m_stores.newDocument(name, TestSupport::smallPlan());
    }
    TestSupport::TestStores m_stores;
};

static Incident outage()
{
    Incident i;
    i.id = QStringLiteral("INC0001");
    i.title = QStringLiteral("Payment database down");
    i.severity = 1;
    i.status = IncidentStatus::Closed;
    i.startedAt = QStringLiteral("2026-03-04T10:00:00+01:00");
    i.detectedAt = QStringLiteral("2026-03-04T10:05:00+01:00");
    i.restoredAt = QStringLiteral("2026-03-04T12:00:00+01:00");
    i.closedAt = QStringLiteral("2026-03-05T09:00:00+01:00");
    i.affected = {{QStringLiteral("pay-db"), AffectedState::Down, std::nullopt, std::nullopt},
                  {QStringLiteral("sms"), AffectedState::Degraded,
                   QStringLiteral("2026-03-04T10:30:00+01:00"),
                   QStringLiteral("2026-03-04T11:00:00+01:00")}};
    i.dataLoss = {{QStringLiteral("pay-db"), 0.1}};
    i.clientsAffected = 1200;
    i.cost = 50000;
    i.causedByChange = QStringLiteral("CHG0001");
    i.factors = {{FactorCategory::Change, QStringLiteral("Storage firmware <b>update</b>")}};
    Postmortem pm;
    pm.summary = QStringLiteral("The array restarted.");
    pm.timeline = {{QStringLiteral("2026-03-04T10:05:00+01:00"), QStringLiteral("Alert")}};
    pm.actions = {{QStringLiteral("A1"), QStringLiteral("Test failover before firmware updates"),
                   ActionKind::Prevent, QStringLiteral("Julia"), QStringLiteral("2026-04-30"),
                   ActionStatus::Open, std::nullopt}};
    pm.runbookChanges = {{QStringLiteral("rb-db"), QStringLiteral("2.0")}};
    pm.reviewer = QStringLiteral("Julia");
    pm.reviewedOn = QStringLiteral("2026-03-09");
    i.postmortem = pm;
    return i;
}

void tst_IncidentDocument::incidentAddChangeRemoveWithUndoAndReopen()
{
    auto doc = newDocument(QStringLiteral("incidents.continuity"));
    QVERIFY(doc);
    QString error;
    QCOMPARE(doc->nextIncidentId(), QStringLiteral("INC0001"));
    QVERIFY2(doc->addIncident(outage(), &error), qPrintable(error));
    QCOMPARE(doc->nextIncidentId(), QStringLiteral("INC0002"));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Add incident \"Payment database down\""));
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).incidents, QList<Incident>{outage()});

    Incident changed = outage();
    changed.postmortem->wentWrong = QStringLiteral("Nobody tested the failover.");
    changed.affected.removeLast();
    QVERIFY2(doc->changeIncident(changed, QStringLiteral("Edit the post-mortem"), &error),
             qPrintable(error));
    QCOMPARE(*doc->incident(QStringLiteral("INC0001")), changed);
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).incidents.value(0), changed);
    doc->undoStack()->undo();
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).incidents.value(0), outage());
    doc->undoStack()->redo();

    // An incident is a record: a node it names may leave the plan and the incident keeps it;
    // a new incident cannot name it.
    doc->undoStack()->undo(); // back to the incident as added, naming sms
    QVERIFY2(doc->removeNode(QStringLiteral("sms"), &error), qPrintable(error));
    Incident renamed = outage();
    renamed.title = QStringLiteral("Payment database outage");
    QVERIFY2(doc->changeIncident(renamed, QStringLiteral("Rename"), &error), qPrintable(error));
    Incident another = outage();
    another.id = doc->nextIncidentId();
    QVERIFY(!doc->addIncident(another, &error));
    QVERIFY2(error.contains(QLatin1String("sms")), qPrintable(error));

    const QString path = doc->filePath();
    const Plan before = doc->plan();
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->plan().incidents, before.incidents);
    // The plan's own JSON reads back the same.
    const std::optional<Plan> json = PlanJson::read(PlanJson::write(reopened->plan()), nullptr);
    QVERIFY(json);
    QCOMPARE(json->incidents, before.incidents);

    QVERIFY2(reopened->removeIncident(QStringLiteral("INC0001"), &error), qPrintable(error));
    QVERIFY(TestSupport::loadPlanFile(path).incidents.isEmpty());
    reopened->undoStack()->undo();
    QCOMPARE(TestSupport::loadPlanFile(path).incidents, before.incidents);
}

void tst_IncidentDocument::badIncidentsAreRefused_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("mentions");
    Incident i = outage();
    i.severity = 0;
    QTest::newRow("severity 0") << i << QStringLiteral("severity");
    i = outage();
    i.startedAt = QStringLiteral("2026-03-04T10:00:00");
    QTest::newRow("no offset") << i << QStringLiteral("startedAt");
    i = outage();
    i.restoredAt = QStringLiteral("2026-03-04T08:00:00+01:00");
    QTest::newRow("restored before start") << i << QStringLiteral("restoredAt");
    i = outage();
    i.affected.append({QStringLiteral("nowhere"), AffectedState::Down, {}, {}});
    QTest::newRow("unknown node") << i << QStringLiteral("nowhere");
    i = outage();
    i.plansActivated = {QStringLiteral("rb-none")};
    QTest::newRow("unknown runbook") << i << QStringLiteral("rb-none");
    i = outage();
    i.dataLoss.append({QStringLiteral("pay-db"), 1.0});
    QTest::newRow("data store twice") << i << QStringLiteral("dataLoss");
    i = outage();
    i.postmortem->actions.append(i.postmortem->actions.first());
    QTest::newRow("action id twice") << i << QStringLiteral("actions");
    i = outage();
    i.status = IncidentStatus::Closed;
    i.closedAt.reset();
    QTest::newRow("closed without closedAt") << i << QStringLiteral("closedAt");
    i = outage();
    i.clientsAffected = -3;
    QTest::newRow("negative clients") << i << QStringLiteral("clientsAffected");
}

void tst_IncidentDocument::badIncidentsAreRefused()
{
    QFETCH(Incident, incident);
    QFETCH(QString, mentions);
    auto doc = newDocument(QStringLiteral("bad-%1.continuity")
                               .arg(QString::fromUtf8(QTest::currentDataTag()))
                               .replace(u' ', u'-'));
    QVERIFY(doc);
    const QByteArray before = TestSupport::TestStores::storedAt(doc->filePath());
    QString error;
    QVERIFY(!doc->addIncident(incident, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->plan().incidents.isEmpty());
    QCOMPARE(TestSupport::TestStores::storedAt(doc->filePath()), before);
}

void tst_IncidentDocument::sloFollowsItsNode()
{
    auto doc = newDocument(QStringLiteral("slo.continuity"));
    QVERIFY(doc);
    QString error;
    const Slo slo{QStringLiteral("pay-api"), 99.9, QStringLiteral("30d"), false};
    QVERIFY2(doc->setSlo(slo, &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).slos, QList<Slo>{slo});
    Slo quarter = slo;
    quarter.window = QStringLiteral("quarter");
    quarter.objective.reset();
    QVERIFY2(doc->setSlo(quarter, &error), qPrintable(error));
    QCOMPARE(doc->plan().slos, QList<Slo>{quarter});
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().slos, QList<Slo>{slo});
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).slos, QList<Slo>{slo});

    // Removing the node takes its SLO; undo brings both back.
    QVERIFY2(doc->removeNode(QStringLiteral("pay-api"), &error), qPrintable(error));
    QVERIFY(doc->plan().slos.isEmpty());
    QVERIFY(TestSupport::loadPlanFile(doc->filePath()).slos.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().slos, QList<Slo>{slo});
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).slos, QList<Slo>{slo});

    QVERIFY2(doc->removeSlo(QStringLiteral("pay-api"), &error), qPrintable(error));
    QVERIFY(doc->plan().slos.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().slos, QList<Slo>{slo});

    for (const Slo &bad : {Slo{QStringLiteral("pay-api"), 100.0, QStringLiteral("30d"), false},
                           Slo{QStringLiteral("pay-api"), 99.0, QStringLiteral("week"), false},
                           Slo{QStringLiteral("pay-api"), 99.0, QStringLiteral("0d"), false},
                           Slo{QStringLiteral("nowhere"), 99.0, QStringLiteral("30d"), false}}) {
        const QByteArray before = TestSupport::TestStores::storedAt(doc->filePath());
        QVERIFY(!doc->setSlo(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(TestSupport::TestStores::storedAt(doc->filePath()), before);
    }
}

void tst_IncidentDocument::incidentPolicyAndJson()
{
    auto doc = newDocument(QStringLiteral("policy.continuity"));
    QVERIFY(doc);
    QString error;
    IncidentPolicy policy;
    policy.timeZone = QStringLiteral("Europe/Lisbon");
    policy.financialEntity = true;
    policy.postmortemBusinessDays = 10;
    QVERIFY2(doc->setIncidentPolicy(policy, &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).incidentPolicy, policy);
    doc->undoStack()->undo();
    QCOMPARE(TestSupport::loadPlanFile(doc->filePath()).incidentPolicy, IncidentPolicy());
    policy.timeZone = QStringLiteral("Mars/Olympus");
    QVERIFY(!doc->setIncidentPolicy(policy, &error));
    QVERIFY2(error.contains(QLatin1String("timeZone")), qPrintable(error));

    // A plan JSON of version 2 (before incidents) reads with the defaults, tier objectives too.
    Plan plan = TestSupport::smallPlan();
    QByteArray json = PlanJson::write(plan);
    json.replace("\"version\": 3", "\"version\": 2");
    json.replace(", \"sloObjective\": 99.95", "");
    const std::optional<Plan> old = PlanJson::read(json, nullptr);
    QVERIFY(old);
    QCOMPARE(old->tierPolicy.sloObjective(0), std::optional<double>(99.95));
    QCOMPARE(old->incidentPolicy, IncidentPolicy());
}

void tst_IncidentDocument::hostileJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QByteArray>("with");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("severity 7") << QByteArray("\"severity\": 1") << QByteArray("\"severity\": 7")
                                << QStringLiteral("incidents[0].severity");
    QTest::newRow("severity text")
        << QByteArray("\"severity\": 1") << QByteArray("\"severity\": \"high\"")
        << QStringLiteral("incidents[0].severity");
    QTest::newRow("unknown state")
        << QByteArray("\"state\": \"degraded\"") << QByteArray("\"state\": \"on fire\"")
        << QStringLiteral("incidents[0].affected[1].state");
    QTest::newRow("unknown factor")
        << QByteArray("\"category\": \"change\"") << QByteArray("\"category\": \"gremlins\"")
        << QStringLiteral("incidents[0].factors[0].category");
    QTest::newRow("unknown key") << QByteArray("\"externalRef\"") << QByteArray("\"ticket\"")
                                 << QStringLiteral("incidents[0].ticket");
    QTest::newRow("slo of nothing")
        << QByteArray("\"node\": \"pay-api\", \"objective\"")
        << QByteArray("\"node\": \"gone\", \"objective\"") << QStringLiteral("slos[0].node");
    QTest::newRow("slo 100 %") << QByteArray("\"objective\": 99.9")
                               << QByteArray("\"objective\": 100") << QStringLiteral("objective");
    QTest::newRow("postmortem list")
        << QByteArray("\"postmortem\": {") << QByteArray("\"postmortem\": 5, \"x\": {")
        << QStringLiteral("postmortem");
}

void tst_IncidentDocument::hostileJsonIsRefused()
{
    QFETCH(QByteArray, replace);
    QFETCH(QByteArray, with);
    QFETCH(QString, mentions);
    Plan plan = TestSupport::smallPlan();
    plan.incidents = {outage()};
    plan.incidents[0].postmortem->runbookChanges.clear();
    plan.slos = {{QStringLiteral("pay-api"), 99.9, QStringLiteral("30d"), false}};
    QByteArray json = PlanJson::write(plan);
    QVERIFY(PlanJson::read(json, nullptr));
    QVERIFY2(json.contains(replace), replace.constData());
    json.replace(replace, with);
    QStringList errors;
    QVERIFY(!PlanJson::read(json, &errors));
    QVERIFY2(errors.join(u'\n').contains(mentions), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_IncidentDocument)
#include "tst_incidentdocument.moc"
