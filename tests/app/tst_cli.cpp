// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "domain/Plan.h"
#include "io/PlanJson.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    void cmdbImportDryRunAndMappingFile();
    void cmdbImportIntoANewFile();
    void badJsonCreatesNoFile();
    void aBigJsonIsReadFromTheMappedFile();
    void importIntoLockedPlanIsRefused();
    void corruptPlanIsRefused();
    void realBinaryExitCodes();
    void reportRunbook();
    void analyzeCascadeOnTheSample();
    void analyzeSpofTiersAndRecovery();
    void analyzeManyScenariosInOneRun();
    void analyzeRefusesBadArguments_data();
    void analyzeRefusesBadArguments();
    void checkGatesOnErrors();
    void sloOnTheSample();
    void changeAssessOnTheSample();
    void availabilityAndCutsetsOnTheSample();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
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
    QVERIFY2(r.out.contains(QLatin1String("SQLite 3.")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Qt 6.")));
    QVERIFY2(r.out.contains(QLatin1String("Graphviz 2.")), qPrintable(r.out));
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
    // Options as QCommandLineParser takes them: "--json=FILE" too.
    const QString c = path(QStringLiteral("c.json"));
    QCOMPARE(run({QStringLiteral("export"), empty, QStringLiteral("--json=") + c}).code, 0);
    QCOMPARE(TestSupport::readAll(c), first);
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
    QVERIFY(r.out.contains(
        QStringLiteral("Plan format:       %1").arg(PlanFile::currentSchemaVersion())));
    QVERIFY(r.out.contains(QLatin1String("integrity ok, foreign keys ok")));
    QVERIFY(r.out.contains(QLatin1String("People:            0 persons, 0 roles, 0 call trees")));
}

// Bad JSON leaves a full plan as it was in tst_imports (both stores); into a new file it creates
// no file at all.
void tst_Cli::badJsonCreatesNoFile()
{
    const QString json = path(QStringLiteral("bad.json"));
    QByteArray text = TestSupport::canonical(TestSupport::smallPlan());
    text.replace("\"rtoHours\": 1,", "\"rtoHours\": -1,");
    QVERIFY(TestSupport::writeAll(json, text));
    // No plan file is created from bad JSON either.
    const QString fresh = path(QStringLiteral("never.continuity"));
    QCOMPARE(run({QStringLiteral("import"), fresh, QStringLiteral("--json"), json}).code, 2);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(run({QStringLiteral("import"), fresh, QStringLiteral("--json"),
                  path(QStringLiteral("missing.json"))})
                 .code,
             2);
}

// docs/decisions/streamed-json-import.md: a plan JSON bigger than the part the import gives back
// at once (8 MiB) is read from the mapped file to the same plan; a mistake near its end, found
// after the pages before it were given back, is named as the whole read names it.
void tst_Cli::aBigJsonIsReadFromTheMappedFile()
{
    Plan plan = Plan::empty(QStringLiteral("Big"));
    const int services = 600;
    for (int i = 0; i < services; ++i) {
        Service s;
        s.id = QStringLiteral("service-%1").arg(i);
        s.name = s.id;
        s.kind = ServiceKind::Application;
        plan.services.append(s);
    }
    for (int i = 0; i < services; ++i) {
        for (int step = 1; step <= 200; ++step) {
            plan.dependencies.append({plan.services.at(i).id,
                                      plan.services.at((i + step) % services).id,
                                      step % 7 ? Strength::Hard : Strength::Soft, QString()});
        }
    }
    const QByteArray text = PlanJson::write(plan);
    QVERIFY(text.size() > 9 * 1024 * 1024);
    const QString json = path(QStringLiteral("big.json"));
    QVERIFY(TestSupport::writeAll(json, text));
    const QString imported = path(QStringLiteral("big.continuity"));
    Result r = run({QStringLiteral("import"), imported, QStringLiteral("--json"), json});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString back = path(QStringLiteral("big-back.json"));
    QCOMPARE(run({QStringLiteral("export"), imported, QStringLiteral("--json"), back}).code, 0);
    QVERIFY(TestSupport::readAll(back) == text);

    // A dependency on itself, last: refused, named, nothing made.
    QByteArray bad = text;
    const qsizetype line = bad.lastIndexOf("{\"consumer\": \"");
    QVERIFY(line > 0);
    const qsizetype idBegin = line + 14;
    const QByteArray consumer = bad.mid(idBegin, bad.indexOf('"', idBegin) - idBegin);
    const qsizetype provider = bad.indexOf("\"provider\": \"", line) + 13;
    bad.replace(provider, bad.indexOf('"', provider) - provider, consumer);
    QVERIFY(TestSupport::writeAll(json, bad));
    const QString never = path(QStringLiteral("never-big.continuity"));
    r = run({QStringLiteral("import"), never, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("dependencies[119999]")), qPrintable(r.err.left(600)));
    QVERIFY(!QFile::exists(never));
    // Broken JSON near the end: its line and column, as the whole read gives them.
    bad = text;
    bad.insert(bad.lastIndexOf("\"consumer\""), ",");
    QVERIFY(TestSupport::writeAll(json, bad));
    r = run({QStringLiteral("import"), never, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QStringList errors;
    QVERIFY(!PlanJson::read(bad, &errors, PlanJson::Reading::Whole));
    QVERIFY2(r.err.contains(errors.first()), qPrintable(r.err.left(600)));
    // An empty file is no plan.
    QVERIFY(TestSupport::writeAll(json, QByteArray()));
    r = run({QStringLiteral("import"), never, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("not valid JSON")), qPrintable(r.err));
    QVERIFY(!QFile::exists(never));
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

void tst_Cli::reportRunbook()
{
    const QString plan = path(QStringLiteral("report.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    auto cli = [](const QStringList &args) {
        QProcess p;
        // As on a server or in a pipeline: no runtime directory.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONTINUITY_CLI), args);
        p.waitForFinished(60000);
        return Result{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    };
    const QString pdf = path(QStringLiteral("dc.pdf"));
    Result r =
        cli({QStringLiteral("report"), QStringLiteral("runbook"), plan, QStringLiteral("--id"),
             QStringLiteral("rb-dc-fra-loss"), QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // nothing but its own messages
    QVERIFY(r.out.contains(QStringLiteral("8 steps")));
    QVERIFY(TestSupport::readAll(pdf).startsWith("%PDF-"));

    // Several runbooks and no --id: the ids are listed, nothing is written.
    const QString none = path(QStringLiteral("none.pdf"));
    r = cli(
        {QStringLiteral("report"), QStringLiteral("runbook"), plan, QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("rb-ledger-db-failover")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("runbook"), plan, QStringLiteral("--id"),
             QStringLiteral("rb-ghost"), QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no runbook has the id \"rb-ghost\"")));
    // A draft never approved has no approved version to print.
    r = cli({QStringLiteral("report"), QStringLiteral("runbook"), plan, QStringLiteral("--id"),
             QStringLiteral("rb-cardnet-outage"), QStringLiteral("--approved"),
             QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("never been approved")));
    r = cli({QStringLiteral("report"), QStringLiteral("bogus"), plan, QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not \"bogus\"")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("runbook"), plan, QStringLiteral("--id"),
             QStringLiteral("rb-dc-fra-loss"), QStringLiteral("-o"),
             path(QStringLiteral("x.txt"))});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(none));

    // The exercise report: by id; without one the ids are listed and nothing is written.
    const QString exercise = path(QStringLiteral("exercise.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("exercise"), plan, QStringLiteral("--id"),
             QStringLiteral("ex-2026-03-dc1-loss"), QStringLiteral("-o"), exercise});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote exercise \"ex-2026-03-dc1-loss\"")),
             qPrintable(r.out));
    QVERIFY(TestSupport::readAll(exercise).startsWith("%PDF-"));
    r = cli(
        {QStringLiteral("report"), QStringLiteral("exercise"), plan, QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("ex-2026-09-ransomware")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("exercise"), plan, QStringLiteral("--id"),
             QStringLiteral("ex-ghost"), QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no exercise has the id \"ex-ghost\"")));
    QVERIFY(!QFile::exists(none));

    // The findings review, alone and against an older copy; the scenario brief.
    const QString findings = path(QStringLiteral("findings.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("findings"), plan, QStringLiteral("--since"),
             plan, QStringLiteral("-o"), findings});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote the findings review")), qPrintable(r.out));
    QVERIFY(TestSupport::readAll(findings).startsWith("%PDF-"));
    const QString brief = path(QStringLiteral("brief.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("scenario"), plan, QStringLiteral("--fail"),
             QStringLiteral("dc-fra"), QStringLiteral("-o"), brief});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote the scenario brief")), qPrintable(r.out));
    QVERIFY(TestSupport::readAll(brief).startsWith("%PDF-"));
    // The BIA report, of all processes and of one; an unknown process is refused.
    const QString biaPdf = path(QStringLiteral("bia.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("bia"), plan, QStringLiteral("-o"), biaPdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote the BIA report (14 processes")),
             qPrintable(r.out));
    QVERIFY(TestSupport::readAll(biaPdf).startsWith("%PDF-"));
    r = cli({QStringLiteral("report"), QStringLiteral("bia"), plan, QStringLiteral("--process"),
             QStringLiteral("take-card-payments"), QStringLiteral("-o"), biaPdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(1 processes")), qPrintable(r.out));
    r = cli({QStringLiteral("report"), QStringLiteral("bia"), plan, QStringLiteral("--process"),
             QStringLiteral("ghost"), QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("ghost")), qPrintable(r.err));
    // The business continuity plan as PDF and as OpenDocument Text; a scope that is no site.
    const QString planPdf = path(QStringLiteral("bcp.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("plan"), plan, QStringLiteral("--scope"),
             QStringLiteral("site:dc-fra"), QStringLiteral("-o"), planPdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(TestSupport::readAll(planPdf).startsWith("%PDF-"));
    const QString planOdt = path(QStringLiteral("bcp.odt"));
    r = cli(
        {QStringLiteral("report"), QStringLiteral("plan"), plan, QStringLiteral("-o"), planOdt});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(TestSupport::readAll(planOdt).startsWith("PK"));
    r = cli({QStringLiteral("report"), QStringLiteral("plan"), plan, QStringLiteral("--scope"),
             QStringLiteral("site:ghost"), QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no site with the id \"ghost\"")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("bia"), plan, QStringLiteral("-o"),
             path(QStringLiteral("bia.odt"))});
    QCOMPARE(r.code, 2);
    // The SLOs as OpenSLO for the monitoring team.
    const QString openSlo = path(QStringLiteral("slos.yaml"));
    r = cli({QStringLiteral("export"), plan, QStringLiteral("--openslo"), openSlo});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(TestSupport::readAll(openSlo).count("\nkind: SLO\n"), 5);
    // An incident's post-mortem; the incident must be named among several, and exist.
    const QString postmortem = path(QStringLiteral("inc1.pdf"));
    r = cli({QStringLiteral("report"), QStringLiteral("postmortem"), plan, QStringLiteral("--id"),
             QStringLiteral("INC0001"), QStringLiteral("--names"), QStringLiteral("-o"),
             postmortem});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote the post-mortem of INC0001")), qPrintable(r.out));
    QVERIFY(TestSupport::readAll(postmortem).startsWith("%PDF-"));
    r = cli(
        {QStringLiteral("report"), QStringLiteral("postmortem"), plan, QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("choose one with --id")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("postmortem"), plan, QStringLiteral("--id"),
             QStringLiteral("INC9999"), QStringLiteral("-o"), none});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("INC9999")), qPrintable(r.err));
    // Refused, nothing written: no --fail, an unknown node, an older copy that is not a plan.
    r = cli(
        {QStringLiteral("report"), QStringLiteral("scenario"), plan, QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--fail")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("scenario"), plan, QStringLiteral("--fail"),
             QStringLiteral("ghost"), QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("ghost")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("findings"), plan, QStringLiteral("--since"),
             path(QStringLiteral("missing.continuity")), QStringLiteral("-o"), none});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("missing.continuity")), qPrintable(r.err));
    r = cli({QStringLiteral("report"), QStringLiteral("findings"), plan, QStringLiteral("--since"),
             QStringLiteral("-o"), none});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(none));
}

static QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

static QJsonObject byId(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

void tst_Cli::analyzeCascadeOnTheSample()
{
    const QString plan = path(QStringLiteral("cascade.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    const QByteArray before = TestSupport::readAll(plan);
    Result r = run({QStringLiteral("analyze"), QStringLiteral("cascade"), plan,
                    QStringLiteral("--fail"), QStringLiteral("dc-fra"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = parseJson(r.out);
    QCOMPARE(json.value(QStringLiteral("scenario")).toArray(),
             QJsonArray{QStringLiteral("dc-fra")});
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    // Tokenisation runs only in DC1: card payments go down although the rest is redundant.
    const QJsonObject payments = byId(nodes, QStringLiteral("take-card-payments"));
    QCOMPARE(payments.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QVERIFY(
        payments.value(QStringLiteral("causes")).toArray().contains(QStringLiteral("app-auth")));
    QCOMPARE(payments.value(QStringLiteral("redundancyLost")).toBool(), false);
    const QJsonObject gateway = byId(nodes, QStringLiteral("app-api-gw"));
    QCOMPARE(gateway.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QVERIFY(json.value(QStringLiteral("redundancyLost"))
                .toArray()
                .contains(QStringLiteral("app-api-gw")));
    QVERIFY(json.value(QStringLiteral("lossPerHour")).toDouble() >= 250000);
    for (const QJsonValue &v : nodes) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("id")) && o.contains(QStringLiteral("state")) &&
                o.value(QStringLiteral("causes")).isArray() &&
                o.value(QStringLiteral("redundancyLost")).isBool());
        QVERIFY(o.value(QStringLiteral("state")).toString() != QLatin1String("up"));
    }
    // A unique name works as well as an id, with the same result.
    const Result byName =
        run({QStringLiteral("analyze"), QStringLiteral("cascade"), plan, QStringLiteral("--fail"),
             QStringLiteral("Frankfurt data centre (DC1)"), QStringLiteral("--json")});
    QCOMPARE(byName.out, r.out);
    // The text form names the causes too.
    r = run({QStringLiteral("analyze"), QStringLiteral("cascade"), plan, QStringLiteral("--fail"),
             QStringLiteral("dc-fra")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("down +take-card-payments  ← .*app-auth"))),
             qPrintable(r.out));
    QCOMPARE(TestSupport::readAll(plan), before);
}

void tst_Cli::analyzeSpofTiersAndRecovery()
{
    const QString plan = path(QStringLiteral("analyses.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);

    Result r =
        run({QStringLiteral("analyze"), QStringLiteral("spof"), plan, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonObject json = parseJson(r.out);
    const QJsonObject payments =
        byId(json.value(QStringLiteral("targets")).toArray(), QStringLiteral("take-card-payments"));
    QCOMPARE(payments.value(QStringLiteral("tier")).toInt(), 0);
    const QJsonArray spofs = payments.value(QStringLiteral("spofs")).toArray();
    QVERIFY(spofs.contains(QStringLiteral("dc-fra")));
    QVERIFY(spofs.contains(QStringLiteral("app-tokenization")));
    QVERIFY(spofs.contains(QStringLiteral("sup-cardnet")));
    QVERIFY(!spofs.contains(QStringLiteral("dc-ams")));
    r = run({QStringLiteral("analyze"), QStringLiteral("spof"), plan, QStringLiteral("--max-tier"),
             QStringLiteral("0"), QStringLiteral("--json")});
    for (const QJsonValue &t : parseJson(r.out).value(QStringLiteral("targets")).toArray())
        QCOMPARE(t.toObject().value(QStringLiteral("tier")).toInt(), 0);

    r = run({QStringLiteral("analyze"), QStringLiteral("tiers"), plan, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    json = parseJson(r.out);
    const QJsonObject token =
        byId(json.value(QStringLiteral("nodes")).toArray(), QStringLiteral("app-tokenization"));
    QCOMPARE(token.value(QStringLiteral("assignedTier")).toInt(), 2);
    QCOMPARE(token.value(QStringLiteral("requiredTier")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 14 + 67);
    bool inversion = false;
    for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        inversion = inversion ||
                    (o.value(QStringLiteral("kind")) == QStringLiteral("tier-inversion") &&
                     o.value(QStringLiteral("subject")) == QStringLiteral("app-tokenization") &&
                     o.value(QStringLiteral("severity")) == QStringLiteral("error"));
    }
    QVERIFY(inversion);

    r = run({QStringLiteral("analyze"), QStringLiteral("recovery"), plan, QStringLiteral("--fail"),
             QStringLiteral("dc-fra"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    json = parseJson(r.out);
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    const QJsonObject dc = byId(nodes, QStringLiteral("dc-fra"));
    QCOMPARE(dc.value(QStringLiteral("wave")).toInt(), 0);
    // Six hours of recovery after the incident managers are mobilised (half an hour).
    QCOMPARE(dc.value(QStringLiteral("mobilisationHours")).toDouble(), 0.5);
    QCOMPARE(dc.value(QStringLiteral("readyHours")).toDouble(), 6.5);
    const QJsonObject pay = byId(nodes, QStringLiteral("take-card-payments"));
    QVERIFY(pay.value(QStringLiteral("wave")).toInt() > 0);
    QCOMPARE(pay.value(QStringLiteral("gapHours")).toDouble(),
             pay.value(QStringLiteral("readyHours")).toDouble() -
                 pay.value(QStringLiteral("rtoTargetHours")).toDouble());
    QVERIFY(pay.value(QStringLiteral("blockedBy")).toArray().isEmpty());

    // Active Directory and DNS need each other: failing both leaves them blocked by the cycle.
    r = run({QStringLiteral("analyze"), QStringLiteral("recovery"), plan, QStringLiteral("--fail"),
             QStringLiteral("infra-ad,infra-dns"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject ad =
        byId(parseJson(r.out).value(QStringLiteral("nodes")).toArray(), QStringLiteral("infra-ad"));
    QVERIFY(ad.value(QStringLiteral("readyHours")).isNull());
    QVERIFY(ad.value(QStringLiteral("wave")).isNull());
    // The cycle once, named by one of its nodes; each blocked node names it.
    const QJsonArray blockedBy = ad.value(QStringLiteral("blockedBy")).toArray();
    QCOMPARE(blockedBy.size(), 1);
    const QJsonArray cycles = parseJson(r.out).value(QStringLiteral("cycles")).toArray();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.at(0).toObject().value(QStringLiteral("id")), blockedBy.at(0));
    QCOMPARE(cycles.at(0).toObject().value(QStringLiteral("nodes")).toArray(),
             (QJsonArray{QStringLiteral("infra-ad"), QStringLiteral("infra-dns")}));
}

// --fail-each and --scenarios: one document, one entry per scenario, each the document that
// --fail gives for that scenario alone.
void tst_Cli::analyzeManyScenariosInOneRun()
{
    const QString plan = path(QStringLiteral("scenarios.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    for (const QString &analysis : {QStringLiteral("cascade"), QStringLiteral("recovery")}) {
        Result r = run({QStringLiteral("analyze"), analysis, plan, QStringLiteral("--fail-each"),
                        QStringLiteral("site"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray each = parseJson(r.out).value(QStringLiteral("scenarios")).toArray();
        QVERIFY(each.size() >= 3); // the sample's sites: two data centres and a cloud region
        QStringList failed;
        for (const QJsonValue &v : each) {
            const QJsonArray scenario = v.toObject().value(QStringLiteral("scenario")).toArray();
            QCOMPARE(scenario.size(), 1);
            failed.append(scenario.at(0).toString());
            const Result alone =
                run({QStringLiteral("analyze"), analysis, plan, QStringLiteral("--fail"),
                     failed.last(), QStringLiteral("--json")});
            QCOMPARE(v.toObject(), parseJson(alone.out));
        }
        QVERIFY(failed.contains(QStringLiteral("dc-fra")));

        const QString file = path(QStringLiteral("scenarios-%1.txt").arg(analysis));
        QVERIFY(TestSupport::writeAll(file, "# both data centres, then Frankfurt alone\n"
                                            "dc-fra, dc-ams\n\ndc-fra\n"));
        r = run({QStringLiteral("analyze"), analysis, plan, QStringLiteral("--scenarios"), file,
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray listed = parseJson(r.out).value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("scenario")).toArray(),
                 (QJsonArray{QStringLiteral("dc-ams"), QStringLiteral("dc-fra")}));
        QCOMPARE(listed.at(1).toObject(),
                 parseJson(run({QStringLiteral("analyze"), analysis, plan, QStringLiteral("--fail"),
                                QStringLiteral("dc-fra"), QStringLiteral("--json")})
                               .out));
        // A bad line is named with its line number, and nothing is written.
        QVERIFY(TestSupport::writeAll(file, "dc-fra\nnowhere\n"));
        r = run({QStringLiteral("analyze"), analysis, plan, QStringLiteral("--scenarios"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("line 2")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void tst_Cli::analyzeRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QStringList{QStringLiteral("analyze"), QStringLiteral("cascade"),
                                               QStringLiteral("PLAN"), QStringLiteral("--fail"),
                                               QStringLiteral("dc-nowhere")}
                                << QStringLiteral(
                                       "no process or service has the id or name \"dc-nowhere\"");
    QTest::newRow("no --fail") << QStringList{QStringLiteral("analyze"), QStringLiteral("recovery"),
                                              QStringLiteral("PLAN")}
                               << QStringLiteral("needs --fail");
    QTest::newRow("empty --fail") << QStringList{QStringLiteral("analyze"),
                                                 QStringLiteral("cascade"), QStringLiteral("PLAN"),
                                                 QStringLiteral("--fail"), QStringLiteral(",")}
                                  << QStringLiteral("at least one id");
    QTest::newRow("unknown analysis")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("magic"), QStringLiteral("PLAN")}
        << QStringLiteral("unknown analysis");
    QTest::newRow("bad tier") << QStringList{QStringLiteral("analyze"), QStringLiteral("spof"),
                                             QStringLiteral("PLAN"), QStringLiteral("--max-tier"),
                                             QStringLiteral("7")}
                              << QStringLiteral("--max-tier must be a tier from 0 to 3");
    QTest::newRow("two kinds of scenario")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("cascade"),
                       QStringLiteral("PLAN"),    QStringLiteral("--fail"),
                       QStringLiteral("dc-fra"),  QStringLiteral("--fail-each"),
                       QStringLiteral("site")}
        << QStringLiteral("(one of them)");
    QTest::newRow("scenarios file missing")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("recovery"),
                       QStringLiteral("PLAN"), QStringLiteral("--scenarios"),
                       QStringLiteral("/nonexistent/s.txt")}
        << QStringLiteral("cannot read");
    QTest::newRow("--fail on spof")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("spof"), QStringLiteral("PLAN"),
                       QStringLiteral("--fail"), QStringLiteral("x")}
        << QStringLiteral("unknown option --fail");
}

void tst_Cli::analyzeRefusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString plan = path(QStringLiteral("bad-args.continuity"));
    if (!QFile::exists(plan))
        QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    args.replaceInStrings(QStringLiteral("PLAN"), plan);
    const QByteArray before = TestSupport::readAll(plan);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(TestSupport::readAll(plan), before);
}

void tst_Cli::checkGatesOnErrors()
{
    const QString sample = path(QStringLiteral("check-sample.continuity"));
    QCOMPARE(run({QStringLiteral("new"), sample, QStringLiteral("--sample")}).code, 0);
    Result r = run({QStringLiteral("check"), sample, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonArray findings = parseJson(r.out).value(QStringLiteral("findings")).toArray();
    QSet<QString> seen;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
        seen.insert(f.value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                    f.value(QStringLiteral("subject")).toString());
    }
    // The sample's deliberate inconsistencies (docs/decisions/sample-plan.md).
    QVERIFY(seen.contains(QStringLiteral("tier-inversion:app-tokenization")));
    QVERIFY(seen.contains(QStringLiteral("rto-inversion:db-fraud-features")));
    QVERIFY(seen.contains(QStringLiteral("rto-inversion:app-tokenization")));
    QVERIFY(seen.contains(QStringLiteral("spof:dc-fra")));
    QVERIFY(seen.contains(QStringLiteral("cycle:infra-ad")));

    const QString clean = path(QStringLiteral("check-clean.continuity"));
    QVERIFY(TestSupport::createPlanFile(clean, TestSupport::smallPlan()));
    r = run({QStringLiteral("check"), clean});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("finding(s)")));
}

// The CMDB import's dry run, re-import, bad rows and --skip-bad-rows are in tst_imports (both
// stores); here what is a plan file's own: a dry run into a new file creates none, and the
// mapping file.
void tst_Cli::cmdbImportDryRunAndMappingFile()
{
    const QString cis = TestSupport::dataDir() + QStringLiteral("/cmdb/cis.csv");
    const QString rels = TestSupport::dataDir() + QStringLiteral("/cmdb/rels.csv");
    const QString plan = path(QStringLiteral("cmdb.continuity"));
    const QStringList args{QStringLiteral("import"),      plan, QStringLiteral("--cmdb-cis"), cis,
                           QStringLiteral("--cmdb-rels"), rels};

    // A dry run says what it would do and writes nothing, not even a new file.
    Result r = run(args + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("7 added, 0 changed, 0 removed")), qPrintable(r.out));
    QVERIFY(!QFile::exists(plan));

    // A mapping file that is not one is refused before anything happens.
    const QString mapping = path(QStringLiteral("map.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(
        "{\"format\": \"continuity-cmdb-mapping\", \"version\": 1, \"defaultKind\": \"robot\"}");
    m.close();
    r = run(args + QStringList{QStringLiteral("--mapping"), mapping});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("defaultKind: must be a service kind")),
             qPrintable(r.err));

    // A mapping file used once is kept in the plan: next month's import maps the same way
    // without --mapping (the printer class it imports stays, instead of being removed).
    const QString mapped = path(QStringLiteral("mapped.continuity"));
    const QStringList mappedArgs{QStringLiteral("import"),      mapped,
                                 QStringLiteral("--cmdb-cis"),  cis,
                                 QStringLiteral("--cmdb-rels"), rels};
    r = run(mappedArgs +
            QStringList{QStringLiteral("--mapping"),
                        TestSupport::dataDir() + QStringLiteral("/cmdb/mapping.json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("8 added")), qPrintable(r.out));
    QVERIFY(!TestSupport::loadPlanFile(mapped).cmdbMapping.isEmpty());
    r = run(mappedArgs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("0 added, 0 changed, 0 removed, 8 unchanged")),
             qPrintable(r.out));
    const QString exported = path(QStringLiteral("mapped.json"));
    QCOMPARE(run({QStringLiteral("export"), mapped, QStringLiteral("--json"), exported}).code, 0);
    const QByteArray json = TestSupport::readAll(exported);
    QVERIFY(json.contains("\"cmdbMapping\""));
    QVERIFY(json.contains("cmdb_ci_printer"));
}

// Into a new file the services are written while the relationships are still being mapped
// (EarlyPlanWriter): the result is the same plan as an import into an existing empty one, and
// an import refused for bad rows or an unreadable file leaves no file behind.
void tst_Cli::cmdbImportIntoANewFile()
{
    const QString cis = TestSupport::dataDir() + QStringLiteral("/cmdb/cis.csv");
    const QString rels = TestSupport::dataDir() + QStringLiteral("/cmdb/rels.csv");
    const QString fresh = path(QStringLiteral("fresh.continuity"));
    const QString existing = path(QStringLiteral("existing.continuity"));
    QCOMPARE(run({QStringLiteral("new"), existing}).code, 0);
    for (const QString &plan : {fresh, existing}) {
        const Result r = run({QStringLiteral("import"), plan, QStringLiteral("--cmdb-cis"), cis,
                              QStringLiteral("--cmdb-rels"), rels});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    Plan a = TestSupport::loadPlanFile(fresh);
    Plan b = TestSupport::loadPlanFile(existing);
    QVERIFY(!a.dependencies.isEmpty() && !a.groups.isEmpty());
    a.name = b.name; // named after their files
    QCOMPARE(TestSupport::canonical(a), TestSupport::canonical(b));

    const QString badRels = path(QStringLiteral("new-bad-rels.csv"));
    QFile bad(badRels);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("parent,type,child\nci-app,Depends on::Used by,Ghost\n");
    bad.close();
    const QString notUtf8 = path(QStringLiteral("latin1-rels.csv"));
    QFile latin(notUtf8);
    QVERIFY(latin.open(QIODevice::WriteOnly));
    latin.write("parent,type,child\nci-app,Depends on::Used by,Caf\xe9\n");
    latin.close();
    for (const QString &relationships : {badRels, notUtf8}) {
        const QString plan = path(QStringLiteral("never.continuity"));
        const Result r = run({QStringLiteral("import"), plan, QStringLiteral("--cmdb-cis"), cis,
                              QStringLiteral("--cmdb-rels"), relationships});
        QCOMPARE(r.code, 2);
        QVERIFY2(!QFile::exists(plan), qPrintable(relationships));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("never*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
}

void tst_Cli::changeAssessOnTheSample()
{
    const QString plan = path(QStringLiteral("changes.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    const Result r = run({QStringLiteral("change"), QStringLiteral("assess"), plan,
                          QStringLiteral("--id"), QStringLiteral("CHG0083"), QStringLiteral("--at"),
                          QStringLiteral("2026-11-20T12:00:00Z"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseJson(r.out);
    // The contract's keys, in its shape.
    for (const char *key :
         {"id", "impact", "probability", "risk", "blocked", "blockedBy", "worstTier",
          "lossExposure", "worstOutageHours", "headroomHours", "nodes", "conflicts", "missing"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("CHG0083"));
    QCOMPARE(o.value(QStringLiteral("impact")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("blocked")).toBool());
    QCOMPARE(o.value(QStringLiteral("blockedBy")).toArray().first().toString(),
             QStringLiteral("freeze-black-friday"));
    QCOMPARE(o.value(QStringLiteral("worstTier")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("nodes"))
                .toArray()
                .contains(QJsonObject{{QStringLiteral("id"), QStringLiteral("db-ledger")},
                                      {QStringLiteral("state"), QStringLiteral("down")}}));
    // Text for people; an unknown change is bad input.
    const Result text = run({QStringLiteral("change"), QStringLiteral("assess"), plan,
                             QStringLiteral("--id"), QStringLiteral("CHG0083")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("BLOCKED")));
    QCOMPARE(run({QStringLiteral("change"), QStringLiteral("assess"), plan, QStringLiteral("--id"),
                  QStringLiteral("CHG9")})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("change"), QStringLiteral("frobnicate"), plan}).code, 2);
    const Result metrics =
        run({QStringLiteral("change"), QStringLiteral("metrics"), plan, QStringLiteral("--json")});
    QCOMPARE(metrics.code, 0);
    const QJsonArray months = parseJson(metrics.out).value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(10).toObject().value(QStringLiteral("month")).toString(),
             QStringLiteral("2026-11"));
    QCOMPARE(months.at(10).toObject().value(QStringLiteral("emergency")).toInt(), 1);
    // The CAB pack: dates in the wrong order are bad usage (tst_reports reads a written pack).
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("cab"), plan, QStringLiteral("--from"),
             QStringLiteral("2026-12-20"), QStringLiteral("--to"), QStringLiteral("2026-12-01"),
             QStringLiteral("-o"), path(QStringLiteral("cab.pdf"))})
            .code,
        2);
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("cab"), plan, QStringLiteral("--from"),
             QStringLiteral("first of May"), QStringLiteral("-o"), path(QStringLiteral("cab.pdf"))})
            .code,
        2);

    // The calendar out, a supplier's calendar in; a broken one changes nothing.
    const QString ics = path(QStringLiteral("plan.ics"));
    QCOMPARE(run({QStringLiteral("export"), plan, QStringLiteral("--ics"), ics}).code, 0);
    QFile exported(ics);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("SUMMARY:CHG0083 Ledger database minor version upgrade"));
    const QString supplier = path(QStringLiteral("supplier.ics"));
    QFile out(supplier);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
              "DTSTART:20261212T010000Z\r\nDURATION:PT2H\r\nSUMMARY:Router upgrade\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n");
    out.close();
    const Result imported = run({QStringLiteral("import"), plan, QStringLiteral("--supplier-ics"),
                                 supplier, QStringLiteral("--node"), QStringLiteral("sup-telco")});
    QCOMPARE(imported.code, 0);
    QVERIFY(imported.out.contains(QStringLiteral("sup-telco: 1")));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n");
    out.close();
    const Result broken = run({QStringLiteral("import"), plan, QStringLiteral("--supplier-ics"),
                               supplier, QStringLiteral("--node"), QStringLiteral("sup-telco")});
    QCOMPARE(broken.code, 2);
    QVERIFY(broken.err.contains(QStringLiteral("line 3")));
    const QString jsonPath = path(QStringLiteral("after.json"));
    QCOMPARE(run({QStringLiteral("export"), plan, QStringLiteral("--json"), jsonPath}).code, 0);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll().count("\"ics-sup-telco-1\""), 1);
}

void tst_Cli::sloOnTheSample()
{
    const QString plan = path(QStringLiteral("slo.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    {
        // DORA: the ledger's data loss (INC0002) is a major incident with its clocks; the
        // CardNet outages recur and are assessed together.
        const Result dora = run({QStringLiteral("dora"), plan, QStringLiteral("--at"),
                                 QStringLiteral("2026-12-01T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(dora.code, 0);
        const QJsonArray all =
            parseJson(dora.out).value(QStringLiteral("classifications")).toArray();
        bool ledger = false;
        bool cardNet = false;
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            const QJsonArray ids = c.value(QStringLiteral("incidents")).toArray();
            if (ids.size() == 1 && ids.first().toString() == QLatin1String("INC0002")) {
                ledger = true;
                QCOMPARE(c.value(QStringLiteral("verdict")).toString(), QStringLiteral("major"));
                QCOMPARE(c.value(QStringLiteral("criteria"))
                             .toObject()
                             .value(QStringLiteral("data-losses"))
                             .toString(),
                         QStringLiteral("met"));
                QCOMPARE(c.value(QStringLiteral("clocks"))
                             .toObject()
                             .value(QStringLiteral("initialBy"))
                             .toString(),
                         QStringLiteral("2026-01-15T02:14:00Z"));
            }
            cardNet = cardNet || (c.value(QStringLiteral("recurring")).toBool() &&
                                  ids.contains(QJsonValue(QStringLiteral("INC0001"))));
        }
        QVERIFY(ledger && cardNet);
        const Result draft = run({QStringLiteral("dora"), plan, QStringLiteral("--id"),
                                  QStringLiteral("INC0002"), QStringLiteral("--draft")});
        QCOMPARE(draft.code, 0);
        QVERIFY2(draft.out.contains(QStringLiteral("Business continuity plan activated: yes")),
                 qPrintable(draft.out));
        QCOMPARE(run({QStringLiteral("dora"), plan, QStringLiteral("--draft")}).code, 2);
    }
    // The day after the API gateway's certificate outage (INC0015, 150 minutes down).
    Result r = run({QStringLiteral("slo"), plan, QStringLiteral("--at"),
                    QStringLiteral("2026-11-04T00:00:00Z"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = parseJson(r.out);
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-04T00:00:00Z"));
    const QJsonArray slos = json.value(QStringLiteral("slos")).toArray();
    QCOMPARE(slos.size(), 5);
    QJsonObject gateway;
    for (const QJsonValue &v : slos) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"node", "objective", "windowStart", "windowEnd", "budgetMinutes", "badMinutes",
              "remainingFraction", "status", "burnRate", "freezeUntil"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("node")).toString() == QLatin1String("app-api-gw"))
            gateway = o;
    }
    // Tier 0's default objective over 90 days: 64.8 minutes of budget, 150 used.
    QCOMPARE(gateway.value(QStringLiteral("objective")).toDouble(), 99.95);
    QCOMPARE(gateway.value(QStringLiteral("budgetMinutes")).toDouble(), 64.8);
    QCOMPARE(gateway.value(QStringLiteral("badMinutes")).toDouble(), 150.0);
    QCOMPARE(gateway.value(QStringLiteral("status")).toString(), QStringLiteral("exhausted"));
    QCOMPARE(gateway.value(QStringLiteral("windowStart")).toString(),
             QStringLiteral("2026-08-06T00:00:00Z"));
    // 150 min in [3 Nov 09:40, 12:10): the last 64.8 minutes start at 11:05:12; 90 days on.
    QCOMPARE(gateway.value(QStringLiteral("freezeUntil")).toString(),
             QStringLiteral("2027-02-01T11:05:12Z"));
    const QJsonObject burn = gateway.value(QStringLiteral("burnRate")).toObject();
    QCOMPARE(burn.value(QStringLiteral("1h")).toDouble(), 0.0);
    QVERIFY(qAbs(burn.value(QStringLiteral("3d")).toDouble() - 150.0 / 4320 / 0.0005) < 1e-4);

    r = run({QStringLiteral("slo"), plan, QStringLiteral("--at"), QStringLiteral("yesterday")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--at")), qPrintable(r.err));
    r = run({QStringLiteral("check"), plan, QStringLiteral("--json")});
    QVERIFY2(r.out.contains(QLatin1String("\"postmortem-missing\"")), qPrintable(r.out.left(300)));
    QVERIFY(r.out.contains(QLatin1String("\"recurring-incident\"")));
    QVERIFY(r.out.contains(QLatin1String("\"rto-breach\"")));
}

void tst_Cli::availabilityAndCutsetsOnTheSample()
{
    const QString plan = path(QStringLiteral("availability.continuity"));
    QCOMPARE(run({QStringLiteral("new"), plan, QStringLiteral("--sample")}).code, 0);
    Result r = run({QStringLiteral("analyze"), QStringLiteral("availability"), plan,
                    QStringLiteral("--node"), QStringLiteral("app-api-gw,take-card-payments"),
                    QStringLiteral("--at"), QStringLiteral("2026-12-05T00:00:00Z"),
                    QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray nodes = parseJson(r.out).value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    const QJsonObject gateway = nodes.at(0).toObject();
    QCOMPARE(gateway.value(QStringLiteral("id")).toString(), QStringLiteral("app-api-gw"));
    // Entered MTBF 6,000 h and MTTR 2.5 h.
    QVERIFY(qAbs(gateway.value(QStringLiteral("own")).toDouble() - 6000.0 / 6002.5) < 1e-12);
    const double composite = gateway.value(QStringLiteral("composite")).toDouble();
    QVERIFY(composite > 0.99 && composite <= gateway.value(QStringLiteral("own")).toDouble());
    QCOMPARE(gateway.value(QStringLiteral("method")).toString(), QStringLiteral("exact"));
    QVERIFY(gateway.value(QStringLiteral("interval")).isNull());
    QVERIFY(qAbs(gateway.value(QStringLiteral("downtimeHoursPerYear")).toDouble() -
                 (1 - composite) * 8760) < 1e-5);
    // The process needs the gateway: it can be no more available.
    QVERIFY(nodes.at(1).toObject().value(QStringLiteral("composite")).toDouble() <= composite);

    r = run({QStringLiteral("analyze"), QStringLiteral("cutsets"), plan, QStringLiteral("--target"),
             QStringLiteral("take-card-payments"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject cut = parseJson(r.out);
    QCOMPARE(cut.value(QStringLiteral("target")).toString(), QStringLiteral("take-card-payments"));
    QCOMPARE(cut.value(QStringLiteral("order")).toInt(), 2);
    const QJsonArray sets = cut.value(QStringLiteral("sets")).toArray();
    QVERIFY(!sets.isEmpty());
    // Both Kafka brokers of a 2-of-3 cluster are a double point of failure; each set sorted,
    // sets sorted.
    QVERIFY(sets.contains(
        QJsonArray{QStringLiteral("infra-kafka-1"), QStringLiteral("infra-kafka-2")}));
    QStringList previous;
    for (const QJsonValue &v : sets) {
        const QJsonArray set = v.toArray();
        QCOMPARE(set.size(), 2);
        QVERIFY(set.at(0).toString() < set.at(1).toString());
        const QStringList now{set.at(0).toString(), set.at(1).toString()};
        QVERIFY(previous.isEmpty() || previous < now);
        previous = now;
    }
    // Order 1 gives the single points of failure, which no pair repeats.
    r = run({QStringLiteral("analyze"), QStringLiteral("cutsets"), plan, QStringLiteral("--target"),
             QStringLiteral("take-card-payments"), QStringLiteral("--order"), QStringLiteral("1"),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray singles = parseJson(r.out).value(QStringLiteral("sets")).toArray();
    QVERIFY(!singles.isEmpty());
    for (const QJsonValue &single : singles) {
        for (const QJsonValue &pair : sets)
            QVERIFY(!pair.toArray().contains(single.toArray().at(0)));
    }
    QCOMPARE(
        run({QStringLiteral("analyze"), QStringLiteral("cutsets"), plan, QStringLiteral("--target"),
             QStringLiteral("take-card-payments"), QStringLiteral("--order"), QStringLiteral("3")})
            .code,
        2);
    QCOMPARE(run({QStringLiteral("analyze"), QStringLiteral("cutsets"), plan}).code, 2);
    QVERIFY(run({QStringLiteral("analyze"), QStringLiteral("availability"), plan,
                 QStringLiteral("--node"), QStringLiteral("nowhere")})
                .code != 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
