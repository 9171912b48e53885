// SPDX-License-Identifier: GPL-3.0-or-later
// Plans on a PostgreSQL server (product/15-team-server.md, docs/team-server.md): push and pull
// without loss, the roles the server enforces, revisions on every row, and every bad input
// refused with a message and nothing changed. Runs against a throwaway PostgreSQL 15 started
// here (TemporaryPostgres).
#include "CliRun.h"
#include "TemporaryPostgres.h"
#include "TestSupport.h"

#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "server/PgConnection.h"
#include "server/PushBack.h"
#include "server/ServerPlan.h"
#include "server/ServerStore.h"
#include "storage/AuditTrail.h"
#include "storage/OthersChanges.h"
#include "storage/PlanFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_Server : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    // A refused write (a conflict, an approval, a viewer's edit) frees its queries before it
    // is rolled back: PostgreSQL keeps no prepared statement of it for the rest of the session.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free"))); }
    void urlsNameAPlan();
    void copyTextRoundTrips();
    void pushAndPullKeepThePlanWhole();
    void initMakesANewPlan();
    void readingCommandsTakeAServerUrl();
    void theServerEnforcesTheRoles();
    void everyRowCarriesItsRevision();
    void badInputChangesNothing();
    void aFailedPushLeavesNothing();
    void aTamperedServerPlanIsNotPulled();
    void aPlanPushedByAnEarlierContinuityIsRefused();
    void theDocumentEditsAPlanOnTheServer();
    void severalWindowsEditOnePlan();
    void othersChangesAreReadRowByRow();
    void aKilledClientLeavesNothingHalfWritten();
    void approvalsAreTheApprovers();
    void aPlanTakenOfflineIsPushedBack();
    void aPushBackThatCannotBeMadeChangesNothing();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The plan JSON that `export --json` writes for `plan`.
    QByteArray exported(const QString &plan)
    {
        const QString target = path(QFileInfo(plan).completeBaseName() + QStringLiteral(".json"));
        QFile::remove(target);
        const Result r = run({QStringLiteral("export"), plan, QStringLiteral("--json"), target});
        if (r.code != 0)
            qWarning() << r.err;
        return TestSupport::readAll(target);
    }
    QString sample()
    {
        const QString file = path(QStringLiteral("sample.continuity"));
        if (!QFile::exists(file))
            run({QStringLiteral("new"), file, QStringLiteral("--sample")});
        return file;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::TemporaryPostgres> m_server;
};

void tst_Server::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestSupport::TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    // The people of the tests: a planner who may create roles (to push), and logins the
    // plans' owners grant roles to.
    QString error;
    QVERIFY2(m_server->exec(QStringLiteral("admin"),
                            QStringLiteral("CREATE ROLE lead LOGIN CREATEROLE; "
                                           "GRANT CREATE ON DATABASE postgres TO lead; "
                                           "CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; "
                                           "CREATE ROLE mallory LOGIN"),
                            &error),
             qPrintable(error));
}

void tst_Server::cleanupTestCase()
{
    m_server.reset();
}

void tst_Server::urlsNameAPlan()
{
    Server::ServerUrl url;
    QString error;
    QVERIFY(Server::ServerUrl::parse(
        QStringLiteral("postgresql://ann:secret@db.example:5433/bcm?sslmode=require&plan=north_1"),
        &url, &error));
    QCOMPARE(url.plan, QStringLiteral("north_1"));
    QCOMPARE(url.connection,
             QStringLiteral("postgresql://ann:secret@db.example:5433/bcm?sslmode=require"));
    QVERIFY(!url.display().contains(QStringLiteral("secret")));
    QVERIFY(url.display().endsWith(QStringLiteral("plan=north_1")));

    for (const QString &bad : {QStringLiteral("postgresql://h/db?plan=North"),
                               QStringLiteral("postgresql://h/db?plan=1st"),
                               QStringLiteral("postgresql://h/db?plan=a;drop"),
                               QStringLiteral("postgresql://h/db?plan=%22x%22"),
                               QStringLiteral("/tmp/plan.continuity")}) {
        error.clear();
        QVERIFY2(!Server::ServerUrl::parse(bad, &url, &error), qPrintable(bad));
        QVERIFY2(!error.isEmpty(), qPrintable(bad));
    }
    QVERIFY(!Server::checkNames(QStringLiteral("postgres"), QStringLiteral("pg_catalog"), &error));
    QVERIFY(error.contains(QStringLiteral("PostgreSQL keeps")));
    QVERIFY(!Server::checkNames(QStringLiteral("Team-DB"), QStringLiteral("north"), &error));
    QVERIFY(error.contains(QStringLiteral("Team-DB")));
    QCOMPARE(
        Server::roleName(QStringLiteral("bcm"), QStringLiteral("north"), Server::Access::Planner),
        QStringLiteral("cty_bcm_north_planner"));
}

void tst_Server::copyTextRoundTrips()
{
    const QByteArray awkward("tab\there\nnew line\\back slash\rcarriage — ü \"quoted\"");
    QByteArray line;
    Server::appendCopyText(&line, awkward);
    line.append('\t');
    line.append("\\N");
    line.append('\t');
    QList<std::optional<QByteArray>> fields;
    QVERIFY(Server::parseCopyLine(line, &fields));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0).value_or("?"), awkward);
    QVERIFY(!fields.at(1).has_value());
    QCOMPARE(fields.at(2).value_or("?"), QByteArray());
    QVERIFY(Server::parseCopyLine("\\101\\x42c", &fields));
    QCOMPARE(fields.at(0).value_or("?"), QByteArray("ABc"));
    QVERIFY(!Server::parseCopyLine("ends in a backslash\\", &fields));
}

void tst_Server::pushAndPullKeepThePlanWhole()
{
    const QString file = sample();
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), file,
                               m_server->url(QStringLiteral("lead"), QStringLiteral("northwind"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QVERIFY(pushed.err.contains(QStringLiteral("100 %")));

    const Result listed = run(
        {QStringLiteral("server"), QStringLiteral("list"), m_server->url(QStringLiteral("lead"))});
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.split(QLatin1Char('\n')).contains(QStringLiteral("northwind")),
             qPrintable(listed.out));

    const QString copy = path(QStringLiteral("pulled.continuity"));
    const Result pulled =
        run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("lead"), QStringLiteral("northwind")), copy});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    // Lossless: the plan JSON of both is the same, byte for byte, and so is the audit trail.
    const QByteArray original = exported(file);
    QVERIFY(original.size() > 10000);
    QCOMPARE(exported(copy), original);
    QString error;
    std::unique_ptr<PlanFile> a = PlanFile::open(file, OpenMode::ReadOnly, &error);
    std::unique_ptr<PlanFile> b = PlanFile::open(copy, OpenMode::ReadOnly, &error);
    QVERIFY2(a && b, qPrintable(error));
    const Audit::Verification va = Audit::verify(a->database());
    const Audit::Verification vb = Audit::verify(b->database());
    QVERIFY(va.ok && vb.ok);
    QVERIFY(va.head == vb.head);
    QVERIFY2(b->integrityProblems().isEmpty(), qPrintable(b->integrityProblems().join(u'\n')));

    // Every value of every table is on the server as in the file: the services' count, a
    // text with markup and a number.
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT count(*) FROM northwind.dependencies")),
             QString::number(TestSupport::loadPlanFile(file).dependencies.size()));
}

void tst_Server::initMakesANewPlan()
{
    const Result made = run({QStringLiteral("server"), QStringLiteral("init"),
                             m_server->url(QStringLiteral("lead"), QStringLiteral("fresh"))});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY(made.out.contains(QStringLiteral("cty_postgres_fresh_viewer")));
    const QString copy = path(QStringLiteral("fresh.continuity"));
    const Result pulled =
        run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("lead"), QStringLiteral("fresh")), copy});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    const Plan plan = TestSupport::loadPlanFile(copy);
    QCOMPARE(plan.name, QStringLiteral("fresh"));
    QVERIFY(plan.services.isEmpty());
    QVERIFY(!plan.biaHorizonsHours.isEmpty()); // a new plan's defaults
    // A second init of the same name is refused; the first is kept.
    const Result again = run({QStringLiteral("server"), QStringLiteral("init"),
                              m_server->url(QStringLiteral("lead"), QStringLiteral("fresh"))});
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already has a plan")), qPrintable(again.err));
}

