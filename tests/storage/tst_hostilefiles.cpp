// SPDX-License-Identifier: GPL-3.0-or-later
// A plan file from someone else is data, never code (docs/decisions/untrusted-files.md):
// schema objects Continuity does not create are refused by name before anything is read, and
// values out of range are refused by the plan's rules, never trusted; the file stays as it was.
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_HostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaObjectsAreRefused_data();
    void schemaObjectsAreRefused();
    void valuesOutOfRangeAreRefused_data();
    void valuesOutOfRangeAreRefused();
    void aTriggerNeverRuns();
    void everyColumnOfEveryTable();

private:
    // A copy of the valid plan with `statements` run on it by a plain SQLite connection, as
    // someone crafting a file would; empty when a statement failed (with the reason).
    QString crafted(const QString &name, const QStringList &statements, QString *why);
    // In memory where there is such a folder: a thousand files are made here.
    QTemporaryDir m_dir{QDir(QStringLiteral("/dev/shm")).exists()
                            ? QStringLiteral("/dev/shm/continuity-hostile-XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/continuity-hostile-XXXXXX")};
    QByteArray m_valid;
};

void tst_HostileFiles::initTestCase()
{
    const QString p = m_dir.filePath(QStringLiteral("valid.continuity"));
    QString error;
    // The small plan with an incident, its post-mortem and an SLO, so that every table has a
    // row for the hostile values below.
    Plan plan = TestSupport::smallPlan();
    Incident incident;
    incident.id = QStringLiteral("INC0001");
    incident.title = QStringLiteral("Payment database down");
    incident.severity = 2;
    incident.startedAt = QStringLiteral("2026-03-04T10:00:00+01:00");
    incident.restoredAt = QStringLiteral("2026-03-04T12:00:00+01:00");
    incident.affected = {{QStringLiteral("pay-db"), AffectedState::Down, std::nullopt,
                          QStringLiteral("2026-03-04T11:00:00+01:00")}};
    incident.dataLoss = {{QStringLiteral("pay-db"), 0.5}};
    incident.factors = {{FactorCategory::Capacity, QStringLiteral("Disk full")}};
    Postmortem pm;
    pm.summary = QStringLiteral("The disk filled.");
    pm.timeline = {{QStringLiteral("2026-03-04T10:05:00+01:00"), QStringLiteral("Alert")}};
    pm.actions = {{QStringLiteral("A1"), QStringLiteral("Alert on disk use"), ActionKind::Detect,
                   QString(), QStringLiteral("2026-04-01"), ActionStatus::Open, std::nullopt}};
    pm.runbookChanges = {{QStringLiteral("rb-db"), QStringLiteral("1.1")}};
    pm.reviewedOn = QStringLiteral("2026-03-06");
    incident.postmortem = pm;
    plan.incidents = {incident};
    plan.slos = {{QStringLiteral("pay-api"), 99.9, QStringLiteral("30d"), false}};
    // A change with every part (release, CAB review, targets, checks), a freeze with nodes and
    // a maintenance window: the change tables have rows too.
    Change change;
    change.id = QStringLiteral("CHG0001");
    change.title = QStringLiteral("Patch the payment database");
    change.state = ChangeState::Scheduled;
    change.createdAt = QStringLiteral("2026-02-01T09:00:00Z");
    change.targets = {QStringLiteral("pay-db")};
    change.plannedStart = QStringLiteral("2026-03-10T22:00:00Z");
    change.plannedEnd = QStringLiteral("2026-03-10T23:00:00Z");
    change.backoutRunbook = QStringLiteral("rb-db");
    change.release = ReleasePlan{ReleaseStrategy::Canary,
                                 {5, 50, 100},
                                 QStringLiteral("2026-02-20"),
                                 QStringLiteral("staging")};
    change.cab = CabReview{CabDecision::Approved,
                           {QStringLiteral("cab-member")},
                           QStringLiteral("2026-03-01"),
                           QString()};
    change.verification = {{QStringLiteral("Payments flow"), CheckResult::Pass}};
    change.causedIncidents = {QStringLiteral("INC0001")};
    plan.changes = {change};
    FreezeWindow freeze;
    freeze.id = QStringLiteral("freeze-1");
    freeze.name = QStringLiteral("Quarter end");
    freeze.start = QStringLiteral("2026-03-30T00:00:00Z");
    freeze.end = QStringLiteral("2026-04-02T00:00:00Z");
    freeze.rrule = QStringLiteral("FREQ=YEARLY");
    freeze.scope = FreezeScope::Nodes;
    freeze.nodes = {QStringLiteral("pay-api")};
    plan.freezes = {freeze};
    MaintenanceWindow window;
    window.id = QStringLiteral("mw-1");
    window.node = QStringLiteral("pay-db");
    window.start = QStringLiteral("2026-03-01T02:00:00Z");
    window.durationHours = 2;
    window.rrule = QStringLiteral("FREQ=WEEKLY");
    plan.maintenanceWindows = {window};
    // Governance: a control with requirements, evidence, an access review and an exception.
    Control control;
    control.id = QStringLiteral("CTL-1");
    control.title = QStringLiteral("Restores tested");
    control.rule = ControlRule::RestoreTested;
    control.maxTier = 1;
    control.months = 12;
    control.requirements = {QStringLiteral("iso27001:8.13"), QStringLiteral("dora:art12")};
    plan.controls = {control};
    plan.evidence = {{QStringLiteral("EV-1"), QStringLiteral("CTL-1"), QStringLiteral("a.pdf"),
                      QString(64, QLatin1Char('b')), 1024, QStringLiteral("2026-02-01"),
                      QString()}};
    plan.accessReviews = {{QStringLiteral("AR-1"), QStringLiteral("pay-db"),
                           QStringLiteral("someone"), QStringLiteral("2026-02-02"), 10, 1,
                           QString()}};
    RiskException exception;
    exception.id = QStringLiteral("EX-1");
    exception.findingKind = QStringLiteral("spof");
    exception.subject = QStringLiteral("pay-db");
    exception.acceptedBy = QStringLiteral("someone");
    exception.acceptedOn = QStringLiteral("2026-02-03");
    exception.expires = QStringLiteral("2026-08-03");
    exception.reason = QStringLiteral("Second replica in Q3.");
    plan.exceptions = {exception};
    // Contracts and commitments, a licensed activity, the financial entity.
    SupplierContract contract;
    contract.id = QStringLiteral("CT-1");
    contract.supplier = QStringLiteral("sms");
    contract.reference = QStringLiteral("TW-1");
    contract.supplierCountry = QStringLiteral("EE");
    contract.ictService = QStringLiteral("S19");
    contract.start = QStringLiteral("2024-01-01");
    contract.slaAvailability = 99.5;
    plan.contracts = {contract};
    CustomerCommitment commitment;
    commitment.id = QStringLiteral("CC-1");
    commitment.customer = QStringLiteral("Merchants");
    commitment.subject = QStringLiteral("payments");
    commitment.rtoHours = 2;
    plan.commitments = {commitment};
    plan.processes[0].licensedActivity = QStringLiteral("x224");
    plan.governancePolicy.entityCountry = QStringLiteral("DE");
    QVERIFY2(TestSupport::createPlanFile(p, plan, &error), qPrintable(error));
    m_valid = TestSupport::readAll(p);
}

