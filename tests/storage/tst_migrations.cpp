// SPDX-License-Identifier: GPL-3.0-or-later
// The migration mechanism, exercised with a test-only migration list.
#include "document/PlanDocument.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { PlanFile::setMigrationsForTesting(std::nullopt); }
    void upgradesOnOpen();
    void failedMigrationLeavesFileUnchanged();
    void readOnlyOldFileIsReadFromAnUpgradedCopy();
    void builtInListIsOrdered();
    void formatOneFileGainsMapPositions();

private:
    QString createV1(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QString error;
        [&] {
            QVERIFY2(TestSupport::createPlanFile(p, TestSupport::smallPlan(), &error),
                     qPrintable(error));
        }();
        return p;
    }
    QTemporaryDir m_dir;
};

static QList<Migration> builtIn()
{
    PlanFile::setMigrationsForTesting(std::nullopt);
    return PlanFile::migrations();
}

static QList<Migration> withExtra(const QStringList &statements)
{
    QList<Migration> list = PlanFile::migrations();
    list.append({list.constLast().toVersion + 1, QStringLiteral("test migration"), statements});
    return list;
}

void tst_Migrations::upgradesOnOpen()
{
    const QString p = createV1(QStringLiteral("upgrade.continuity"));
    const int shipped = int(builtIn().size());
    PlanFile::setMigrationsForTesting(withExtra({
        QStringLiteral("CREATE TABLE contacts(id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO contacts VALUES('c1', 'On-call DBA')"),
    }));
    QCOMPARE(PlanFile::currentSchemaVersion(), shipped + 1);
    QString error;
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->schemaVersion(), shipped + 1);
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM contacts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("On-call DBA"));
    q.finish();
    file.reset();
    // The old content is all still there.
    QCOMPARE(TestSupport::loadPlanFile(p), TestSupport::smallPlan());
}

void tst_Migrations::failedMigrationLeavesFileUnchanged()
{
    const QString p = createV1(QStringLiteral("fail.continuity"));
    const QByteArray before = TestSupport::readAll(p);
    PlanFile::setMigrationsForTesting(withExtra({
        QStringLiteral("CREATE TABLE half_done(x)"),
        QStringLiteral("THIS IS NOT SQL"),
    }));
    QString error;
    QVERIFY(!PlanFile::open(p, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("could not be upgraded")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), before);
    PlanFile::setMigrationsForTesting(std::nullopt);
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->schemaVersion(), int(builtIn().size()));
}