void tst_Server::readingCommandsTakeAServerUrl()
{
    // Every command that reads a plan reads a server's plan by its URL, and answers as it does
    // for the file (a snapshot of the server's plan, read in one transaction).
    const QString file = sample();
    const QString url = m_server->url(QStringLiteral("lead"), QStringLiteral("northwind"));
    if (m_server->value(QStringLiteral("admin"),
                        QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                       "'northwind'")) != QLatin1String("1"))
        QSKIP("needs pushAndPullKeepThePlanWhole");
    const QList<QStringList> commands = {
        {QStringLiteral("check"), QStringLiteral("PLAN"), QStringLiteral("--json")},
        {QStringLiteral("analyze"), QStringLiteral("cascade"), QStringLiteral("PLAN"),
         QStringLiteral("--fail"), QStringLiteral("dc-fra"), QStringLiteral("--json")},
        {QStringLiteral("analyze"), QStringLiteral("spof"), QStringLiteral("PLAN"),
         QStringLiteral("--json")},
        {QStringLiteral("analyze"), QStringLiteral("recovery"), QStringLiteral("PLAN"),
         QStringLiteral("--fail"), QStringLiteral("dc-fra"), QStringLiteral("--json")},
        {QStringLiteral("audit"), QStringLiteral("PLAN"), QStringLiteral("--verify")},
        {QStringLiteral("controls"), QStringLiteral("PLAN"), QStringLiteral("--at"),
         QStringLiteral("2026-12-01"), QStringLiteral("--json")},
    };
    for (QStringList command : commands) {
        QStringList onServer = command;
        command.replace(command.indexOf(QStringLiteral("PLAN")), file);
        onServer.replace(onServer.indexOf(QStringLiteral("PLAN")), url);
        const Result a = run(command);
        const Result b = run(onServer);
        QVERIFY2(b.code == a.code, qPrintable(command.join(u' ') + b.err));
        QVERIFY2(a.out.size() > 20, qPrintable(command.join(u' ') + a.err));
        QCOMPARE(b.out, a.out);
    }
    const Result info = run({QStringLiteral("info"), url});
    QVERIFY2(info.code == 0 && info.out.contains(QStringLiteral("Northwind")) &&
                 info.out.contains(QStringLiteral("plan=northwind")),
             qPrintable(info.err));
    // The command line writes a server plan too: an import goes through the document (its turn
    // among the writers, checked against others' changes), and a window open on the plan sees
    // it within a second.
    QString error;
    auto window = PlanDocument::open(url, &error);
    QVERIFY2(window, qPrintable(error));
    const QString json = path(QStringLiteral("small.json"));
    Plan small = Plan::empty(QStringLiteral("Imported by the CLI"));
    Process process;
    process.id = QStringLiteral("payroll");
    process.name = QStringLiteral("Payroll");
    small.processes.append(process);
    {
        QFile out(json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(PlanJson::write(small));
    }
    const Result refused = run({QStringLiteral("import"), url, QStringLiteral("--json"), json});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    const Result import = run({QStringLiteral("import"), url, QStringLiteral("--json"), json,
                               QStringLiteral("--replace")});
    QVERIFY2(import.code == 0, qPrintable(import.err));
    QTRY_COMPARE_WITH_TIMEOUT(window->plan().name, QStringLiteral("Imported by the CLI"), 1000);
    QCOMPARE(TestSupport::canonical(window->plan()), TestSupport::canonical(small));
    // And back to the sample plan, read as the file reads.
    QVERIFY(!exported(file).isEmpty());
    const Result back = run({QStringLiteral("import"), url, QStringLiteral("--json"),
                             path(QStringLiteral("sample.json")), QStringLiteral("--replace")});
    QVERIFY2(back.code == 0, qPrintable(back.err));
    QCOMPARE(run({QStringLiteral("check"), url, QStringLiteral("--json")}).out,
             run({QStringLiteral("check"), file, QStringLiteral("--json")}).out);
    const Result made = run({QStringLiteral("new"), url});
    QCOMPARE(made.code, 2);
    QVERIFY2(made.err.contains(QStringLiteral("server init")), qPrintable(made.err));
}

void tst_Server::theServerEnforcesTheRoles()
{
    if (!QFile::exists(path(QStringLiteral("pulled.continuity"))))
        QSKIP("needs pushAndPullKeepThePlanWhole");
    QString error;
    QVERIFY2(m_server->exec(QStringLiteral("lead"),
                            QStringLiteral("GRANT cty_postgres_northwind_viewer TO alice; "
                                           "GRANT cty_postgres_northwind_planner TO bob"),
                            &error),
             qPrintable(error));
    const QString oneService = QStringLiteral("(SELECT min(node) FROM northwind.services)");
    // A viewer reads, and the server refuses every write, whatever the client.
    QVERIFY(m_server
                ->value(QStringLiteral("alice"),
                        QStringLiteral("SELECT count(*) FROM northwind.services"))
                .toInt() > 10);
    for (const QString &write :
         {QStringLiteral("UPDATE northwind.services SET name = 'x' WHERE node = %1")
              .arg(oneService),
          QStringLiteral("DELETE FROM northwind.dependencies"),
          QStringLiteral("INSERT INTO northwind.nodes(id, category) VALUES ('n', 'service')")}) {
        QVERIFY2(!m_server->exec(QStringLiteral("alice"), write, &error), qPrintable(write));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    }
    // Someone without a role reads nothing, and is told which role to ask for.
    QVERIFY(!m_server->exec(QStringLiteral("mallory"),
                            QStringLiteral("SELECT * FROM northwind.services"), &error));
    QVERIFY(error.contains(QStringLiteral("permission denied")));
    const Result refused =
        run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("mallory"), QStringLiteral("northwind")),
             path(QStringLiteral("mallory.continuity"))});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("cty_postgres_northwind_viewer")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("mallory.continuity"))));
    // A planner writes; nobody changes or removes the audit trail, not even its owner.
    QVERIFY2(m_server->exec(QStringLiteral("bob"),
                            QStringLiteral("UPDATE northwind.services SET owner = 'Bob' WHERE "
                                           "node = %1")
                                .arg(oneService),
                            &error),
             qPrintable(error));
    QVERIFY(!m_server->exec(QStringLiteral("bob"), QStringLiteral("DELETE FROM northwind.audit"),
                            &error));
    QVERIFY(!m_server->exec(QStringLiteral("lead"),
                            QStringLiteral("UPDATE northwind.audit SET action = 'x'"), &error));
    QVERIFY2(error.contains(QStringLiteral("never changed")), qPrintable(error));
    QVERIFY(!m_server->exec(QStringLiteral("lead"), QStringLiteral("TRUNCATE northwind.audit"),
                            &error));
    // Only the plans a login may read are listed.
    const Result listed = run({QStringLiteral("server"), QStringLiteral("list"),
                               m_server->url(QStringLiteral("mallory"))});
    QCOMPARE(listed.code, 0);
    QVERIFY2(!listed.out.contains(QStringLiteral("northwind")), qPrintable(listed.out));
    const Result alices = run(
        {QStringLiteral("server"), QStringLiteral("list"), m_server->url(QStringLiteral("alice"))});
    QVERIFY(alices.out.contains(QStringLiteral("northwind")));
    // The owner (the login that pushed) manages access: it grants and revokes the roles.
    QVERIFY2(m_server->exec(QStringLiteral("lead"),
                            QStringLiteral("REVOKE cty_postgres_northwind_viewer FROM alice"),
                            &error),
             qPrintable(error));
    QVERIFY(!m_server->exec(QStringLiteral("alice"),
                            QStringLiteral("SELECT * FROM northwind.services"), &error));
}

