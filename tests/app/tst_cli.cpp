// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Continuity;

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void badUsage_data();
    void badUsage();
    void newSampleExportImportRoundTrip();
    void newRefusesExistingFile();
    void infoReportsCountsAndChecks();
    void importIntoNonEmptyNeedsReplace();
    void badJsonChangesNothing();
    void importIntoLockedPlanIsRefused();
    void corruptPlanIsRefused();
    void realBinaryExitCodes();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        const int code = Cli::run(args, o, e);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_Cli::helpAndVersion()
{
    Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("import PLAN --json FILE")));
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("continuity-cli ")));
}

void tst_Cli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("new without file")
        << QStringList{QStringLiteral("new")} << QStringLiteral("exactly one PLAN");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--bogus")}
        << QStringLiteral("unknown option --bogus");
    QTest::newRow("export without --json")
        << QStringList{QStringLiteral("export"), QStringLiteral("x")}
        << QStringLiteral("--json FILE");
    QTest::newRow("--json without value")
        << QStringList{QStringLiteral("import"), QStringLiteral("x"), QStringLiteral("--json")}
        << QStringLiteral("--json needs a value");
}

void tst_Cli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_Cli::newSampleExportImportRoundTrip()
{
    const QString plan = path(QStringLiteral("sample.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    const QString a = path(QStringLiteral("a.json"));
    const QString b = path(QStringLiteral("b.json"));
    QCOMPARE(run({QStringLiteral("export"), plan, QStringLiteral("--json"), a}).code, 0);
    const QString copy = path(QStringLiteral("copy.continuity"));
    Result r = run({QStringLiteral("import"), copy, QStringLiteral("--json"), a});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("export"), copy, QStringLiteral("--json"), b}).code, 0);
    const QByteArray first = TestSupport::readAll(a);
    QVERIFY(first.size() > 10000);
    QCOMPARE(TestSupport::readAll(b), first);

    // Into an empty plan made by 'new' as well.
    const QString empty = path(QStringLiteral("empty.continuity"));
    QCOMPARE(run({QStringLiteral("new"), empty}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), empty, QStringLiteral("--json"), a}).code, 0);
    QCOMPARE(run({QStringLiteral("export"), empty, QStringLiteral("--json"), b}).code, 0);
    QCOMPARE(TestSupport::readAll(b), first);
}

void tst_Cli::newRefusesExistingFile()
{
    const QString plan = path(QStringLiteral("exists.continuity"));
    QVERIFY(TestSupport::writeAll(plan, "precious"));
    const Result r = run({QStringLiteral("new"), plan});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    QCOMPARE(TestSupport::readAll(plan), QByteArray("precious"));
}

void tst_Cli::infoReportsCountsAndChecks()
{
    const QString plan = path(QStringLiteral("info.continuity"));
    QVERIFY(TestSupport::createPlanFile(plan, TestSupport::smallPlan()));
    const Result r = run({QStringLiteral("info"), plan});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Processes:         2")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Services:          5")));
    QVERIFY(r.out.contains(
        QLatin1String("Dependencies:      6 (5 hard, 1 soft, 2 in redundancy groups)")));
    QVERIFY(r.out.contains(QLatin1String("Plan format:       1")));
    QVERIFY(r.out.contains(QLatin1String("integrity ok, foreign keys ok")));
}

void tst_Cli::importIntoNonEmptyNeedsReplace()
{
    const QString plan = path(QStringLiteral("full.continuity"));
    QVERIFY(TestSupport::createPlanFile(plan, TestSupport::smallPlan()));
    const QString json = path(QStringLiteral("other.json"));
    Plan other = Plan::empty(QStringLiteral("Other"));
    Process p;
    p.id = QStringLiteral("only");
    p.name = QStringLiteral("Only process");
    other.processes = {p};
    QVERIFY(TestSupport::writeAll(json, TestSupport::canonical(other)));
    const QByteArray before = TestSupport::readAll(plan);
    Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--replace")), qPrintable(r.err));
    QCOMPARE(TestSupport::readAll(plan), before);

    r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json,
             QStringLiteral("--replace")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(plan)),
             TestSupport::canonical(other));
}

void tst_Cli::badJsonChangesNothing()
{
    const QString plan = path(QStringLiteral("keep.continuity"));
    QVERIFY(TestSupport::createPlanFile(plan, TestSupport::smallPlan()));
    const QByteArray before = TestSupport::readAll(plan);
    const QString json = path(QStringLiteral("bad.json"));
    QByteArray text = TestSupport::canonical(TestSupport::smallPlan());
    text.replace("\"rtoHours\": 1,", "\"rtoHours\": -1,");
    QVERIFY(TestSupport::writeAll(json, text));
    Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json,
                    QStringLiteral("--replace")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(
                 QLatin1String("bad.json: services[2].rtoHours: must be a non-negative number")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(TestSupport::readAll(plan), before);

    // No plan file is created from bad JSON either.
    const QString fresh = path(QStringLiteral("never.continuity"));
    QCOMPARE(run({QStringLiteral("import"), fresh, QStringLiteral("--json"), json}).code, 2);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(run({QStringLiteral("import"), fresh, QStringLiteral("--json"),
                  path(QStringLiteral("missing.json"))})
                 .code,
             2);
}

void tst_Cli::importIntoLockedPlanIsRefused()
{
    const QString plan = path(QStringLiteral("locked.continuity"));
    QVERIFY(TestSupport::createPlanFile(plan, Plan::empty()));
    auto holder = PlanFile::open(plan, OpenMode::ReadWrite, nullptr);
    QVERIFY(holder && !holder->isReadOnly());
    const QString json = path(QStringLiteral("small.json"));
    QVERIFY(TestSupport::writeAll(json, TestSupport::canonical(TestSupport::smallPlan())));
    const QByteArray before = TestSupport::readAll(plan);
    const Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("already open in Continuity")), qPrintable(r.err));
    QCOMPARE(TestSupport::readAll(plan), before);
}

void tst_Cli::corruptPlanIsRefused()
{
    const QString plan = path(QStringLiteral("junk.continuity"));
    QVERIFY(TestSupport::writeAll(plan, "not a plan at all"));
    Result r = run({QStringLiteral("info"), plan});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("not an SQLite database")));
    r = run({QStringLiteral("export"), plan, QStringLiteral("--json"),
             path(QStringLiteral("out.json"))});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("out.json"))));
    QCOMPARE(TestSupport::readAll(plan), QByteArray("not a plan at all"));
}

void tst_Cli::realBinaryExitCodes()
{
    QProcess cli;
    cli.start(QStringLiteral(CONTINUITY_CLI),
              {QStringLiteral("new"), path(QStringLiteral("bin.continuity")),
               QStringLiteral("--sample")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    cli.start(QStringLiteral(CONTINUITY_CLI),
              {QStringLiteral("export"), path(QStringLiteral("bin.continuity")),
               QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().startsWith("{\n  \"format\": \"continuity-plan\""));
    cli.start(QStringLiteral(CONTINUITY_CLI), {QStringLiteral("info")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("continuity-cli:"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
