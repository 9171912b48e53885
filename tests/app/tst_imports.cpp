// SPDX-License-Identifier: GPL-3.0-or-later
// The imports a planner or a pipeline runs from the command line, against both stores
// (docs/team-server.md; TestStores: plan files here, plans on a throwaway PostgreSQL server in
// ctest's tst_imports_server): plan JSON into an empty plan and over a full one, the CMDB
// export with its dry run, re-import and bad rows, people from vCards. Each one writes all of it
// or, on bad input, nothing at all, named by file and line.
#include "CliRun.h"
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "TestStores.h"
#include "TestSupport.h"

#include <QTest>

using namespace Continuity;

class tst_Imports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonIntoAnEmptyPlanRoundTrips();
    void jsonOverAFullPlanNeedsReplace();
    void badJsonChangesNothing();
    void cmdbDryRunReimportAndBadRows();
    void vCardsAddPeopleAndBadCardsChangeNothing();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
    // A new plan `name` holding `content`, closed again: where the command line finds it.
    QString newPlan(const QString &name, const Plan &content)
    {
        if (!m_stores.newDocument(name, content))
            return QString();
        return m_stores.location(name);
    }
    static Plan planAt(const QString &location)
    {
        QString error;
        const auto document = PlanDocument::open(location, &error);
        if (!document)
            qWarning("%s", qPrintable(error));
        return document ? document->plan() : Plan();
    }
    TestSupport::TestStores m_stores;
};

void tst_Imports::initTestCase()
{
    QVERIFY2(m_stores.problem().isEmpty(), qPrintable(m_stores.problem()));
    qInfo("store: %s", TestSupport::TestStores::onServer() ? "server" : "files");
}

void tst_Imports::jsonIntoAnEmptyPlanRoundTrips()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QString a = m_stores.filePath(QStringLiteral("sample.json"));
    QVERIFY(TestSupport::writeAll(a, PlanJson::write(*sample)));
    const QString plan = newPlan(QStringLiteral("json"), Plan::empty(QStringLiteral("Empty")));
    QVERIFY(!plan.isEmpty());
    const Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), a});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Exported again, the same bytes: nothing lost or changed on the way in and out.
    const QString b = m_stores.filePath(QStringLiteral("again.json"));
    const Result e = run({QStringLiteral("export"), plan, QStringLiteral("--json"), b});
    QVERIFY2(e.code == 0, qPrintable(e.err));
    QCOMPARE(TestSupport::readAll(b), TestSupport::readAll(a));
    QCOMPARE(planAt(plan).services.size(), sample->services.size());
}

void tst_Imports::jsonOverAFullPlanNeedsReplace()
{
    const QString plan = newPlan(QStringLiteral("full"), TestSupport::smallPlan());
    QVERIFY(!plan.isEmpty());
    Plan other = Plan::empty(QStringLiteral("Other"));
    Process p;
    p.id = QStringLiteral("only");
    p.name = QStringLiteral("Only process");
    other.processes = {p};
    const QString json = m_stores.filePath(QStringLiteral("other.json"));
    QVERIFY(TestSupport::writeAll(json, TestSupport::canonical(other)));
    const QByteArray before = TestSupport::TestStores::storedAt(plan);
    Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--replace")), qPrintable(r.err));
    QCOMPARE(TestSupport::TestStores::storedAt(plan), before);

    r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json,
             QStringLiteral("--replace")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(TestSupport::canonical(planAt(plan)), TestSupport::canonical(other));
}