QString tst_HostileFiles::crafted(const QString &name, const QStringList &statements, QString *why)
{
    const QString p = m_dir.filePath(name + QStringLiteral(".continuity"));
    QFile::remove(p);
    if (!TestSupport::writeAll(p, m_valid))
        return QString();
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(p);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = q.exec(statement);
            if (!ok)
                *why = statement + QStringLiteral(": ") + q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok ? p : QString();
}

void tst_HostileFiles::schemaObjectsAreRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trigger")
        << QStringList{QStringLiteral(
               "CREATE TRIGGER t AFTER INSERT ON dependencies BEGIN DELETE FROM dependencies; END")}
        << QStringLiteral("the trigger \"t\" on table \"dependencies\"");
    QTest::newRow("view")
        << QStringList{QStringLiteral(
               "CREATE VIEW v AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
               "SELECT x FROM r")}
        << QStringLiteral("the view \"v\"");
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE notes(text TEXT)")}
                                 << QStringLiteral("the table \"notes\"");
    QTest::newRow("extra index") << QStringList{QStringLiteral(
                                        "CREATE INDEX services_by_name ON services(name)")}
                                 << QStringLiteral("the index \"services_by_name\"");
    QTest::newRow("virtual table")
        << QStringList{QStringLiteral("CREATE VIRTUAL TABLE search USING rtree(id, x0, x1)")}
        << QStringLiteral("the virtual table \"search\"");
    QTest::newRow("table defined otherwise")
        << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                                      "'CHECK(tier BETWEEN 0 AND 3)', 'CHECK(1)') "
                                      "WHERE name = 'services'")}
        << QStringLiteral("the table \"services\" is not defined as Continuity defines it");
    QTest::newRow("index missing")
        << QStringList{QStringLiteral("DROP INDEX dependencies_by_provider")}
        << QStringLiteral("the index \"dependencies_by_provider\" on table \"dependencies\" of "
                          "plan format");
}

