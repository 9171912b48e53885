// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT §7: ServiceNow CI and relationship exports into a plan, with the default mapping,
// a mapping file, bad rows with their lines, and re-imports matched by sys_id.
#include "io/CmdbImport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_CmdbImport : public QObject
{
    Q_OBJECT

private slots:
    void defaultMapping();
    void mappingFileOverridesDefaults();
    void badMappingFileIsRefused();
    void badRowsAreReportedWithTheirLines();
    void unreadableFilesAreRefused();
    void reimportUpdatesBySysId();
    void criticalityLevels();
    void severalRelationshipsMakeOneDependency_data();
    void severalRelationshipsMakeOneDependency();
    void referencesAreTrimmedAsCellsAre();
    void aMappedExportIsReadAsTheSame();
};

static QByteArray data(const char *name)
{
    QFile f(TestSupport::dataDir() + QStringLiteral("/cmdb/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static const Service *byName(const Plan &plan, const QString &name)
{
    for (const Service &s : plan.services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

static const Service *bySysId(const Plan &plan, const char *sys)
{
    for (const Service &s : plan.services) {
        if (s.attributes.value(QStringLiteral("sys_id")) == QLatin1String(sys))
            return &s;
    }
    return nullptr;
}

static QStringList dependencyList(const Plan &plan)
{
    QStringList out;
    auto sysOf = [&](const QString &id) {
        for (const Service &s : plan.services) {
            if (s.id == id)
                return s.attributes.value(QStringLiteral("sys_id"), id);
        }
        return id;
    };
    for (const Dependency &d : plan.dependencies)
        out.append(sysOf(d.consumer) +
                   (d.strength == Strength::Soft ? QStringLiteral("~") : QStringLiteral(">")) +
                   sysOf(d.provider) +
                   (d.group.isEmpty() ? QString() : QLatin1Char('@') + d.group));
    out.sort();
    return out;
}

// Each problem of an import as its text ("file:line: reason").
static QStringList problemTexts(const CmdbImportResult &result)
{
    QStringList out;
    for (const CmdbProblem &p : result.problems)
        out.append(p.text());
    return out;
}

static QStringList list(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

static std::optional<CmdbImportResult> run(const Plan &plan, const QByteArray &cis,
                                           const QByteArray &rels, QString *error,
                                           const CmdbMapping &mapping = CmdbMapping::defaults())
{
    return importCmdb(plan, {QStringLiteral("cis.csv"), cis}, {QStringLiteral("rels.csv"), rels},
                      mapping, error);
}

void tst_CmdbImport::defaultMapping()
{
    QString error;
    const auto r = run(Plan::empty(), data("cis.csv"), data("rels.csv"), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.value(0).text()));
    const Plan &p = r->plan;
    QCOMPARE(r->added, 7);
    QCOMPARE(r->cisLeftOut, 1); // the printer
    QCOMPARE(p.services.size(), 7);
    const Service *app = bySysId(p, "ci-app");
    QVERIFY(app);
    QCOMPARE(app->name, QStringLiteral("Payments API"));
    QVERIFY(app->kind == ServiceKind::Application);
    QCOMPARE(app->tier, 0);
    QCOMPARE(app->attributes.value(QStringLiteral("location")), QStringLiteral("Frankfurt"));
    QCOMPARE(app->attributes.value(QStringLiteral("support_group")),
             QStringLiteral("Payments team"));
    QVERIFY(bySysId(p, "ci-db")->kind == ServiceKind::DataStore);
    QCOMPARE(bySysId(p, "ci-db")->tier, 1);
    QVERIFY(!bySysId(p, "ci-db")->attributes.contains(QStringLiteral("owned_by"))); // empty
    QVERIFY(bySysId(p, "ci-vm1")->kind == ServiceKind::Infrastructure);
    QVERIFY(bySysId(p, "ci-clu")->kind == ServiceKind::Infrastructure);
    QVERIFY(bySysId(p, "ci-dc")->kind == ServiceKind::Site);
    QCOMPARE(bySysId(p, "ci-dc")->name, QStringLiteral("Frankfurt DC, hall 2"));
    QCOMPARE(bySysId(p, "ci-feed")->name, QStringLiteral("Fraud \"feed\"\nservice"));
    QCOMPARE(bySysId(p, "ci-feed")->tier, 2);
    QVERIFY(!bySysId(p, "ci-prn"));

    // Depends on + Uses between the same two make one; Contains points child to parent;
    // Members make a 1-of-n group; Sends data to makes the receiver soft-depend on the sender.
    QCOMPARE(dependencyList(p), list("ci-app>ci-clu ci-app>ci-db ci-app~ci-feed "
                                     "ci-clu>ci-vm1@members ci-clu>ci-vm2@members ci-vm1>ci-dc"));
    QCOMPARE(p.groups.size(), 1);
    QCOMPARE(p.groups.constFirst().quorum, 1);
    QCOMPARE(r->relationshipsIgnored.value(QStringLiteral("Connects to::Connected by")), 1);
    QCOMPARE(r->relationshipsIgnored.value(QStringLiteral("(with a CI left out)")), 1);
    QCOMPARE(r->dependenciesAdded, 6);
}

void tst_CmdbImport::mappingFileOverridesDefaults()
{
    QStringList errors;
    const auto mapping = CmdbMapping::fromJson(data("mapping.json"), &errors);
    QVERIFY2(mapping, qPrintable(errors.join(QLatin1Char('\n'))));
    QString error;
    const auto r = run(Plan::empty(), data("cis.csv"), data("rels.csv"), &error, *mapping);
    QVERIFY2(r && r->problems.isEmpty(), qPrintable(error));
    QVERIFY(bySysId(r->plan, "ci-prn")); // printers are imported now
    QVERIFY(bySysId(r->plan, "ci-prn")->kind == ServiceKind::Infrastructure);
    // "Connects to" now means the child soft-depends on the parent: db ~ app.
    QVERIFY(dependencyList(r->plan).contains(QStringLiteral("ci-db~ci-app")));
    QVERIFY(dependencyList(r->plan).contains(QStringLiteral("ci-prn>ci-dc")));
    QCOMPARE(mapping->tierFor(QStringLiteral("high")), 0);
    // What the mapping writes, it reads back the same.
    const auto again = CmdbMapping::fromJson(mapping->toJson(), &errors);
    QVERIFY(again);
    QCOMPARE(again->toJson(), mapping->toJson());
}

void tst_CmdbImport::badMappingFileIsRefused()
{
    QStringList errors;
    QVERIFY(!CmdbMapping::fromJson("{\"format\": \"continuity-cmdb-mapping\", \"version\": 1, "
                                   "\"classes\": [{\"class\": \"x\", \"kind\": \"robot\"}], "
                                   "\"relationships\": {\"A::B\": \"sideways\"}, "
                                   "\"criticality\": {\"High\": 7}, \"colour\": 1}",
                                   &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("classes[0].kind: must be a service kind")),
             qPrintable(all));
    QVERIFY(all.contains(QLatin1String("relationships.A::B: must be one of")));
    QVERIFY(all.contains(QLatin1String("criticality.High: must be a tier from 0 to 3")));
    QVERIFY(all.contains(QLatin1String("colour: is not a known field")));
    errors.clear();
    QVERIFY(!CmdbMapping::fromJson("{\"format\": \"something\"}", &errors));
    QVERIFY(errors.value(0).contains(QLatin1String("continuity-cmdb-mapping")));
}

void tst_CmdbImport::badRowsAreReportedWithTheirLines()
{
    const QByteArray cis = "sys_id,name,sys_class_name\n"
                           "a,Alpha,cmdb_ci_appl\n"
                           "b,Twin,cmdb_ci_appl\n"
                           "c,Twin,cmdb_ci_appl\n"
                           "d,\"Delta\nwith a second line\",cmdb_ci_appl\n"
                           "e,Echo\n"                     // line 7: ragged
                           "a,Alpha again,cmdb_ci_appl\n" // line 8: sys_id twice
                           ",Nameless,cmdb_ci_appl\n";    // line 9: empty sys_id
    const QByteArray rels = "parent,type,child\n"
                            "Alpha,Depends on::Used by,Twin\n"  // 2: ambiguous
                            "Alpha,Depends on::Used by,Ghost\n" // 3: unknown
                            "a,Depends on::Used by,a\n"         // 4: self
                            "a,Depends on::Used by\n"           // 5: ragged
                            "a,Depends on::Used by,d\n";        // 6: fine
    QString error;
    const auto r = run(Plan::empty(), cis, rels, &error);
    QVERIFY2(r, qPrintable(error));
    const QStringList problems = problemTexts(*r);
    QCOMPARE(problems.size(), 7);
    auto has = [&](const char *text) {
        for (const QString &p : problems) {
            if (p.contains(QLatin1String(text)))
                return true;
        }
        qWarning("missing: %s in %s", text, qPrintable(problems.join(QLatin1Char('\n'))));
        return false;
    };
    QVERIFY(has("cis.csv:7: has 2 fields where the header has 3"));
    QVERIFY(has("cis.csv:8: sys_id a is listed twice (first on line 2)"));
    QVERIFY(has("cis.csv:9: sys_id and name must not be empty"));
    QVERIFY(has("rels.csv:2: child \"Twin\" is the name of 2 CIs; give its sys_id"));
    QVERIFY(has("rels.csv:3: child \"Ghost\" is not in the CI list"));
    QVERIFY(has("rels.csv:4: a CI cannot depend on itself"));
    QVERIFY(has("rels.csv:5: has 2 fields where the header has 3"));
    // The good rows are still there for --skip-bad-rows: Alpha needs Delta.
    QCOMPARE(dependencyList(r->plan), list("a>d"));
}

void tst_CmdbImport::unreadableFilesAreRefused()
{
    QString error;
    QVERIFY(!run(Plan::empty(), "sys_id,name\nx,y\n", "parent,type,child\n", &error));
    QVERIFY2(error.contains(QLatin1String("cis.csv:1: the CI list has no \"sys_class_name\"")),
             qPrintable(error));
    QVERIFY(!run(Plan::empty(), "sys_id,name,sys_class_name\n", "from,to\n", &error));
    QVERIFY2(error.contains(QLatin1String("rels.csv:1: the relationship list needs")),
             qPrintable(error));
    QVERIFY(!run(Plan::empty(), "sys_id,name,sys_class_name\nx,Caf\xe9,y\n", "parent,type,child\n",
                 &error));
    QVERIFY2(error.contains(QLatin1String("cis.csv")) && error.contains(QLatin1String("2")),
             qPrintable(error));
}

void tst_CmdbImport::reimportUpdatesBySysId()
{
    QString error;
    auto first = run(Plan::empty(), data("cis.csv"), data("rels.csv"), &error);
    QVERIFY(first);
    Plan plan = first->plan;
    // What the planner did since: a process that needs the API, the database placed on the map.
    Process pay;
    pay.id = QStringLiteral("take-payments");
    pay.name = QStringLiteral("Take payments");
    plan.processes.append(pay);
    plan.dependencies.append({pay.id, bySysId(plan, "ci-app")->id, Strength::Hard, {}});
    for (Service &s : plan.services) {
        if (s.attributes.value(QStringLiteral("sys_id")) == QLatin1String("ci-db"))
            s.position = QPointF(10, 20);
    }

    // The same export again changes nothing.
    auto same = run(plan, data("cis.csv"), data("rels.csv"), &error);
    QVERIFY(same);
    QCOMPARE(same->added, 0);
    QCOMPARE(same->changed, 0);
    QCOMPARE(same->removed, 0);
    QCOMPARE(same->unchanged, 7);
    QCOMPARE(same->plan, plan);

    // Next month: the database renamed, vm2 gone, a vault added.
    QByteArray cis = data("cis.csv");
    cis.replace("ci-db,Payments DB,", "ci-db,Payments database,");
    cis.replace("ci-vm2,pay-vm-02,cmdb_ci_linux_server,,Amsterdam,,Ops,Operational\r\n", "");
    cis.append("ci-vault,Card vault,cmdb_ci_appl,,,,,\r\n");
    QByteArray rels = data("rels.csv");
    rels.replace("Payments cluster,Members::Member of,pay-vm-02\r\n", "");
    rels.replace("Payments DB", "Payments database"); // the export names it the new way
    rels.append("ci-app,Depends on::Used by,ci-vault\r\n");
    auto next = run(plan, cis, rels, &error);
    QVERIFY2(next, qPrintable(error));
    QVERIFY2(next->problems.isEmpty(), qPrintable(next->problems.value(0).text()));
    QCOMPARE(next->added, 1);
    QCOMPARE(next->changed, 1);
    QCOMPARE(next->removed, 1);
    QCOMPARE(next->unchanged, 5);
    const Plan &p = next->plan;
    QCOMPARE(p.services.size(), 7);
    const Service *db = bySysId(p, "ci-db");
    QCOMPARE(db->name, QStringLiteral("Payments database"));
    QCOMPARE(db->id, bySysId(plan, "ci-db")->id); // same service, not a duplicate
    QCOMPARE(*db->position, QPointF(10, 20));
    QVERIFY(!bySysId(p, "ci-vm2"));
    QVERIFY(byName(p, QStringLiteral("Card vault")));
    QCOMPARE(p.processes.size(), 1);
    QVERIFY(dependencyList(p).contains(QStringLiteral("take-payments>ci-app")));
    QVERIFY(dependencyList(p).contains(QStringLiteral("ci-app>ci-vault")));
    QVERIFY(!dependencyList(p).join(QLatin1Char(' ')).contains(QLatin1String("ci-vm2")));
    QCOMPARE(next->dependenciesAdded, 1);
    QCOMPARE(next->dependenciesRemoved, 1);
}

void tst_CmdbImport::criticalityLevels()
{
    const CmdbMapping m = CmdbMapping::defaults();
    QCOMPARE(m.tierFor(QStringLiteral("1 - most critical")), 0);
    QCOMPARE(m.tierFor(QStringLiteral("4 - not critical")), 3);
    QCOMPARE(m.tierFor(QStringLiteral("2 - Somewhat Critical")), 1);
    QCOMPARE(m.tierFor(QStringLiteral("3")), 2);
    QVERIFY(!m.tierFor(QStringLiteral("12")));
    QVERIFY(!m.tierFor(QStringLiteral("urgent")));
    QVERIFY(!m.tierFor(QString()));
}

// Several relationships between the same two CIs make one dependency, where the first of them
// stands in the export: hard when any is hard, in the "members" group only when every hard one
// is a membership. The same whatever their order.
void tst_CmdbImport::severalRelationshipsMakeOneDependency_data()
{
    QTest::addColumn<QStringList>("relationships"); // of a on b, in export order
    QTest::addColumn<QString>("expected");
    const QString hard = QStringLiteral("a,Depends on::Used by,b");
    const QString member = QStringLiteral("a,Members::Member of,b");
    const QString soft = QStringLiteral("b,Sends data to::Receives data from,a");
    QTest::newRow("soft alone") << QStringList{soft} << QStringLiteral("a~b");
    QTest::newRow("soft twice") << QStringList{soft, soft} << QStringLiteral("a~b");
    QTest::newRow("soft, membership") << QStringList{soft, member} << QStringLiteral("a>b@members");
    QTest::newRow("membership, soft") << QStringList{member, soft} << QStringLiteral("a>b@members");
    QTest::newRow("membership twice")
        << QStringList{member, member} << QStringLiteral("a>b@members");
    QTest::newRow("soft, membership, hard")
        << QStringList{soft, member, hard} << QStringLiteral("a>b");
    QTest::newRow("hard, membership") << QStringList{hard, member} << QStringLiteral("a>b");
    QTest::newRow("membership, hard, soft")
        << QStringList{member, hard, soft} << QStringLiteral("a>b");
}

void tst_CmdbImport::severalRelationshipsMakeOneDependency()
{
    QFETCH(QStringList, relationships);
    QFETCH(QString, expected);
    const QByteArray cis = "sys_id,name,sys_class_name\na,A,cmdb_ci_appl\nb,B,cmdb_ci_appl\n"
                           "c,C,cmdb_ci_appl\n";
    // c on a stands between the first and the others: the merged dependency keeps the place
    // of its first relationship.
    QStringList rows = relationships;
    rows.insert(1, QStringLiteral("c,Depends on::Used by,a"));
    const QByteArray rels = "parent,type,child\n" + rows.join(QLatin1Char('\n')).toUtf8() + "\n";
    QString error;
    const auto r = run(Plan::empty(), cis, rels, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.value(0).text()));
    QStringList both{QStringLiteral("c>a"), expected};
    both.sort();
    QCOMPARE(dependencyList(r->plan), both);
    QCOMPARE(r->plan.dependencies.size(), 2);
    QCOMPARE(r->plan.dependencies.at(1).consumer, bySysId(r->plan, "c")->id);
    QCOMPARE(r->plan.groups.size(), expected.contains(QLatin1Char('@')) ? 1 : 0);
    QCOMPARE(r->dependenciesAdded, 2);
}

// A reference is the cell as the CI list's sys_id is: trimmed (of any space, also one that
// is not ASCII), with a Windows line break inside made a plain one.
void tst_CmdbImport::referencesAreTrimmedAsCellsAre()
{
    const QByteArray cis = "sys_id,name,sys_class_name\n"
                           " s1 ,One,cmdb_ci_appl\n"
                           "s2,Two,cmdb_ci_appl\n"
                           "\"s\r\n3\",Three,cmdb_ci_appl\n"
                           "\xC3\xA9t\xC3\xA9,Summer,cmdb_ci_appl\n";
    const QByteArray rels = "parent.sys_id,type,child.sys_id\n"
                            "s1,Depends on::Used by,\ts2  \n"
                            "s2\xC2\xA0,Depends on::Used by,\"s\n3\"\n"
                            "\"s\r\n3\",Depends on::Used by,\xC3\xA9t\xC3\xA9\n"
                            "\xE2\x80\x83s1,Depends on::Used by,s3\n";
    QString error;
    const auto r = run(Plan::empty(), cis, rels, &error);
    QVERIFY2(r, qPrintable(error));
    const QStringList problems = problemTexts(*r);
    QCOMPARE(problems, QStringList{QStringLiteral("rels.csv:7: child.sys_id s3 is not in the "
                                                  "CI list")});
    QStringList expected = list("s1>s2 s2>s\n3 s\n3>\u00e9t\u00e9");
    expected.sort();
    QCOMPARE(dependencyList(r->plan), expected);
}

// The command line maps the exports instead of reading them (CmdbFile::Reading::Mapped): the
// import is the same either way, and the mapped file's pages are given back as it is read.
void tst_CmdbImport::aMappedExportIsReadAsTheSame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const char *name, const QByteArray &bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    };
    // Big enough for the pages to be given back more than once (every 8 MiB).
    const QByteArray once = data("rels.csv");
    QByteArray rels = once;
    while (rels.size() < (20 << 20))
        rels += once.mid(once.indexOf('\n') + 1);
    const QString cisPath = write("cis.csv", data("cis.csv"));
    const QString relsPath = write("rels.csv", rels);
    QVERIFY(!cisPath.isEmpty() && !relsPath.isEmpty());
    QString error;
    std::optional<CmdbImportResult> results[2];
    for (const auto reading : {CmdbFile::Reading::Whole, CmdbFile::Reading::Mapped}) {
        std::optional<CmdbFile> cis =
            CmdbFile::read(cisPath, QStringLiteral("cis.csv"), &error, reading);
        std::optional<CmdbFile> relationships =
            CmdbFile::read(relsPath, QStringLiteral("rels.csv"), &error, reading);
        QVERIFY2(cis && relationships, qPrintable(error));
        QCOMPARE(bool(relationships->release), reading == CmdbFile::Reading::Mapped);
        qsizetype released = 0;
        int releases = 0;
        if (relationships->release) {
            relationships->release = [&, release = relationships->release](qsizetype n) {
                released = std::max(released, n);
                ++releases;
                release(n);
            };
        }
        results[int(reading == CmdbFile::Reading::Mapped)] =
            importCmdb(Plan::empty(), *cis, *relationships, CmdbMapping::defaults(), &error);
        QVERIFY2(results[int(reading == CmdbFile::Reading::Mapped)], qPrintable(error));
        if (reading == CmdbFile::Reading::Mapped)
            QVERIFY2(releases > 4 && released > (16 << 20), qPrintable(QString::number(releases)));
    }
    QCOMPARE(results[1]->plan, results[0]->plan);
    QCOMPARE(results[1]->relationshipsIgnored, results[0]->relationshipsIgnored);
    QCOMPARE(dependencyList(results[1]->plan),
             list("ci-app>ci-clu ci-app>ci-db ci-app~ci-feed ci-clu>ci-vm1@members "
                  "ci-clu>ci-vm2@members ci-vm1>ci-dc"));
}

QTEST_GUILESS_MAIN(tst_CmdbImport)
#include "tst_cmdbimport.moc"
