// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Plan.h"
#include "rules/Validation.h"

#include <QTest>

using namespace Continuity;

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void enumSpellingsRoundTrip();
    void processRules_data();
    void processRules();
    void serviceRules_data();
    void serviceRules();
    void defaultsAreValid();
    void horizonsMustIncrease();
};

void tst_Validation::enumSpellingsRoundTrip()
{
    for (const QString &name : serviceKindNames())
        QCOMPARE(toString(*serviceKindFromString(name)), name);
    for (const QString &name : replicationModeNames())
        QCOMPARE(toString(*replicationModeFromString(name)), name);
    for (const QString &name : exerciseTypeNames())
        QCOMPARE(toString(*exerciseTypeFromString(name)), name);
    QVERIFY(!serviceKindFromString(QStringLiteral("Application")));
    QVERIFY(!strengthFromString(QString()));
    QCOMPARE(toString(ServiceKind::DataStore), QStringLiteral("data-store"));
}

static Process validProcess()
{
    Process p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Process");
    p.mtdHours = 8;
    p.rtoHours = 4;
    return p;
}

void tst_Validation::processRules_data()
{
    QTest::addColumn<Process>("process");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::newRow("valid") << validProcess() << QString();
    Process p = validProcess();
    p.rtoHours = 9;
    QTest::newRow("rto above mtd") << p << QStringLiteral("rtoHours");
    p = validProcess();
    p.rpoHours = -1;
    QTest::newRow("negative rpo") << p << QStringLiteral("rpoHours");
    p = validProcess();
    p.mtdHours = 1e9;
    QTest::newRow("absurd mtd") << p << QStringLiteral("mtdHours");
    p = validProcess();
    p.lossPerHour = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("nan loss") << p << QStringLiteral("lossPerHour");
    p = validProcess();
    p.name = QStringLiteral("   ");
    QTest::newRow("blank name") << p << QStringLiteral("name");
    p = validProcess();
    p.id = QStringLiteral("has space");
    QTest::newRow("id with space") << p << QStringLiteral("id");
    p = validProcess();
    p.tier = 4;
    QTest::newRow("tier 4") << p << QStringLiteral("tier");
    p = validProcess();
    p.impact(ImpactCategory::Legal) = {0, 1, 2};
    QTest::newRow("too few ratings") << p << QStringLiteral("impacts.legal");
    p = validProcess();
    p.impact(ImpactCategory::Financial) = {0, 1, 2, 5, 4, 4};
    QTest::newRow("rating 5") << p << QStringLiteral("impacts.financial[3]");
}

void tst_Validation::processRules()
{
    QFETCH(Process, process);
    QFETCH(QString, field);
    const QList<FieldProblem> problems = checkProcess(process, 6);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(QStringLiteral("p"), problems)));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().rule.isEmpty());
    }
}

void tst_Validation::serviceRules_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("field");
    Service s;
    s.id = QStringLiteral("s");
    s.name = QStringLiteral("Service");
    QTest::newRow("valid") << s << QString();
    Service lag = s;
    lag.replication = {ReplicationMode::Sync, 0.5, std::nullopt};
    QTest::newRow("lag without async") << lag << QStringLiteral("replication.lagHours");
    Service interval = s;
    interval.replication = {ReplicationMode::Backup, std::nullopt, 0.0};
    QTest::newRow("zero backup interval")
        << interval << QStringLiteral("replication.intervalHours");
    Service tags = s;
    tags.tags = {QStringLiteral("GDPR"), QStringLiteral("GDPR")};
    QTest::newRow("repeated tag") << tags << QStringLiteral("tags[1]");
}

void tst_Validation::serviceRules()
{
    QFETCH(Service, service);
    QFETCH(QString, field);
    const QList<FieldProblem> problems = checkService(service);
    if (field.isEmpty()) {
        QVERIFY(problems.isEmpty());
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
    }
}

void tst_Validation::defaultsAreValid()
{
    const Plan plan = Plan::empty();
    QVERIFY(checkTierPolicy(plan.tierPolicy).isEmpty());
    QVERIFY(checkBiaHorizons(plan.biaHorizonsHours).isEmpty());
    QCOMPARE(plan.tierPolicy.tiers.size(), 4);
    QCOMPARE(plan.biaHorizonsHours.size(), 6);
}

void tst_Validation::horizonsMustIncrease()
{
    QCOMPARE(checkBiaHorizons({1, 4, 4}).size(), 1);
    QCOMPARE(checkBiaHorizons({}).size(), 1);
    QCOMPARE(checkBiaHorizons({0}).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