void tst_HostileFiles::schemaObjectsAreRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    QString why;
    const QString p =
        crafted(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), statements, &why);
    if (p.isEmpty() && QByteArray(QTest::currentDataTag()) == "virtual table")
        QSKIP(qPrintable(QStringLiteral("this SQLite cannot make one: ") + why));
    QVERIFY2(!p.isEmpty(), qPrintable(why));
    const QByteArray before = TestSupport::readAll(p);
    QString error;
    QVERIFY(!PlanFile::open(p, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(p)), qPrintable(error));
    QVERIFY(!PlanFile::open(p, OpenMode::ReadOnly, &error));
    QVERIFY(!PlanDocument::open(p, &error));
    QCOMPARE(TestSupport::readAll(p), before);
    QVERIFY(!QFile::exists(PlanFile::lockFilePath(p)));
}

void tst_HostileFiles::valuesOutOfRangeAreRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    // Written past the schema's CHECK constraints and foreign keys, as a crafted file can be.
    auto unchecked = [](std::initializer_list<const char *> sql) {
        QStringList out{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                        QStringLiteral("PRAGMA foreign_keys = OFF")};
        for (const char *s : sql)
            out.append(QString::fromLatin1(s));
        return out;
    };
    // Values the schema's CHECK constraints forbid are found by quick_check and named by the
    // plan's rules, row and column.
    QTest::newRow("tier 7") << unchecked({"UPDATE services SET tier = 7 WHERE node = (SELECT key "
                                          "FROM nodes WHERE id = 'pay-api')"})
                            << QStringLiteral("services[0].tier must be a tier from 0 to 3");
    QTest::newRow("negative tier")
        << unchecked({"UPDATE processes SET tier = -2147483648"})
        << QStringLiteral("processes[0].tier must be a tier from 0 to 3");
    QTest::newRow("BIA horizon far out")
        << unchecked({"UPDATE bia_ratings SET horizon = 2000000000 WHERE (process, category, "
                      "horizon) IN (SELECT process, category, horizon FROM bia_ratings LIMIT 1)"})
        << QStringLiteral("column horizon: must be a time horizon from 0 to 5");
    QTest::newRow("BIA horizon negative")
        << unchecked({"UPDATE bia_ratings SET horizon = -1 WHERE (process, category, horizon) "
                      "IN (SELECT process, category, horizon FROM bia_ratings LIMIT 1)"})
        << QStringLiteral("table bia_ratings, process \"payments\", column horizon");
    QTest::newRow("unknown impact category")
        << unchecked({"UPDATE bia_ratings SET category = 'x' WHERE (process, category, horizon) "
                      "IN (SELECT process, category, horizon FROM bia_ratings LIMIT 1)"})
        << QStringLiteral("table bia_ratings, process \"payments\", column category");
    QTest::newRow("rating 9") << unchecked({"UPDATE bia_ratings SET rating = 9"})
                              << QStringLiteral("impacts.financial[0] must be a rating from 0");
    QTest::newRow("absurd RTO") << unchecked({"UPDATE services SET rto_hours = 1e300"})
                                << QStringLiteral("rtoHours must be a number of hours");
    QTest::newRow("negative RTO") << unchecked({"UPDATE processes SET rto_hours = -5"})
                                  << QStringLiteral(
                                         "processes[0].rtoHours must be a number of hours");
    QTest::newRow("RTO above MTD") << unchecked({"UPDATE processes SET rto_hours = 80000, "
                                                 "mtd_hours = 1"})
                                   << QStringLiteral("rtoHours must not be longer than the MTD");
    QTest::newRow("quorum 0") << unchecked({"UPDATE redundancy_groups SET quorum = 0"})
                              << QStringLiteral("groups[0].quorum must be a whole number");
    QTest::newRow("quorum huge") << unchecked({"UPDATE redundancy_groups SET quorum = 2000000000"})
                                 << QStringLiteral("groups[0].quorum must be a whole number");
    QTest::newRow("dependency on nothing")
        << unchecked({"UPDATE dependencies SET provider = 999999 WHERE (consumer, provider) IN "
                      "(SELECT consumer, provider FROM dependencies LIMIT 1)"})
        << QStringLiteral("provider is required");
    QTest::newRow("self dependency")
        << unchecked({"UPDATE dependencies SET provider = consumer WHERE (consumer, provider) "
                      "IN (SELECT consumer, provider FROM dependencies LIMIT 1)"})
        << QStringLiteral("cannot depend on itself");
    QTest::newRow("exercise date") << unchecked({"UPDATE exercises SET date = 'soon'"})
                                   << QStringLiteral("date must be a date written YYYY-MM-DD");
    QTest::newRow("huge name")
        << unchecked({"UPDATE services SET name = printf('%.*c', 2000000, 'x') WHERE node = "
                      "(SELECT key FROM nodes WHERE id = 'dc1')"})
        << QStringLiteral("name must be at most 100000 characters long");
    QTest::newRow("empty id") << unchecked({"UPDATE nodes SET id = '' WHERE id = 'sms'"})
                              << QStringLiteral("id must be 1 to 200 characters");
    QTest::newRow("severity 9") << unchecked({"UPDATE incidents SET severity = 9"})
                                << QStringLiteral("severity must be a whole number from 1 to 5");
    QTest::newRow("incident status") << unchecked({"UPDATE incidents SET status = 'on fire'"})
                                     << QStringLiteral("incidents, column status");
    QTest::newRow("instant without offset")
        << unchecked({"UPDATE incidents SET started_at = '2026-03-04T10:00:00'"})
        << QStringLiteral("startedAt must be an ISO-8601 date and time with its offset");
    // (An affected node the plan no longer has is a record, not a fault: such a file opens.)
    QTest::newRow("affected state") << unchecked({"UPDATE incident_affected SET state = 'melted'"})
                                    << QStringLiteral("incident_affected, column state");
    QTest::newRow("restored before started")
        << unchecked({"UPDATE incidents SET restored_at = '2026-03-01T00:00:00Z'"})
        << QStringLiteral("restoredAt must not be before startedAt");
    QTest::newRow("SLO objective 100") << unchecked({"UPDATE slos SET objective = 100"})
                                       << QStringLiteral("objective must be a percentage");
    QTest::newRow("SLO window") << unchecked({"UPDATE slos SET slo_window = 'forever'"})
                                << QStringLiteral("window must be a number of days");
    QTest::newRow("post-mortem action kind")
        << unchecked({"UPDATE postmortem_actions SET kind = 'blame'"})
        << QStringLiteral("postmortem_actions, column kind");
    QTest::newRow("time zone") << unchecked({"UPDATE plan_info SET value = 'Mars/Olympus' WHERE "
                                             "key = 'time_zone'"})
                               << QStringLiteral("timeZone must be a time zone");
    QTest::newRow("id with spaces") << unchecked({"UPDATE nodes SET id = 'a b' WHERE id = 'sms'"})
                                    << QStringLiteral("id must be 1 to 200 characters");
    QTest::newRow("change class") << unchecked({"UPDATE changes SET class = 'sometimes'"})
                                  << QStringLiteral("changes, column class");
    QTest::newRow("change ends before it starts")
        << unchecked({"UPDATE changes SET planned_end = '2026-03-01T00:00:00Z'"})
        << QStringLiteral("plannedEnd must be after plannedStart");
    QTest::newRow("change window half given")
        << unchecked({"UPDATE changes SET planned_end = NULL"}) << QStringLiteral("plannedEnd");
    // (A target or a maintenance node the plan no longer has is a record, as an incident's.)
    QTest::newRow("change state") << unchecked({"UPDATE changes SET state = 'done'"})
                                  << QStringLiteral("changes, column state");
    QTest::newRow("canary steps") << unchecked({"UPDATE change_releases SET canary_steps = 'x;y'"})
                                  << QStringLiteral("canarySteps");
    QTest::newRow("freeze rule") << unchecked({"UPDATE freezes SET rrule = 'FREQ=SOMETIMES'"})
                                 << QStringLiteral("rrule");
    QTest::newRow("freeze zone") << unchecked({"UPDATE freezes SET time_zone = 'Mars/Olympus'"})
                                 << QStringLiteral("timeZone must be a time zone");
    QTest::newRow("maintenance duration")
        << unchecked({"UPDATE maintenance_windows SET duration_hours = -3"})
        << QStringLiteral("durationHours");
    QTest::newRow("CAB decision") << unchecked({"UPDATE change_cab SET decision = 'maybe'"})
                                  << QStringLiteral("change_cab, column decision");
    QTest::newRow("control rule") << unchecked({"UPDATE controls SET rule = 'hope'"})
                                  << QStringLiteral("controls, column rule");
    QTest::newRow("control months") << unchecked({"UPDATE controls SET months = 0.5"})
                                    << QStringLiteral("months must be a whole number");
    QTest::newRow("evidence hash")
        << unchecked({"UPDATE evidence_files SET sha256 = 'abc'"}) << QStringLiteral("sha256");
    QTest::newRow("exception for years")
        << unchecked({"UPDATE risk_exceptions SET expires = '2031-01-01'"})
        << QStringLiteral("expires must be at most");
    QTest::newRow("accounts removed")
        << unchecked({"UPDATE access_reviews SET accounts_removed = 11"})
        << QStringLiteral("accountsRemoved");
    QTest::newRow("contract service type")
        << unchecked({"UPDATE supplier_contracts SET ict_service = 'S99'"})
        << QStringLiteral("ictService must be one of");
    QTest::newRow("contract country")
        << unchecked({"UPDATE supplier_contracts SET supplier_country = 'Estonia'"})
        << QStringLiteral("supplierCountry must be an ISO 3166");
    QTest::newRow("contract ends before it starts")
        << unchecked({"UPDATE supplier_contracts SET ends = '2020-01-01'"})
        << QStringLiteral("end must not be before the start");
    QTest::newRow("SLA of 100 %") << unchecked(
                                         {"UPDATE supplier_contracts SET sla_availability = 100"})
                                  << QStringLiteral("slaAvailability");
    QTest::newRow("commitment promising nothing")
        << unchecked({"UPDATE customer_commitments SET rto_hours = NULL"})
        << QStringLiteral("promises an availability, an RTO or both");
    QTest::newRow("licensed activity")
        << unchecked({"UPDATE processes SET licensed_activity = 'x9999'"})
        << QStringLiteral("licensed_activity");
    QTest::newRow("entity country")
        << unchecked({"UPDATE plan_info SET value = 'Germany' WHERE key = 'entity_country'"})
        << QStringLiteral("entityCountry");
    QTest::newRow("critical tier")
        << unchecked({"UPDATE plan_info SET value = '9' WHERE key = 'critical_max_tier'"})
        << QStringLiteral("criticalMaxTier");
}