void tst_Imports::badJsonChangesNothing()
{
    const QString plan = newPlan(QStringLiteral("keep"), TestSupport::smallPlan());
    QVERIFY(!plan.isEmpty());
    const QByteArray before = TestSupport::TestStores::storedAt(plan);
    const QString json = m_stores.filePath(QStringLiteral("bad.json"));
    QByteArray text = TestSupport::canonical(TestSupport::smallPlan());
    text.replace("\"rtoHours\": 1,", "\"rtoHours\": -1,");
    QVERIFY(TestSupport::writeAll(json, text));
    const Result r = run({QStringLiteral("import"), plan, QStringLiteral("--json"), json,
                          QStringLiteral("--replace")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(
                 QLatin1String("bad.json: services[2].rtoHours: must be a non-negative number")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(TestSupport::TestStores::storedAt(plan), before);
}

void tst_Imports::cmdbDryRunReimportAndBadRows()
{
    const QString cis = TestSupport::dataDir() + QStringLiteral("/cmdb/cis.csv");
    const QString rels = TestSupport::dataDir() + QStringLiteral("/cmdb/rels.csv");
    const QString plan = newPlan(QStringLiteral("cmdb"), Plan::empty(QStringLiteral("CMDB")));
    QVERIFY(!plan.isEmpty());
    const QStringList args{QStringLiteral("import"),      plan, QStringLiteral("--cmdb-cis"), cis,
                           QStringLiteral("--cmdb-rels"), rels};
    const QByteArray empty = TestSupport::TestStores::storedAt(plan);

    // A dry run says what it would do and writes nothing.
    Result r = run(args + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("7 added, 0 changed, 0 removed")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Connects to::Connected by")));
    QCOMPARE(TestSupport::TestStores::storedAt(plan), empty);

    r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Plan imported = planAt(plan);
    QCOMPARE(imported.services.size(), 7);
    QVERIFY(!imported.dependencies.isEmpty());

    // Next month's identical export: matched by sys_id, nothing duplicated.
    r = run(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("0 added, 0 changed, 0 removed, 7 unchanged")),
             qPrintable(r.out));
    QCOMPARE(TestSupport::canonical(planAt(plan)), TestSupport::canonical(imported));

    // Bad rows: each named with its line, exit 2, the plan untouched.
    const QString badRels = m_stores.filePath(QStringLiteral("bad-rels.csv"));
    QVERIFY(TestSupport::writeAll(badRels, "parent,type,child\nci-app,Depends on::Used by,Ghost\n"
                                           "ci-app,Depends on::Used by,ci-app\n"
                                           "ci-db,Runs on::Runs,ci-dc\n"));
    const QByteArray before = TestSupport::TestStores::storedAt(plan);
    r = run({QStringLiteral("import"), plan, QStringLiteral("--cmdb-cis"), cis,
             QStringLiteral("--cmdb-rels"), badRels});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("bad-rels.csv:2: child \"Ghost\" is not in the CI list")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("bad-rels.csv:3: a CI cannot depend on itself")));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(TestSupport::TestStores::storedAt(plan), before);
    // Chosen explicitly, the good rows go in and the bad ones are left out.
    r = run({QStringLiteral("import"), plan, QStringLiteral("--cmdb-cis"), cis,
             QStringLiteral("--cmdb-rels"), badRels, QStringLiteral("--skip-bad-rows")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("bad rows left out: 2")));
}

void tst_Imports::vCardsAddPeopleAndBadCardsChangeNothing()
{
    const QString plan = newPlan(QStringLiteral("people"), TestSupport::smallPlan());
    QVERIFY(!plan.isEmpty());
    const qsizetype people = planAt(plan).persons.size();
    const QString cards = m_stores.filePath(QStringLiteral("people.vcf"));
    QVERIFY(TestSupport::writeAll(cards, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoe Zimmer\r\n"
                                         "TEL;TYPE=cell:+49 151 5550 4242\r\nEND:VCARD\r\n"
                                         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Émile Zola\r\n"
                                         "EMAIL:emile@example.org\r\nEND:VCARD\r\n"));
    Result r = run({QStringLiteral("import"), plan, QStringLiteral("--vcard"), cards});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Plan after = planAt(plan);
    QCOMPARE(after.persons.size(), people + 2);
    QVERIFY(std::any_of(after.persons.cbegin(), after.persons.cend(),
                        [](const Person &p) { return p.name == QStringLiteral("Émile Zola"); }));

    const QString broken = m_stores.filePath(QStringLiteral("broken.vcf"));
    QVERIFY(TestSupport::writeAll(broken, "BEGIN:VCARD\nVERSION:4.0\nFN:Y\n"));
    const QByteArray before = TestSupport::TestStores::storedAt(plan);
    r = run({QStringLiteral("import"), plan, QStringLiteral("--vcard"), broken});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("line 1")), qPrintable(r.err));
    QCOMPARE(TestSupport::TestStores::storedAt(plan), before);
}

QTEST_MAIN(tst_Imports)
#include "tst_imports.moc"