void tst_Server::everyRowCarriesItsRevision()
{
    if (!QFile::exists(path(QStringLiteral("pulled.continuity"))))
        QSKIP("needs pushAndPullKeepThePlanWhole");
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_northwind_planner TO bob"), &error));
    const QString row = QStringLiteral("FROM northwind.processes WHERE node = (SELECT min(node) "
                                       "FROM northwind.processes)");
    QCOMPARE(m_server->value(QStringLiteral("bob"), QStringLiteral("SELECT cty_revision ") + row),
             QStringLiteral("1"));
    QCOMPARE(m_server->value(QStringLiteral("bob"), QStringLiteral("SELECT cty_changed_by ") + row),
             QStringLiteral("lead"));
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(m_server->exec(QStringLiteral("bob"),
                                QStringLiteral("UPDATE northwind.processes SET owner = 'B%1' WHERE "
                                               "node = (SELECT min(node) FROM northwind.processes)")
                                    .arg(i),
                                &error),
                 qPrintable(error));
    }
    QCOMPARE(m_server->value(QStringLiteral("bob"), QStringLiteral("SELECT cty_revision ") + row),
             QStringLiteral("3"));
    // Who changed it is the server's login, whatever the client writes.
    QVERIFY(
        m_server->exec(QStringLiteral("bob"),
                       QStringLiteral("UPDATE northwind.processes SET cty_changed_by = 'alice', "
                                      "cty_revision = 1 WHERE node = (SELECT min(node) FROM "
                                      "northwind.processes)"),
                       &error));
    QCOMPARE(m_server->value(QStringLiteral("bob"), QStringLiteral("SELECT cty_changed_by ") + row),
             QStringLiteral("bob"));
    QCOMPARE(m_server->value(QStringLiteral("bob"), QStringLiteral("SELECT cty_revision ") + row),
             QStringLiteral("4"));
    // A row the server numbers itself continues after the pushed ones.
    QVERIFY2(m_server->exec(QStringLiteral("bob"),
                            QStringLiteral("INSERT INTO northwind.nodes(id, category) VALUES "
                                           "('svc-new', 'service')"),
                            &error),
             qPrintable(error));
}

void tst_Server::badInputChangesNothing()
{
    const QString file = sample();
    const QByteArray before = TestSupport::readAll(file);
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QString fresh = path(QStringLiteral("never.continuity"));
    const QString existing = path(QStringLiteral("existing.continuity"));
    TestSupport::writeAll(existing, "not a plan");
    const QString corrupt = path(QStringLiteral("corrupt.continuity"));
    QByteArray damaged = before;
    damaged.replace(damaged.size() / 2, 4096, QByteArray(4096, '\xff'));
    TestSupport::writeAll(corrupt, damaged);
    const QList<Case> cases = {
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          m_server->url(QStringLiteral("lead"))},
         QStringLiteral("names no plan")},
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          m_server->url(QStringLiteral("lead"), QStringLiteral("Bad-Name"))},
         QStringLiteral("cannot name a plan")},
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          QStringLiteral("postgresql://lead@/postgres?host=/nonexistent/socket&plan=north")},
         QStringLiteral("Cannot connect")},
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          m_server->url(QStringLiteral("nosuchlogin"), QStringLiteral("north"))},
         QStringLiteral("nosuchlogin")},
        {{QStringLiteral("server"), QStringLiteral("push"), corrupt,
          m_server->url(QStringLiteral("lead"), QStringLiteral("corrupt"))},
         QStringLiteral("corrupt.continuity")},
        {{QStringLiteral("server"), QStringLiteral("push"),
          path(QStringLiteral("absent.continuity")),
          m_server->url(QStringLiteral("lead"), QStringLiteral("absent"))},
         QStringLiteral("absent.continuity")},
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          m_server->url(QStringLiteral("lead"), QStringLiteral("pg_mine"))},
         QStringLiteral("PostgreSQL keeps")},
        {{QStringLiteral("server"), QStringLiteral("push"), file,
          m_server->url(QStringLiteral("lead"), QStringLiteral("public"))},
         QStringLiteral("PostgreSQL keeps")},
        {{QStringLiteral("server"), QStringLiteral("pull"),
          m_server->url(QStringLiteral("lead"), QStringLiteral("nosuchplan")), fresh},
         QStringLiteral("no plan named \"nosuchplan\"")},
        {{QStringLiteral("server"), QStringLiteral("pull"),
          m_server->url(QStringLiteral("lead"), QStringLiteral("northwind")), existing},
         QStringLiteral("already exists")},
        {{QStringLiteral("server"), QStringLiteral("pull"), fresh,
          m_server->url(QStringLiteral("lead"), QStringLiteral("northwind"))},
         QStringLiteral("server pull needs")},
        {{QStringLiteral("server"), QStringLiteral("frobnicate")}, QStringLiteral("frobnicate")},
    };
    const QString plansBefore =
        m_server->value(QStringLiteral("admin"),
                        QStringLiteral("SELECT string_agg(nspname, ',' ORDER BY nspname) FROM "
                                       "pg_namespace"));
    for (const Case &c : cases) {
        const Result r = run(c.args);
        QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(c.says), qPrintable(c.says + QStringLiteral(" ≠ ") + r.err));
    }
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(TestSupport::readAll(existing), QByteArray("not a plan"));
    QCOMPARE(TestSupport::readAll(file), before);
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT string_agg(nspname, ',' ORDER BY nspname) FROM "
                                            "pg_namespace")),
             plansBefore);
}

void tst_Server::aFailedPushLeavesNothing()
{
    // A login that may create schemas but not roles gets as far as the roles, and the server
    // takes back everything the push had done.
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("admin"),
                           QStringLiteral("GRANT CREATE ON DATABASE postgres TO bob"), &error));
    const Result r = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                          m_server->url(QStringLiteral("bob"), QStringLiteral("halfway"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                            "'halfway'")),
             QStringLiteral("0"));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                                            "'cty_postgres_halfway_%'")),
             QStringLiteral("0"));
}

// A plan pushed before the server kept its log of writes (cty_log) cannot be edited with
// conflicts checked: the document refuses to open it, says what to do, and leaves it as it is.
void tst_Server::aPlanPushedByAnEarlierContinuityIsRefused()
{
    const QString url = m_server->url(QStringLiteral("lead"), QStringLiteral("earlier"));
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(), url});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY2(m_server->exec(QStringLiteral("admin"), QStringLiteral("DROP TABLE earlier.cty_log"),
                            &error),
             qPrintable(error));
    const QString count = QStringLiteral("SELECT count(*) FROM earlier.nodes");
    const QString nodesBefore = m_server->value(QStringLiteral("admin"), count);
    auto document = PlanDocument::open(url, &error);
    QVERIFY(!document);
    QVERIFY2(error.contains(QStringLiteral("pushed by an earlier Continuity")) &&
                 error.contains(QStringLiteral("\"earlier\"")),
             qPrintable(error));
    // Reading it needs no log: the command line still checks it.
    const Result checked = run({QStringLiteral("check"), url, QStringLiteral("--json")});
    QVERIFY2(checked.code == 0 || checked.code == 1, qPrintable(checked.err));
    QVERIFY(checked.out.contains(QStringLiteral("\"findings\"")));
    QCOMPARE(m_server->value(QStringLiteral("admin"), count), nodesBefore);
}

void tst_Server::aTamperedServerPlanIsNotPulled()
{
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("tampered"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    // A record slipped into the trail on the server with psql: the pull names it.
    QVERIFY2(
        m_server->exec(QStringLiteral("lead"),
                       QStringLiteral("INSERT INTO tampered.audit SELECT seq + 1, at, \"user\", "
                                      "user_name, 'Quietly changed', object_kind, object_id, "
                                      "details, hash, hash FROM tampered.audit ORDER BY seq "
                                      "DESC LIMIT 1"),
                       &error),
        qPrintable(error));
    const QString target = path(QStringLiteral("tampered.continuity"));
    Result r = run({QStringLiteral("server"), QStringLiteral("pull"),
                    m_server->url(QStringLiteral("lead"), QStringLiteral("tampered")), target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("audit trail")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
    // A value the plan's rules refuse, written past the window with psql.
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("DELETE FROM tampered.audit WHERE "
                                          "action = 'Quietly changed'"),
                           &error) == false); // the trail is history
    QVERIFY2(
        m_server->exec(QStringLiteral("admin"),
                       QStringLiteral("ALTER TABLE tampered.audit DISABLE TRIGGER USER; "
                                      "DELETE FROM tampered.audit WHERE action = 'Quietly "
                                      "changed'; ALTER TABLE tampered.audit ENABLE TRIGGER "
                                      "USER; UPDATE tampered.services SET rto_hours = 1e300 "
                                      "WHERE node = (SELECT min(node) FROM tampered.services)"),
                       &error),
        qPrintable(error));
    r = run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("lead"), QStringLiteral("tampered")), target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("rules")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
    // A plan from a newer Continuity.
    QVERIFY(m_server->exec(QStringLiteral("admin"),
                           QStringLiteral("COMMENT ON SCHEMA tampered IS 'Continuity plan, format "
                                          "999'"),
                           &error));
    r = run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("lead"), QStringLiteral("tampered")), target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("format 999")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

