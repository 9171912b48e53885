// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Tiers.h"
#include "domain/Plan.h"

#include <QTest>

using namespace Continuity;

class tst_Tiers : public QObject
{
    Q_OBJECT

private slots:
    void processTier_data();
    void processTier();
    void suggestedMtd();
};

static Process process(std::optional<double> mtd, std::optional<double> loss,
                       std::optional<int> tier = {})
{
    Process p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("P");
    p.mtdHours = mtd;
    p.lossPerHour = loss;
    p.tier = tier;
    return p;
}

void tst_Tiers::processTier_data()
{
    QTest::addColumn<Process>("process");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("source");
    using S = ProcessTier::Source;
    // Default policy: tier 0 MTD <= 4 or loss >= 100000; tier 1 24 / 10000; tier 2 72 / 1000.
    QTest::newRow("assigned wins") << process(1, 1e6, 3) << 3 << int(S::Assigned);
    QTest::newRow("mtd 4 is tier 0") << process(4, 0) << 0 << int(S::DerivedFromMtd);
    QTest::newRow("mtd 5 is tier 1") << process(5, 0) << 1 << int(S::DerivedFromMtd);
    QTest::newRow("loss lifts a long mtd") << process(100, 150000) << 0 << int(S::DerivedFromLoss);
    QTest::newRow("loss 10000 is tier 1") << process(100, 10000) << 1 << int(S::DerivedFromLoss);
    QTest::newRow("mtd 72 is tier 2") << process(72, 0) << 2 << int(S::DerivedFromMtd);
    QTest::newRow("nothing qualifies") << process(200, 10) << 3 << int(S::Default);
    QTest::newRow("no data at all") << process({}, {}) << 3 << int(S::Default);
    Process bia = process({}, {});
    bia.impact(ImpactCategory::Legal) = {0, 1, 4, 4, 4, 4}; // severe at 8 h
    QTest::newRow("mtd suggested from the BIA") << bia << 1 << int(S::DerivedFromMtd);
}

void tst_Tiers::processTier()
{
    QFETCH(Process, process);
    QFETCH(int, tier);
    QFETCH(int, source);
    const Plan plan = Plan::empty();
    const ProcessTier result =
        Continuity::processTier(process, plan.tierPolicy, plan.biaHorizonsHours);
    QCOMPARE(result.tier, tier);
    QCOMPARE(int(result.source), source);
}

void tst_Tiers::suggestedMtd()
{
    const QList<double> horizons = Plan::defaultBiaHorizons();
    Process p = process({}, {});
    QVERIFY(!suggestedMtdHours(p, horizons));
    p.impact(ImpactCategory::Financial) = {0, 0, 0, 3, 4, 4};
    QCOMPARE(*suggestedMtdHours(p, horizons), 72.0);
    p.impact(ImpactCategory::HealthSafety) = {0, 4, 4, 4, 4, 4};
    QCOMPARE(*suggestedMtdHours(p, horizons), 4.0);
}

QTEST_GUILESS_MAIN(tst_Tiers)
#include "tst_tiers.moc"