void tst_HostileFiles::valuesOutOfRangeAreRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    QString why;
    const QString p =
        crafted(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), statements, &why);
    QVERIFY2(!p.isEmpty(), qPrintable(why));
    const QByteArray before = TestSupport::readAll(p);
    QString error;
    QVERIFY(!PlanDocument::open(p, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not accept")), qPrintable(error));
    // No message echoes a huge value back.
    QVERIFY2(error.size() < 2000, qPrintable(QString::number(error.size())));
    QCOMPARE(TestSupport::readAll(p), before);
}

// A trigger in a file never fires: the file is refused before anything writes to it.
void tst_HostileFiles::aTriggerNeverRuns()
{
    QString why;
    const QString p =
        crafted(QStringLiteral("trigger-rewrites"),
                {QStringLiteral("CREATE TRIGGER rewrite AFTER UPDATE ON plan_info BEGIN "
                                "UPDATE services SET rto_hours = 999; END")},
                &why);
    QVERIFY2(!p.isEmpty(), qPrintable(why));
    QString error;
    auto doc = PlanDocument::open(p, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(QLatin1String("trigger \"rewrite\"")), qPrintable(error));
    // Read by hand, nothing changed.
    const Plan plan = TestSupport::loadPlanFile(m_dir.filePath(QStringLiteral("valid.continuity")));
    for (const Service &s : plan.services)
        QVERIFY(!s.rtoHours || *s.rtoHours != 999);
}

// Every column of every table, given in turn values no plan would hold (past the schema's
// checks): each file is refused with a message, or opens as a plan whose own JSON export reads
// back. Under the sanitizers (the suite's second pass) nothing reads or writes out of bounds.
void tst_HostileFiles::everyColumnOfEveryTable()
{
    struct Column
    {
        QString table;
        QString name;
    };
    QList<Column> columns;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("valid.continuity")));
        QVERIFY(db.open());
        QSqlQuery tables(db);
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery info(db);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
            while (info.next())
                columns.append({table, info.value(1).toString()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    QVERIFY(columns.size() > 100);

    const QStringList values = {QStringLiteral("NULL"),
                                QStringLiteral("-1"),
                                QStringLiteral("9223372036854775807"),
                                QStringLiteral("-1e308"),
                                QStringLiteral("''"),
                                QStringLiteral("x'00ff'"),
                                QStringLiteral("printf('%.*c', 300000, 'w')")};
    int refused = 0;
    int opened = 0;
    for (const Column &c : std::as_const(columns)) {
        for (const QString &value : values) {
            QString why;
            const QString p = crafted(QStringLiteral("column"),
                                      {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                       QStringLiteral("PRAGMA foreign_keys = OFF"),
                                       QStringLiteral("UPDATE OR IGNORE \"%1\" SET \"%2\" = %3")
                                           .arg(c.table, c.name, value)},
                                      &why);
            // A NOT NULL column refuses NULL even so: nothing to open then.
            if (p.isEmpty())
                continue;
            const QString where =
                c.table + QLatin1Char('.') + c.name + QStringLiteral(" = ") + value.left(20);
            // The analyses' graph read (PlanSql::loadGraph, no page check) reads the same file
            // safely: refused with a short message, or the graph of the plan a full open gives.
            QString graphError;
            const std::optional<GraphSnapshot> graph = TestSupport::loadGraph(p, &graphError);
            QVERIFY2(graph || (!graphError.isEmpty() && graphError.size() < 2000),
                     qPrintable(where));
            // What `check` reads (the plan beside its graph, PlanSql::loadWithGraph) is read as
            // a full read-only load reads it (the window's, where the window opens the file);
            // it takes every file the window opens and refuses with a short message. Read for
            // the tables whose rows it reads otherwise than a full load (the dependencies, only
            // into the graph, and what they name); the rest it reads with the same code, and
            // the same files again would only lengthen the longest test of the suite.
            static const QSet<QString> graphTables = {QStringLiteral("nodes"),
                                                      QStringLiteral("redundancy_groups"),
                                                      QStringLiteral("dependencies")};
            const bool readAsCheck = graphTables.contains(c.table);
            Plan checked;
            GraphSnapshot checkedGraph;
            QString checkError;
            const bool checkRead =
                readAsCheck && TestSupport::loadWithGraph(p, &checked, &checkedGraph, &checkError);
            QVERIFY2(!readAsCheck || checkRead ||
                         (!checkError.isEmpty() && checkError.size() < 2000),
                     qPrintable(where));
            QString error;
            auto doc = PlanDocument::open(p, &error);
            if (checkRead) {
                QString fullError;
                const Plan full = doc ? doc->plan() : TestSupport::loadPlanFile(p, &fullError);
                QVERIFY2(fullError.isEmpty(), qPrintable(where + QStringLiteral(": ") + fullError));
                const QString checkedDifference =
                    TestSupport::graphDifference(checkedGraph, GraphSnapshot::fromPlan(full));
                QVERIFY2(checkedDifference.isEmpty(),
                         qPrintable(where + QStringLiteral(": ") + checkedDifference));
                Plan withoutDependencies = full;
                withoutDependencies.dependencies.clear();
                QVERIFY2(PlanJson::write(checked) == PlanJson::write(withoutDependencies),
                         qPrintable(where));
            }
            if (doc) {
                QVERIFY2(graph, qPrintable(where + QStringLiteral(": ") + graphError));
                QVERIFY2(!readAsCheck || checkRead,
                         qPrintable(where + QStringLiteral(": ") + checkError));
                const QString difference =
                    TestSupport::graphDifference(*graph, GraphSnapshot::fromPlan(doc->plan()));
                QVERIFY2(difference.isEmpty(),
                         qPrintable(where + QStringLiteral(": ") + difference));
            }
            if (!doc) {
                QVERIFY2(!error.isEmpty(), qPrintable(where));
                QVERIFY2(error.size() < 2000, qPrintable(where));
                ++refused;
                continue;
            }
            ++opened;
            QStringList errors;
            QVERIFY2(PlanJson::read(PlanJson::write(doc->plan()), &errors),
                     qPrintable(where + QStringLiteral(": ") + errors.join(u' ')));
        }
    }
    qInfo("%lld columns: %d files refused, %d opened and exported", qlonglong(columns.size()),
          refused, opened);
    QVERIFY(refused > 100);
}

QTEST_GUILESS_MAIN(tst_HostileFiles)
#include "tst_hostilefiles.moc"