// The window's document on a plan on the server (the document's own suite runs against the
// server as tst_plandocument_server): edits written through with the login in the audit trail,
// one writer at a time, a viewer read-only, Save As to a file, and a write the server refuses.
void tst_Server::theDocumentEditsAPlanOnTheServer()
{
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("live"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_live_viewer TO alice; "
                                          "GRANT cty_postgres_live_planner TO bob"),
                           &error));
    const QString url = m_server->url(QStringLiteral("bob"), QStringLiteral("live"));
    auto doc = PlanDocument::open(url, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY2(!doc->isReadOnly(), qPrintable(doc->readOnlyReason()));
    QCOMPARE(doc->filePath(), url);
    QVERIFY(doc->file()->isShared());
    QVERIFY2(doc->setPlanName(QStringLiteral("Northwind <live>"), &error), qPrintable(error));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT value FROM live.plan_info WHERE key = 'name'")),
             QStringLiteral("Northwind <live>"));
    // The audit trail names the server's login, whoever runs the program.
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT \"user\" FROM live.audit ORDER BY seq DESC "
                                            "LIMIT 1")),
             QStringLiteral("bob"));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT cty_changed_by FROM live.plan_info WHERE key = "
                                            "'name'")),
             QStringLiteral("bob"));
    doc->undoStack()->undo();
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT value FROM live.plan_info WHERE key = 'name'")),
             TestSupport::loadPlanFile(sample()).name);

    // A second window, the owner's, edits too; what one commits shows in the other within a
    // second, without reopening.
    auto second =
        PlanDocument::open(m_server->url(QStringLiteral("lead"), QStringLiteral("live")), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY2(!second->isReadOnly(), qPrintable(second->readOnlyReason()));
    QSignalSpy seen(second.get(), &PlanDocument::changed);
    QVERIFY2(doc->setPlanName(QStringLiteral("Northwind, live"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(second->plan().name, QStringLiteral("Northwind, live"), 1000);
    QVERIFY(seen.count() >= 1);
    QVERIFY2(doc->removeNodes({doc->plan().services.first().id}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(second->plan().services.size(), doc->plan().services.size(), 1000);
    doc->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::canonical(second->plan()),
                              TestSupport::canonical(doc->plan()), 1000);
    QVERIFY2(second->setPlanName(QStringLiteral("Northwind, from the second"), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(doc->plan().name, QStringLiteral("Northwind, from the second"), 1000);
    // A viewer reads only, and says why.
    auto viewer =
        PlanDocument::open(m_server->url(QStringLiteral("alice"), QStringLiteral("live")), &error);
    QVERIFY2(viewer, qPrintable(error));
    QVERIFY(viewer->isReadOnly());
    QVERIFY2(viewer->readOnlyReason().contains(QStringLiteral("planner")),
             qPrintable(viewer->readOnlyReason()));
    // Someone without a role cannot open it at all.
    QVERIFY(!PlanDocument::open(m_server->url(QStringLiteral("mallory"), QStringLiteral("live")),
                                &error));
    QVERIFY2(error.contains(QStringLiteral("cty_postgres_live_viewer")), qPrintable(error));
    second.reset();

    // A write the server refuses (the planner role taken away meanwhile) leaves the document as
    // it was, says why, and the plan on the server unchanged.
    doc = PlanDocument::open(url, &error);
    QVERIFY2(doc && !doc->isReadOnly(), qPrintable(error));
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("REVOKE cty_postgres_live_planner FROM bob; "
                                          "GRANT cty_postgres_live_viewer TO bob"),
                           &error));
    QSignalSpy failures(doc.get(), &PlanDocument::writeFailed);
    const QString nameBefore = doc->plan().name;
    doc->setPlanName(QStringLiteral("Refused"), &error);
    QCOMPARE(failures.count(), 1);
    QVERIFY2(failures.first().first().toString().contains(QStringLiteral("permission denied")),
             qPrintable(failures.first().first().toString()));
    QCOMPARE(doc->plan().name, nameBefore);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT value FROM live.plan_info WHERE key = 'name'")),
             nameBefore);

    // Save As takes the plan to a file, and the document goes on there.
    const QString copy = path(QStringLiteral("live-copy.continuity"));
    QVERIFY2(doc->saveAs(copy, &error), qPrintable(error));
    QCOMPARE(doc->filePath(), PlanFile::canonicalPath(copy));
    QVERIFY(!doc->file()->isShared());
    QVERIFY2(doc->setPlanName(QStringLiteral("Offline"), &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(copy).name, QStringLiteral("Offline"));
    QCOMPARE(exported(copy).size() > 1000, true);
}

namespace {

// A service of `doc` with its owner changed to `owner`.
Service withOwner(const PlanDocument &doc, const QString &id, const QString &owner)
{
    Service s = *doc.service(id);
    s.owner = owner;
    return s;
}

} // namespace

// Two planners editing one plan at once (product/15-team-server.md "Concurrency"): edits of
// different rows never conflict; an edit or undo of a row someone else changed since the window
// last read it is refused, naming who and when, and the window then shows the current value;
// a whole plan written over others' changes is refused; a write from psql is seen like any.
void tst_Server::severalWindowsEditOnePlan()
{
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("team"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_team_planner TO alice, bob"),
                           &error));
    auto a =
        PlanDocument::open(m_server->url(QStringLiteral("alice"), QStringLiteral("team")), &error);
    QVERIFY2(a && !a->isReadOnly(), qPrintable(error));
    auto b =
        PlanDocument::open(m_server->url(QStringLiteral("bob"), QStringLiteral("team")), &error);
    QVERIFY2(b && !b->isReadOnly(), qPrintable(error));
    QSignalSpy aFailed(a.get(), &PlanDocument::writeFailed);
    QSignalSpy bFailed(b.get(), &PlanDocument::writeFailed);
    const QString first = a->plan().services.at(0).id;
    const QString other = a->plan().services.at(1).id;
    auto ownerOnServer = [&](const QString &id) {
        return m_server->value(QStringLiteral("admin"),
                               QStringLiteral("SELECT s.owner FROM team.services s JOIN "
                                              "team.nodes n ON n.key = s.node WHERE n.id = '%1'")
                                   .arg(id));
    };

    QSignalSpy bChanges(b.get(), &PlanDocument::changed);
    // Different rows, neither window having read the other's edit: both written.
    QVERIFY2(a->changeService(withOwner(*a, first, QStringLiteral("Alice A.")), &error),
             qPrintable(error));
    QVERIFY2(b->changeService(withOwner(*b, other, QStringLiteral("Bob B.")), &error),
             qPrintable(error));
    QCOMPARE(ownerOnServer(first), QStringLiteral("Alice A."));
    QCOMPARE(ownerOnServer(other), QStringLiteral("Bob B."));
    QTRY_COMPARE_WITH_TIMEOUT(b->service(first)->owner, QStringLiteral("Alice A."), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(a->service(other)->owner, QStringLiteral("Bob B."), 1000);
    // Caught up item by item: the one service changed, not the whole plan.
    bool serviceChanged = false;
    for (const QList<QVariant> &signal : std::as_const(bChanges)) {
        const auto change = signal.first().value<PlanChange>();
        QVERIFY(change.entity != PlanChange::Entity::WholePlan);
        if (change.entity == PlanChange::Entity::Service && change.id() == first)
            serviceChanged = true;
    }
    QVERIFY(serviceChanged);

    // The same row: the second edit, made against what bob's window showed before alice's, is
    // refused by name; nothing of it is written, and bob's window then shows alice's value.
    QVERIFY2(a->changeService(withOwner(*a, first, QStringLiteral("Alice again")), &error),
             qPrintable(error));
    const int bSteps = b->undoStack()->count();
    // (The edit is taken; its write is refused: the document says so through writeFailed.)
    b->changeService(withOwner(*b, first, QStringLiteral("Bob's guess")), &error);
    QCOMPARE(bFailed.count(), 1);
    const QString refusal = bFailed.last().first().toString();
    QVERIFY2(refusal.contains(QStringLiteral("alice")) && refusal.contains(first) &&
                 refusal.contains(QStringLiteral("UTC")),
             qPrintable(refusal));
    QCOMPARE(b->undoStack()->count(), bSteps);
    QCOMPARE(ownerOnServer(first), QStringLiteral("Alice again"));
    QTRY_COMPARE_WITH_TIMEOUT(b->service(first)->owner, QStringLiteral("Alice again"), 1000);

    // Having seen it, bob may change it; alice's undo of her edit would now overwrite bob's,
    // and is refused by name.
    QVERIFY2(b->changeService(withOwner(*b, first, QStringLiteral("Bob, knowingly")), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(first)->owner, QStringLiteral("Bob, knowingly"), 1000);
    a->undoStack()->undo();
    QCOMPARE(aFailed.count(), 1);
    QVERIFY2(aFailed.last().first().toString().contains(QStringLiteral("bob")) &&
                 aFailed.last().first().toString().contains(QStringLiteral("undoing")),
             qPrintable(aFailed.last().first().toString()));
    QCOMPARE(ownerOnServer(first), QStringLiteral("Bob, knowingly"));
    // Bob's own undo is his to make: nobody changed the row after him.
    b->undoStack()->undo();
    QCOMPARE(bFailed.count(), 1);
    QCOMPARE(ownerOnServer(first), QStringLiteral("Alice again"));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(first)->owner, QStringLiteral("Alice again"), 1000);

    // A whole plan written (an import) over what someone else wrote since: refused, named.
    Plan imported = a->plan();
    imported.name = QStringLiteral("Imported");
    QVERIFY2(b->changeService(withOwner(*b, other, QStringLiteral("Bob, late")), &error),
             qPrintable(error));
    QVERIFY(!a->replacePlan(imported, QStringLiteral("Import"), &error));
    QCOMPARE(aFailed.count(), 2);
    QVERIFY2(aFailed.last().first().toString().contains(QStringLiteral("bob")),
             qPrintable(aFailed.last().first().toString()));
    QCOMPARE(ownerOnServer(other), QStringLiteral("Bob, late"));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(other)->owner, QStringLiteral("Bob, late"), 1000);
    // Once read, the import is the user's choice to make.
    imported = a->plan();
    imported.name = QStringLiteral("Imported");
    QVERIFY2(a->replacePlan(imported, QStringLiteral("Import"), &error),
             qPrintable(aFailed.last().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(b->plan().name, QStringLiteral("Imported"), 1000);

    // A change made with psql, which says nothing of what it read, is numbered and logged
    // like any, and both windows see it.
    QVERIFY2(m_server->exec(QStringLiteral("alice"),
                            QStringLiteral("UPDATE team.services SET owner = 'From psql' WHERE "
                                           "node = (SELECT key FROM team.nodes WHERE id = '%1')")
                                .arg(other),
                            &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(other)->owner, QStringLiteral("From psql"), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(b->service(other)->owner, QStringLiteral("From psql"), 1000);
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT who FROM team.cty_log WHERE tbl = 'services' "
                                            "ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("alice"));
    // Both windows agree with the server, and its audit trail holds.
    QCOMPARE(TestSupport::canonical(a->plan()), TestSupport::canonical(b->plan()));
    const QString copy = path(QStringLiteral("team-copy.continuity"));
    const Result pulled =
        run({QStringLiteral("server"), QStringLiteral("pull"),
             m_server->url(QStringLiteral("admin"), QStringLiteral("team")), copy});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(copy)),
             TestSupport::canonical(a->plan()));
}

// What others write is read row by row (the rows cty_log names), not as a whole plan: a node
// taken away with its links, one added with a dependency, a new group, a runbook retitled —
// each announced item by item, and the window's plan is then the server's. A value the plan's
// rules refuse is not taken (nor anything with it) until it is mended; too many rows at once,
// or a node the window never knew taken away, are read as the whole plan.
void tst_Server::othersChangesAreReadRowByRow()
{
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("rows"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_rows_planner TO alice"), &error));
    const QString url = m_server->url(QStringLiteral("alice"), QStringLiteral("rows"));
    auto a = PlanDocument::open(url, &error);
    QVERIFY2(a && !a->isReadOnly(), qPrintable(error));
    const auto onServer = [&] {
        QString e;
        auto fresh = PlanDocument::open(url, &e);
        return fresh ? TestSupport::canonical(fresh->plan()) : e.toUtf8();
    };
    const auto psql = [&](const QString &sql) {
        QString e;
        const bool ok = m_server->exec(QStringLiteral("alice"),
                                       QStringLiteral("BEGIN; SET LOCAL search_path TO rows; ") +
                                           sql + QStringLiteral("; COMMIT"),
                                       &e);
        if (!ok)
            qWarning() << e;
        return ok;
    };
    const QString gone = QStringLiteral("app-fraud");
    QVERIFY(a->service(gone));
    const auto linksOfGone = std::count_if(
        a->plan().dependencies.cbegin(), a->plan().dependencies.cend(),
        [&](const Dependency &d) { return d.consumer == gone || d.provider == gone; });
    QVERIFY(linksOfGone > 0);

    // What the store reads: the rows named, not the plan.
    auto store = Server::ServerStore::open(url, OpenMode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    Plan known;
    QVERIFY2(store->load(&known, &error), qPrintable(error));
    const auto readByStore = [&] {
        OthersChanges read;
        QString e;
        if (!store->changesReader(known)(&read, &e))
            qWarning() << e;
        return read;
    };

    QSignalSpy changes(a.get(), &PlanDocument::changed);
    QVERIFY(psql(QStringLiteral(
        "DELETE FROM nodes WHERE id = 'app-fraud'; "
        "INSERT INTO nodes (id, category) VALUES ('svc-new', 'service'); "
        "INSERT INTO services (node, name, kind) VALUES ((SELECT key FROM nodes WHERE id = "
        "'svc-new'), 'Added by psql', 'application'); "
        "INSERT INTO dependencies (consumer, provider, strength) VALUES ((SELECT key FROM nodes "
        "WHERE id = 'svc-new'), (SELECT key FROM nodes WHERE id = 'app-auth'), 'soft'); "
        "INSERT INTO redundancy_groups (consumer, name, quorum) VALUES ((SELECT key FROM nodes "
        "WHERE id = 'app-sso'), 'vault', 1); "
        "UPDATE runbooks SET title = 'Retitled by psql' WHERE key = (SELECT min(key) FROM "
        "runbooks)")));
    {
        const OthersChanges read = readByStore();
        QVERIFY(!read.whole);
        QCOMPARE(read.removedNodes, QStringList{gone});
        QCOMPARE(read.removedDependencies.size(), linksOfGone);
        QCOMPARE(read.plan.services.size(), 1);
        QCOMPARE(read.plan.services.first().id, QStringLiteral("svc-new"));
        QVERIFY(read.plan.processes.isEmpty());
        QCOMPARE(read.plan.dependencies.size(), 1);
        QCOMPARE(read.plan.groups.size(), 1);
        QCOMPARE(read.plan.groups.first().name, QStringLiteral("vault"));
        QCOMPARE(read.plan.runbooks.size(), known.runbooks.size()); // read whole
        QVERIFY(read.seen > store->lastRead());
    }
    QTRY_VERIFY_WITH_TIMEOUT(a->service(QStringLiteral("svc-new")), 2000);
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());
    QVERIFY(!a->service(gone));
    int linksRemoved = 0;
    QStringList seen;
    for (const QList<QVariant> &signal : std::as_const(changes)) {
        const auto change = signal.first().value<PlanChange>();
        QVERIFY(change.entity != PlanChange::Entity::WholePlan);
        if (change.kind != PlanChange::Kind::Changed && change.kind != PlanChange::Kind::Added &&
            change.kind != PlanChange::Kind::Removed)
            continue;
        if (change.entity == PlanChange::Entity::Dependency &&
            change.kind == PlanChange::Kind::Removed)
            ++linksRemoved;
        seen.append(QString::number(int(change.entity)) + QLatin1Char(':') +
                    change.ids.join(QLatin1Char('/')));
    }
    QCOMPARE(linksRemoved, linksOfGone);
    QVERIFY2(seen.contains(QString::number(int(PlanChange::Entity::Service)) +
                           QStringLiteral(":svc-new")),
             qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(QString::number(int(PlanChange::Entity::Group)) +
                           QStringLiteral(":app-sso/vault")),
             qPrintable(seen.join(u' ')));
    QVERIFY2(seen.contains(QString::number(int(PlanChange::Entity::Dependency)) +
                           QStringLiteral(":svc-new/app-auth")),
             qPrintable(seen.join(u' ')));

    // A name the plan's rules refuse (SQL takes it): not taken, nor what comes with it, until
    // it is mended.
    const QString auth = QStringLiteral("app-auth");
    const QString name = a->service(auth)->name;
    QSignalSpy refused(a.get(), &PlanDocument::othersChangesRefused);
    QVERIFY(psql(QStringLiteral("UPDATE services SET name = '' WHERE node = (SELECT key FROM "
                                "nodes WHERE id = 'app-auth'); UPDATE services SET owner = "
                                "'With the empty name' WHERE node = (SELECT key FROM nodes WHERE "
                                "id = 'svc-new')")));
    {
        OthersChanges read;
        QString refusal;
        QVERIFY(!store->changesReader(known)(&read, &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("name")), qPrintable(refusal));
    }
    // The window is told, once (it shows it: tst_serverwindow).
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 2000);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("not taken")),
             qPrintable(refused.at(0).at(0).toString()));
    QTest::qWait(1000);
    QCOMPARE(a->service(auth)->name, name);
    QVERIFY(a->service(QStringLiteral("svc-new"))->owner.isEmpty());
    QCOMPARE(refused.count(), 1);
    QVERIFY(psql(QStringLiteral("UPDATE services SET name = 'Auth, mended' WHERE node = (SELECT "
                                "key FROM nodes WHERE id = 'app-auth')")));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(auth)->name, QStringLiteral("Auth, mended"), 2000);
    // Taken again: said so with an empty message.
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.at(1).at(0).toString().isEmpty());
    QCOMPARE(a->service(QStringLiteral("svc-new"))->owner, QStringLiteral("With the empty name"));
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());

    // An id taken away and given to a new node at once: that node, changed (as a whole read
    // compares by id), its old links gone.
    changes.clear();
    QVERIFY(psql(QStringLiteral(
        "DELETE FROM nodes WHERE id = 'svc-new'; "
        "INSERT INTO nodes (id, category) VALUES ('svc-new', 'service'); "
        "INSERT INTO services (node, name, kind) VALUES ((SELECT key FROM nodes WHERE id = "
        "'svc-new'), 'Given again', 'application')")));
    QTRY_COMPARE_WITH_TIMEOUT(a->service(QStringLiteral("svc-new"))->name,
                              QStringLiteral("Given again"), 2000);
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());
    for (const QList<QVariant> &signal : std::as_const(changes)) {
        const auto change = signal.first().value<PlanChange>();
        QVERIFY(!(change.entity == PlanChange::Entity::Service &&
                  change.kind == PlanChange::Kind::Removed));
    }

    // A node the window never knew, added and taken away again: the whole plan is read.
    QVERIFY(psql(QStringLiteral(
        "INSERT INTO nodes (id, category) VALUES ('svc-brief', 'service'); "
        "INSERT INTO services (node, name, kind) VALUES ((SELECT key FROM nodes WHERE id = "
        "'svc-brief'), 'Briefly', 'application'); DELETE FROM nodes WHERE id = 'svc-brief'; "
        "UPDATE services SET owner = 'After the brief one' WHERE node = (SELECT key FROM nodes "
        "WHERE id = 'svc-new')")));
    QVERIFY(readByStore().whole);
    QTRY_COMPARE_WITH_TIMEOUT(a->service(QStringLiteral("svc-new"))->owner,
                              QStringLiteral("After the brief one"), 2000);
    QVERIFY(!a->service(QStringLiteral("svc-brief")));
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());

    // A node given another id (what refers to it by id changes unnamed): the whole plan.
    QVERIFY(psql(QStringLiteral("UPDATE nodes SET id = 'svc-renamed' WHERE id = 'svc-new'")));
    QVERIFY(readByStore().whole);
    QTRY_VERIFY_WITH_TIMEOUT(a->service(QStringLiteral("svc-renamed")), 2000);
    QVERIFY(!a->service(QStringLiteral("svc-new")));
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());

    // More rows than are read one by one: the whole plan.
    QVERIFY(psql(QStringLiteral("INSERT INTO service_tags (service, tag) SELECT node, 'bulk-' || "
                                "g FROM services, generate_series(1, 20) g")));
    QVERIFY(m_server
                ->value(QStringLiteral("admin"),
                        QStringLiteral("SELECT count(*) FROM rows.service_tags WHERE tag "
                                       "LIKE 'bulk-%'"))
                .toInt() > 300);
    QVERIFY(readByStore().whole);
    QTRY_VERIFY_WITH_TIMEOUT(a->service(auth)->tags.contains(QStringLiteral("bulk-20")), 2000);
    QCOMPARE(TestSupport::canonical(a->plan()), onServer());
}