// A file written by the first release (format 1) opens with its content intact, gains the map
// positions table, the exercise columns and the shipped test interval, and takes positions
// from then on. The format-1 file is made by writing a plan of what format 1 knew and then
// taking away, statement by statement, everything that later formats added.
void tst_Migrations::formatOneFileGainsMapPositions()
{
    const QString p = m_dir.filePath(QStringLiteral("v1.continuity"));
    Plan formatOne = TestSupport::smallPlan();
    for (Process &process : formatOne.processes)
        process.position.reset();
    for (Service &service : formatOne.services) {
        service.position.reset();
        service.attributes.clear();
    }
    for (Runbook &runbook : formatOne.runbooks)
        runbook.previousVersions.clear();
    for (Exercise &e : formatOne.exercises) {
        e.services.clear();
        e.participants.clear();
        e.objectives.clear();
        e.endedAt.reset();
        e.pauses.clear();
        e.corrections.clear();
        e.findings.clear();
        for (ExerciseLogEntry &entry : e.log)
            entry.reportedBy.clear();
        for (ExerciseResult &r : e.results) {
            r.dataLossAt.reset();
            r.note.clear();
        }
        for (ActionItem &a : e.actions) {
            a.raised.reset();
            a.closed.reset();
        }
    }
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, formatOne, &error), qPrintable(error));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("down"));
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Format 8 made the exercises table anew; format 1's is made again the same way, its
        // definition as format 1 wrote it (and format 5's columns, dropped below).
        QString formatOneExercises;
        // The list is kept: a loop over a part of a temporary would read freed memory.
        const QList<Migration> migrations = PlanFile::migrations();
        for (const QString &statement : migrations.constFirst().statements) {
            if (statement.startsWith(QLatin1String("CREATE TABLE exercises(")))
                formatOneExercises = statement;
        }
        QVERIFY(!formatOneExercises.isEmpty());
        for (const QString &statement :
             {QStringLiteral("PRAGMA foreign_keys = OFF"),
              QStringLiteral("DROP TABLE customer_commitments"),
              QStringLiteral("DROP TABLE supplier_contracts"),
              QStringLiteral("ALTER TABLE runbooks DROP COLUMN exit_plan"),
              QStringLiteral("ALTER TABLE processes DROP COLUMN licensed_activity"),
              QStringLiteral("DELETE FROM plan_info WHERE key LIKE 'entity%' OR key IN"
                             " ('competent_authority', 'critical_max_tier')"),
              QStringLiteral("DROP TABLE risk_exceptions"),
              QStringLiteral("DROP TABLE access_reviews"),
              QStringLiteral("DROP TABLE evidence_files"),
              QStringLiteral("DROP TABLE control_requirements"),
              QStringLiteral("DROP TABLE controls"),
              QStringLiteral("DELETE FROM plan_info WHERE key = 'risk_owner_role'"),
              QStringLiteral("DROP TABLE audit"),
              QStringLiteral("DROP TABLE maintenance_windows"),
              QStringLiteral("DROP TABLE freeze_ids"),
              QStringLiteral("DROP TABLE freezes"),
              QStringLiteral("DROP TABLE change_checks"),
              QStringLiteral("DROP TABLE change_ids"),
              QStringLiteral("DROP TABLE change_cab"),
              QStringLiteral("DROP TABLE change_releases"),
              QStringLiteral("DROP TABLE changes"),
              QStringLiteral("DELETE FROM plan_info WHERE key IN ('degraded_loss_factor',"
                             " 'min_lead_days')"),
              QStringLiteral("DROP TABLE postmortem_runbooks"),
              QStringLiteral("DROP TABLE postmortem_actions"),
              QStringLiteral("DROP TABLE postmortem_timeline"),
              QStringLiteral("DROP TABLE postmortems"),
              QStringLiteral("DROP TABLE incident_plans"),
              QStringLiteral("DROP TABLE incident_factors"),
              QStringLiteral("DROP TABLE incident_data_loss"),
              QStringLiteral("DROP TABLE incident_affected"),
              QStringLiteral("DROP TABLE incidents"),
              QStringLiteral("DROP TABLE slos"),
              QStringLiteral("ALTER TABLE services DROP COLUMN mtbf_hours"),
              QStringLiteral("ALTER TABLE services DROP COLUMN mttr_hours"),
              QStringLiteral("ALTER TABLE tier_rules DROP COLUMN slo_objective"),
              QStringLiteral("DELETE FROM plan_info WHERE key IN ('postmortem_business_days',"
                             " 'postmortem_sev1_days', 'time_zone', 'financial_entity')"),
              QStringLiteral("ALTER TABLE processes DROP COLUMN reviewed_by"),
              QStringLiteral("ALTER TABLE processes DROP COLUMN reviewed_on"),
              QStringLiteral("ALTER TABLE processes DROP COLUMN bia_changed"),
              QStringLiteral("DELETE FROM plan_info WHERE key = 'bia_review_months'"),
              QStringLiteral("DROP TABLE tier_escalation_notify"),
              QStringLiteral("DROP TABLE tier_escalation_levels"),
              QStringLiteral("DROP TABLE tier_escalation"),
              QStringLiteral("DROP TABLE rto_escalation_notify"),
              QStringLiteral("DROP TABLE rto_escalation"),
              QStringLiteral("DELETE FROM plan_info WHERE key = 'contact_verify_days'"),
              QStringLiteral("PRAGMA legacy_alter_table = ON"),
              QStringLiteral("DROP TABLE exercise_drill_calls"),
              QStringLiteral("ALTER TABLE exercises RENAME TO exercises_v8"),
              formatOneExercises,
              QStringLiteral(
                  "ALTER TABLE exercises ADD COLUMN objectives TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE exercises ADD COLUMN ended_at TEXT"),
              QStringLiteral("INSERT INTO exercises SELECT key, id, title, date, type, declared_at,"
                             " objectives, ended_at FROM exercises_v8"),
              QStringLiteral("DROP TABLE exercises_v8")})
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        for (const char *statement : {"DROP TABLE node_positions",
                                      "DROP TABLE service_attributes",
                                      "DROP TABLE runbook_versions",
                                      "DROP TABLE exercise_services",
                                      "DROP TABLE exercise_participants",
                                      "DROP TABLE exercise_pauses",
                                      "DROP TABLE exercise_corrections",
                                      "DROP TABLE exercise_findings",
                                      "ALTER TABLE tier_rules DROP COLUMN test_every_months",
                                      "ALTER TABLE exercises DROP COLUMN objectives",
                                      "ALTER TABLE exercises DROP COLUMN ended_at",
                                      "ALTER TABLE exercise_log DROP COLUMN reported_by",
                                      "ALTER TABLE exercise_results DROP COLUMN data_loss_at",
                                      "ALTER TABLE exercise_results DROP COLUMN note",
                                      "ALTER TABLE exercise_actions DROP COLUMN raised",
                                      "ALTER TABLE exercise_actions DROP COLUMN closed",
                                      "ALTER TABLE runbooks DROP COLUMN approval_note",
                                      "DROP TABLE call_tree_nodes",
                                      "DROP TABLE call_trees",
                                      "DROP TABLE escalation_notify",
                                      "DROP TABLE escalation_levels",
                                      "DROP TABLE rota_overrides",
                                      "DROP TABLE role_people",
                                      "DROP TABLE roles",
                                      "DROP TABLE person_phones",
                                      "DROP TABLE persons",
                                      "PRAGMA user_version = 1"})
            QVERIFY2(q.exec(QLatin1String(statement)), statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("down"));
    {
        auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), PlanFile::currentSchemaVersion());
    }
    // Format 5 brought the test interval: tiers 0 and 1 yearly, as a new plan has it.
    for (TierRule &rule : formatOne.tierPolicy.tiers)
        rule.testEveryMonths = rule.tier <= 1 ? std::optional<int>(12) : std::nullopt;
    QCOMPARE(TestSupport::loadPlanFile(p), formatOne);
    auto document = PlanDocument::open(p, &error);
    QVERIFY2(document, qPrintable(error));
    const QString id = document->plan().services.constFirst().id;
    QVERIFY2(document->placeNodes({{id, QPointF(12.5, -40)}}, QStringLiteral("Move"), &error),
             qPrintable(error));
    document.reset();
    QCOMPARE(TestSupport::loadPlanFile(p).services.constFirst().position, QPointF(12.5, -40));
}

void tst_Migrations::readOnlyOldFileIsReadFromAnUpgradedCopy()
{
    const QString p = createV1(QStringLiteral("oldro.continuity"));
    const QByteArray before = TestSupport::readAll(p);
    PlanFile::setMigrationsForTesting(withExtra({QStringLiteral("CREATE TABLE t(x)")}));
    QString error;
    auto file = PlanFile::open(p, OpenMode::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->isReadOnly());
    QCOMPARE(file->path(), QFileInfo(p).absoluteFilePath());
    QCOMPARE(file->schemaVersion(), PlanFile::currentSchemaVersion());
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    q.finish();
    file.reset();
    QCOMPARE(TestSupport::readAll(p), before); // the file itself is untouched
}

void tst_Migrations::builtInListIsOrdered()
{
    const QList<Migration> list = PlanFile::migrations();
    QVERIFY(!list.isEmpty());
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).toVersion, i + 1);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
