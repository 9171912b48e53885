// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and DOT exports: plan text stays data (no formulas, no broken quoting), and what is
// written reads back.
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "io/CsvReader.h"
#include "io/PlanExports.h"
#include "io/SamplePlan.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Continuity;

class tst_PlanExports : public QObject
{
    Q_OBJECT

private slots:
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void servicesReadBack();
    void dependenciesAndFindings();
    void dotIsReadByGraphviz();
};

void tst_PlanExports::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Payments") << QStringLiteral("Payments");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("comma and quote")
        << QStringLiteral("a, \"b\"") << QStringLiteral("\"a, \"\"b\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void tst_PlanExports::formulasAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(PlanExports::csvCell(text), cell);
}

void tst_PlanExports::servicesReadBack()
{
    Plan plan = TestSupport::smallPlan();
    plan.services[0].name = QStringLiteral("=cmd|' /C calc'!A0, \"quoted\"\nnext line");
    const QByteArray csv = PlanExports::servicesCsv(plan);
    QVERIFY(csv.startsWith("\xef\xbb\xbf"));
    QString error;
    const auto table = readCsv(csv, QStringLiteral("services.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records.size(), plan.services.size());
    QCOMPARE(table->header.value(1), QStringLiteral("name"));
    // The name comes back whole, behind the apostrophe that keeps it from being a formula.
    QCOMPARE(table->records.at(0).fields.value(1), QLatin1Char('\'') + plan.services[0].name);
    for (qsizetype i = 0; i < plan.services.size(); ++i)
        QCOMPARE(table->records.at(i).fields.value(0), plan.services.at(i).id);
    const int sysId = int(table->header.indexOf(QStringLiteral("sys_id")));
    QCOMPARE(table->records.at(1).fields.value(sysId), QStringLiteral("9f3c1a"));
}

void tst_PlanExports::dependenciesAndFindings()
{
    QString error;
    const Plan plan = *samplePlan(&error);
    auto deps = readCsv(PlanExports::dependenciesCsv(plan), QStringLiteral("d.csv"), &error);
    QVERIFY2(deps, qPrintable(error));
    QCOMPARE(deps->records.size(), plan.dependencies.size());
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const std::vector<Finding> findings = checkPlan(graph, plan.tierPolicy);
    auto f = readCsv(PlanExports::findingsCsv(plan, findings), QStringLiteral("f.csv"), &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->records.size(), qsizetype(findings.size()));
    QCOMPARE(f->header, (QStringList{QStringLiteral("severity"), QStringLiteral("kind"),
                                     QStringLiteral("subject"), QStringLiteral("message"),
                                     QStringLiteral("related")}));
}

void tst_PlanExports::dotIsReadByGraphviz()
{
    Plan plan = TestSupport::smallPlan();
    plan.services[0].name = QStringLiteral("a \"quoted\" \\ name\nover two lines");
    const QByteArray dot = PlanExports::graphDot(plan);
    QVERIFY(dot.contains("\"pay-api\" -> \"pay-db\""));
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (program.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    QProcess process;
    process.start(program, {QStringLiteral("-Tplain")});
    process.write(dot);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray plain = process.readAllStandardOutput();
    QCOMPARE(plain.count("\nnode "), plan.processes.size() + plan.services.size());
    QCOMPARE(plain.count("\nedge "), plan.dependencies.size());
}

QTEST_GUILESS_MAIN(tst_PlanExports)
#include "tst_planexports.moc"