// A client killed in the middle of a write (psql, between its UPDATE and its COMMIT) leaves
// nothing of it on the server, and the writers' turn it held is free again at once.
void tst_Server::aKilledClientLeavesNothingHalfWritten()
{
    const QString psql = m_server->program(QStringLiteral("psql"));
    if (!QFile::exists(psql))
        QSKIP("psql is not installed beside the server");
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("killed"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    auto doc =
        PlanDocument::open(m_server->url(QStringLiteral("lead"), QStringLiteral("killed")), &error);
    QVERIFY2(doc, qPrintable(error));
    const QByteArray before = TestSupport::canonical(doc->plan());
    const QString id = doc->plan().services.first().id;
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                        m_server->url(QStringLiteral("lead"))});
    QVERIFY(client.waitForStarted());
    client.write(QStringLiteral("BEGIN;\nUPDATE killed.services SET owner = 'half' WHERE node = "
                                "(SELECT key FROM killed.nodes WHERE id = '%1');\nDELETE FROM "
                                "killed.dependencies;\nSELECT 'in the middle';\n")
                     .arg(id)
                     .toUtf8());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += client.readAll()).contains("in the middle"), 5000);
    client.kill();
    QVERIFY(client.waitForFinished());
    // The server ends the killed session's transaction; the next writer gets its turn.
    QVERIFY2(doc->setPlanName(QStringLiteral("After the kill"), &error), qPrintable(error));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT count(*) FROM killed.cty_log WHERE op <> 'U' "
                                            "AND tbl = 'dependencies'")),
             QStringLiteral("0"));
    auto reread = PlanDocument::open(
        m_server->url(QStringLiteral("admin"), QStringLiteral("killed")), &error);
    QVERIFY2(reread, qPrintable(error));
    Plan expected = TestSupport::loadPlanFile(sample());
    expected.name = QStringLiteral("After the kill");
    QCOMPARE(TestSupport::canonical(reread->plan()), TestSupport::canonical(expected));
    QVERIFY(!before.isEmpty());
}

// Approving is the approver's, enforced by the server (product/15-team-server.md): a planner may
// edit an approved runbook, take an approval back and import a plan holding approvals that were
// there, but not approve a runbook or record a BIA review, from the window or from psql.
void tst_Server::approvalsAreTheApprovers()
{
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(),
                               m_server->url(QStringLiteral("lead"), QStringLiteral("approvals"))});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_approvals_planner TO bob; "
                                          "GRANT cty_postgres_approvals_approver TO alice"),
                           &error));
    auto planner = PlanDocument::open(
        m_server->url(QStringLiteral("bob"), QStringLiteral("approvals")), &error);
    QVERIFY2(planner && !planner->isReadOnly(), qPrintable(error));
    QSignalSpy refused(planner.get(), &PlanDocument::writeFailed);
    const QString draft = QStringLiteral("rb-cardnet-outage");
    QVERIFY(planner->runbook(draft)->status == RunbookStatus::Draft);
    planner->approveRunbook(draft, QStringLiteral("Bob"), QString(), &error,
                            QStringLiteral("looks fine"));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.last().first().toString().contains(
                 QStringLiteral("cty_postgres_approvals_approver")),
             qPrintable(refused.last().first().toString()));
    QVERIFY(planner->runbook(draft)->status == RunbookStatus::Draft);
    const QString process = planner->plan().processes.first().id;
    planner->recordBiaReview(process, QStringLiteral("Bob"), QDate(2026, 12, 1), &error);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(
        m_server->value(
            QStringLiteral("admin"),
            QStringLiteral("SELECT status FROM approvals.runbooks WHERE id = '%1'").arg(draft)),
        QStringLiteral("draft"));
    QVERIFY(!m_server->exec(QStringLiteral("bob"),
                            QStringLiteral("UPDATE approvals.processes SET reviewed_by = 'bob', "
                                           "reviewed_on = '2026-12-01'"),
                            &error));
    QVERIFY2(error.contains(QStringLiteral("cty-approval")), qPrintable(error));

    // What a planner may do: edit an approved runbook, import the plan as it is (its approvals
    // written again as they were), take an approval back.
    Runbook approved = *planner->runbook(QStringLiteral("rb-dc-fra-loss"));
    approved.title += QStringLiteral(" (revised)");
    planner->changeRunbook(approved, QStringLiteral("Edit runbook"), &error);
    Plan again = planner->plan();
    again.name = QStringLiteral("Imported by a planner");
    QVERIFY2(planner->replacePlan(again, QStringLiteral("Import"), &error), qPrintable(error));
    QCOMPARE(refused.count(), 2);

    // The approver approves.
    auto approver = PlanDocument::open(
        m_server->url(QStringLiteral("alice"), QStringLiteral("approvals")), &error);
    QVERIFY2(approver && !approver->isReadOnly(), qPrintable(error));
    QSignalSpy approverRefused(approver.get(), &PlanDocument::writeFailed);
    QVERIFY2(approver->approveRunbook(draft, QStringLiteral("Alice"), QString(), &error,
                                      QStringLiteral("looks fine")),
             qPrintable(error));
    approver->recordBiaReview(process, QStringLiteral("Alice"), QDate(2026, 12, 1), &error);
    QCOMPARE(approverRefused.count(), 0);
    QCOMPARE(
        m_server->value(
            QStringLiteral("admin"),
            QStringLiteral("SELECT status FROM approvals.runbooks WHERE id = '%1'").arg(draft)),
        QStringLiteral("approved"));
}

namespace {

// Changes one field of service `id` through `doc` (a file's or a server plan's document).
bool describeService(PlanDocument &doc, const QString &id, const QString &description,
                     QString *error)
{
    const Service *found = doc.service(id);
    if (!found) {
        *error = QStringLiteral("no service ") + id;
        return false;
    }
    Service changed = *found;
    changed.description = description;
    return doc.changeService(changed, error);
}

} // namespace

// product/15-team-server.md "Offline": a plan pulled to a file, edited there while others edit
// it on the server, and pushed back: each item only the file changed is written, each only the
// server changed stays, each both changed differently is a conflict named with who changed it,
// and nothing is overwritten unless the user says which side wins.
void tst_Server::aPlanTakenOfflineIsPushedBack()
{
    const QString url = m_server->url(QStringLiteral("lead"), QStringLiteral("roaming"));
    const Result pushed = run({QStringLiteral("server"), QStringLiteral("push"), sample(), url});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QString error;
    QVERIFY(m_server->exec(QStringLiteral("lead"),
                           QStringLiteral("GRANT cty_postgres_roaming_planner TO alice"), &error));
    const QString offline = path(QStringLiteral("roaming.continuity"));
    const Result pulled = run({QStringLiteral("server"), QStringLiteral("pull"), url, offline});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    // The pulled file remembers where it came from; that is not part of the plan.
    {
        std::unique_ptr<PlanFile> file = PlanFile::open(offline, OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error));
        std::optional<Server::Origin> origin;
        QByteArray base;
        QVERIFY2(Server::readOrigin(file->database(), &origin, &base, &error), qPrintable(error));
        QVERIFY(origin);
        QVERIFY2(Server::basePlanJson(base, &base, &error), qPrintable(error));
        QCOMPARE(origin->plan, QStringLiteral("roaming"));
        QVERIFY(!origin->url.contains(QStringLiteral("password")));
        QVERIFY(origin->auditSeq > 0);
        QCOMPARE(base, exported(offline).trimmed() + '\n');
    }

    // Offline: one service changed that nobody else touches, one service added, one changed
    // that someone on the server changes too, and a process's dependency removed.
    {
        auto file = PlanDocument::open(offline, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY2(describeService(*file, QStringLiteral("app-email"), QStringLiteral("offline 1"),
                                 &error),
                 qPrintable(error));
        QVERIFY2(describeService(*file, QStringLiteral("app-auth"), QStringLiteral("mine"), &error),
                 qPrintable(error));
        Service added;
        added.id = QStringLiteral("laptop-svc");
        added.name = QStringLiteral("Written on the road");
        QVERIFY2(file->addService(added, &error), qPrintable(error));
        QVERIFY2(file->removeDependency(QStringLiteral("app-api-gw"), QStringLiteral("app-notify"),
                                        &error),
                 qPrintable(error));
    }
    // Meanwhile on the server, alice: one service only she changes, and app-auth differently.
    {
        auto server = PlanDocument::open(
            m_server->url(QStringLiteral("alice"), QStringLiteral("roaming")), &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(describeService(*server, QStringLiteral("app-ledger"), QStringLiteral("alice's"),
                                 &error),
                 qPrintable(error));
        QVERIFY2(
            describeService(*server, QStringLiteral("app-auth"), QStringLiteral("theirs"), &error),
            qPrintable(error));
    }
    const QByteArray serverBefore = exported(url);
    const QByteArray fileBefore = TestSupport::readAll(offline);
    const QStringList push = {QStringLiteral("server"), QStringLiteral("push"), offline, url};

    // A dry run and a plain push both name the conflict and write nothing.
    for (const QStringList &args : {push + QStringList{QStringLiteral("--dry-run")}, push}) {
        const Result r = run(args);
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("service app-email: changed (description)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("service laptop-svc: added")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("dependency app-api-gw -> app-notify: removed")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 item(s) changed on the server")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("service app-auth: changed in the file, and "
                                               "changed on the server (last by alice at ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("they differ in description")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was pushed")), qPrintable(r.err));
        QCOMPARE(exported(url), serverBefore);
        QCOMPARE(TestSupport::readAll(offline), fileBefore);
    }

    // --keep-server: the file's other changes are written, alice's app-auth stays, and the
    // file now holds the server's plan.
    const Result kept = run(push + QStringList{QStringLiteral("--keep-server")});
    QVERIFY2(kept.code == 0, qPrintable(kept.out + kept.err));
    QVERIFY2(kept.out.contains(QStringLiteral("file now holds the server's plan")),
             qPrintable(kept.out));
    Plan onServer = TestSupport::loadPlanFile(offline); // checked against the server's below
    const QByteArray afterJson = exported(url);
    QCOMPARE(exported(offline), afterJson);
    auto findService = [](const Plan &plan, const QString &id) -> const Service * {
        for (const Service &s : plan.services) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    };
    QVERIFY(findService(onServer, QStringLiteral("laptop-svc")));
    QCOMPARE(findService(onServer, QStringLiteral("app-email"))->description,
             QStringLiteral("offline 1"));
    QCOMPARE(findService(onServer, QStringLiteral("app-ledger"))->description,
             QStringLiteral("alice's"));
    QCOMPARE(findService(onServer, QStringLiteral("app-auth"))->description,
             QStringLiteral("theirs"));
    QVERIFY(std::none_of(onServer.dependencies.cbegin(), onServer.dependencies.cend(),
                         [](const Dependency &d) {
                             return d.consumer == QLatin1String("app-api-gw") &&
                                    d.provider == QLatin1String("app-notify");
                         }));
    // One audit record on the server for the push-back, by the login that pushed.
    const QString record =
        m_server->value(QStringLiteral("admin"),
                        QStringLiteral("SELECT action || ' / ' || \"user\" FROM roaming.audit "
                                       "ORDER BY seq DESC LIMIT 1"));
    QVERIFY2(record.startsWith(QStringLiteral("Push back roaming.continuity (3 change")) &&
                 record.endsWith(QStringLiteral(" made offline) / lead")),
             qPrintable(record));

    // Pushing again at once has nothing to write.
    const Result again = run(push);
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("Nothing of")), qPrintable(again.out));
    QCOMPARE(exported(url), afterJson);

    // The file goes on from the plan as pushed back: a second round of offline work, with
    // app-auth changed on both sides again, is settled the other way with --overwrite-server.
    {
        auto file = PlanDocument::open(offline, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY2(describeService(*file, QStringLiteral("app-auth"), QStringLiteral("mine again"),
                                 &error),
                 qPrintable(error));
        auto server = PlanDocument::open(
            m_server->url(QStringLiteral("alice"), QStringLiteral("roaming")), &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(describeService(*server, QStringLiteral("app-auth"),
                                 QStringLiteral("theirs again"), &error),
                 qPrintable(error));
    }
    const Result refused = run(push);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("1 conflict(s)")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("0 change(s) made in the file to push back")),
             qPrintable(refused.out));
    const Result overwritten = run(push + QStringList{QStringLiteral("--overwrite-server")});
    QVERIFY2(overwritten.code == 0, qPrintable(overwritten.out + overwritten.err));
    QVERIFY2(overwritten.out.contains(QStringLiteral("replaced the server's")),
             qPrintable(overwritten.out));
    QCOMPARE(
        findService(TestSupport::loadPlanFile(offline), QStringLiteral("app-auth"))->description,
        QStringLiteral("mine again"));
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT description FROM roaming.services s JOIN "
                                            "roaming.nodes n ON n.key = s.node WHERE n.id = "
                                            "'app-auth'")),
             QStringLiteral("mine again"));
    QCOMPARE(exported(offline), exported(url));
    // The origin is the file's, not the plan's: not on the server.
    QCOMPARE(m_server->value(QStringLiteral("admin"),
                             QStringLiteral("SELECT count(*) FROM roaming.plan_info WHERE key "
                                            "LIKE 'server%'")),
             QStringLiteral("0"));
}

void tst_Server::aPushBackThatCannotBeMadeChangesNothing()
{
    const QString url = m_server->url(QStringLiteral("lead"), QStringLiteral("astray"));
    QVERIFY(run({QStringLiteral("server"), QStringLiteral("push"), sample(), url}).code == 0);
    const QString offline = path(QStringLiteral("astray.continuity"));
    QVERIFY(run({QStringLiteral("server"), QStringLiteral("pull"), url, offline}).code == 0);
    QString error;
    // The file adds a dependency on a service someone removes on the server meanwhile: each
    // alone is fine, together they break the plan's rules.
    {
        auto file = PlanDocument::open(offline, &error);
        QVERIFY2(file, qPrintable(error));
        Dependency d;
        d.consumer = QStringLiteral("app-email");
        d.provider = QStringLiteral("app-payroll");
        QVERIFY2(file->addDependency(d, &error), qPrintable(error));
        auto server = PlanDocument::open(url, &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(server->removeNode(QStringLiteral("app-payroll"), &error), qPrintable(error));
    }
    const QByteArray serverBefore = exported(url);
    const QByteArray fileBefore = TestSupport::readAll(offline);
    const Result broken = run({QStringLiteral("server"), QStringLiteral("push"), offline, url});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(QStringLiteral("break the plan's rules")), qPrintable(broken.err));
    QVERIFY2(broken.err.contains(QStringLiteral("app-payroll")), qPrintable(broken.err));
    QCOMPARE(exported(url), serverBefore);
    QCOMPARE(TestSupport::readAll(offline), fileBefore);

    // A file never pulled, a pulled file pushed to another plan, the file locked by a window,
    // and a file whose record of its origin was tampered with: named, and nothing written.
    const QString other = m_server->url(QStringLiteral("lead"), QStringLiteral("roaming"));
    const QByteArray otherBefore = exported(other);
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QList<Case> cases = {
        {{QStringLiteral("server"), QStringLiteral("push"), sample(), url},
         QStringLiteral("was not pulled from a server")},
        {{QStringLiteral("server"), QStringLiteral("push"), offline, other},
         QStringLiteral("can be pushed back only there")},
        {{QStringLiteral("server"), QStringLiteral("push"), offline, url,
          QStringLiteral("--keep-server"), QStringLiteral("--overwrite-server")},
         QStringLiteral("exclude each other")},
        {{QStringLiteral("server"), QStringLiteral("push"), sample(),
          m_server->url(QStringLiteral("lead"), QStringLiteral("nowhere")),
          QStringLiteral("--dry-run")},
         QStringLiteral("the server has no plan \"nowhere\"")},
    };
    for (const Case &c : cases) {
        const Result r = run(c.args);
        QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' ')) + r.err));
        QVERIFY2(r.err.contains(c.says), qPrintable(c.says + QStringLiteral(" ≠ ") + r.err));
    }
    {
        auto window = PlanDocument::open(offline, &error); // holds the file's lock
        QVERIFY2(window, qPrintable(error));
        const Result locked = run({QStringLiteral("server"), QStringLiteral("push"), offline, url,
                                   QStringLiteral("--keep-server")});
        QCOMPARE(locked.code, 2);
        QVERIFY2(locked.err.contains(QStringLiteral("cannot take the plan as pushed back")),
                 qPrintable(locked.err));
    }
    // A hostile or damaged record: a base claiming four gigabytes from a few bytes, one that is
    // no compressed data, an origin that is no JSON, one naming no plan.
    const QStringList tamperings = {
        QStringLiteral("UPDATE plan_info SET value = '/////AAAA' WHERE key = 'server_base'"),
        QStringLiteral("UPDATE plan_info SET value = 'AAAAEHRoaXMgaXMgbm8gemxpYg==' WHERE key = "
                       "'server_base'"),
        QStringLiteral("UPDATE plan_info SET value = '{not json' WHERE key = 'server_origin'"),
        QStringLiteral("UPDATE plan_info SET value = '{\"plan\":\"Bad Name\",\"auditSeq\":1}' "
                       "WHERE key = 'server_origin'"),
    };
    for (const QString &tampering : tamperings) {
        const QString tampered = path(QStringLiteral("tampered.continuity"));
        QFile::remove(tampered);
        QVERIFY(QFile::copy(offline, tampered));
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(tampered);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(tampering));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QByteArray tamperedBefore = TestSupport::readAll(tampered);
        const Result bad = run({QStringLiteral("server"), QStringLiteral("push"), tampered, url});
        QVERIFY2(bad.code == 2, qPrintable(tampering));
        QVERIFY2(bad.err.contains(QStringLiteral("cannot be read; pull the plan again")),
                 qPrintable(tampering + QStringLiteral(": ") + bad.err));
        QCOMPARE(TestSupport::readAll(tampered), tamperedBefore);
    }
    QCOMPARE(exported(url), serverBefore);
    QCOMPARE(exported(other), otherBefore);
    QCOMPARE(TestSupport::readAll(offline), fileBefore);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
