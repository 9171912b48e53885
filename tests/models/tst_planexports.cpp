// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and DOT exports: plan text stays data (no formulas, no broken quoting), and what is
// written reads back.
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "io/AnalysisJson.h"
#include "io/CsvReader.h"
#include "io/PlanExports.h"
#include "io/SamplePlan.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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
    void openSloIsReadByAYamlParser();
    void findingsAreWrittenInParts();
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

// product/13-incidents-slos.md: SLOs export as OpenSLO v1 YAML. A YAML parser (Python's, which
// install-deps.sh installs) reads every document back with the plan's names exactly as typed.
void tst_PlanExports::openSloIsReadByAYamlParser()
{
    QString error;
    std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    Plan plan = *sample;
    const QString hostile = QStringLiteral("gw: \"x\"\n- y # not a comment \\ \t end");
    plan.services[0].name = hostile;
    Slo weird;
    weird.node = plan.services[0].id;
    weird.objective = 99.5;
    weird.window = QStringLiteral("quarter");
    plan.slos.erase(std::remove_if(plan.slos.begin(), plan.slos.end(),
                                   [&](const Slo &s) { return s.node == weird.node; }),
                    plan.slos.end());
    plan.slos.append(weird);
    Slo ghost;
    ghost.node = QStringLiteral("no-such-node");
    plan.slos.append(ghost);
    QStringList skipped;
    const QByteArray yaml = PlanExports::openSloYaml(plan, GraphSnapshot::fromPlan(plan), &skipped);
    QCOMPARE(skipped, QStringList{QStringLiteral("no-such-node")});
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 (with python3-yaml) is installed by install-deps.sh");
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import sys, json, yaml\n"
                                          "docs = [d for d in yaml.safe_load_all(sys.stdin) if d]\n"
                                          "print(json.dumps(docs))\n")});
    process.write(yaml);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray docs = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    // A Service and an SLO per SLO the plan can state.
    QCOMPARE(docs.size(), 2 * (plan.slos.size() - 1));
    QSet<QString> names;
    bool foundHostile = false;
    for (const QJsonValue &value : docs) {
        const QJsonObject doc = value.toObject();
        QCOMPARE(doc.value(QLatin1String("apiVersion")).toString(), QStringLiteral("openslo/v1"));
        const QJsonObject metadata = doc.value(QLatin1String("metadata")).toObject();
        const QString name = metadata.value(QLatin1String("name")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"))
                     .match(name)
                     .hasMatch(),
                 qPrintable(name));
        if (doc.value(QLatin1String("kind")).toString() != QLatin1String("SLO"))
            continue;
        QVERIFY(!names.contains(name));
        names.insert(name);
        const QJsonObject spec = doc.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("budgetingMethod")).toString(),
                 QStringLiteral("Timeslices"));
        const QJsonObject objective =
            spec.value(QLatin1String("objectives")).toArray().first().toObject();
        const double target = objective.value(QLatin1String("target")).toDouble();
        QVERIFY(target > 0.9 && target < 1);
        if (metadata.value(QLatin1String("displayName")).toString() != hostile)
            continue;
        foundHostile = true;
        QCOMPARE(target, 0.995);
        const QJsonObject window =
            spec.value(QLatin1String("timeWindow")).toArray().first().toObject();
        QCOMPARE(window.value(QLatin1String("duration")).toString(), QStringLiteral("1Q"));
        QCOMPARE(window.value(QLatin1String("isRolling")).toBool(), false);
        QCOMPARE(window.value(QLatin1String("calendar"))
                     .toObject()
                     .value(QLatin1String("timeZone"))
                     .toString(),
                 plan.incidentPolicy.timeZone);
    }
    QVERIFY(foundHostile);
}

void tst_PlanExports::findingsAreWrittenInParts()
{
    // Findings enough for several megabytes, given unsorted: sorted by severity, kind and
    // subject, equal keys in the order given; written in parts that each end between two
    // findings, which together are the one document.
    std::vector<Finding> findings;
    const QString words = QStringLiteral("Ünïcödé „text“ with \"quotes\" ").repeated(30);
    for (int i = 0; i < 12000; ++i) {
        const Severity severity = i % 3 == 0   ? Severity::Info
                                  : i % 3 == 1 ? Severity::Error
                                               : Severity::Warning;
        findings.push_back({severity,
                            i % 2 ? QStringLiteral("rto-inversion") : QStringLiteral("cycle"),
                            QStringLiteral("node-%1").arg(i % 1000, 4, 10, QLatin1Char('0')),
                            words + QString::number(i),
                            {QStringLiteral("x")}});
    }
    sortFindings(findings);
    for (std::size_t i = 1; i < findings.size(); ++i) {
        const Finding &a = findings[i - 1];
        const Finding &b = findings[i];
        const auto key = [](const Finding &f) {
            return std::tuple(int(f.severity), f.kind, f.subject);
        };
        QVERIFY(key(a) <= key(b));
        if (key(a) == key(b)) // stable: the number at the end of the message rises
            QVERIFY(a.message.section(u' ', -1).toInt() < b.message.section(u' ', -1).toInt());
    }
    QVERIFY(findings.front().severity == Severity::Error);
    QCOMPARE(findings.front().kind, QStringLiteral("cycle"));
    QVERIFY(findings.back().severity == Severity::Info);

    QList<QByteArray> parts;
    AnalysisJson::check(findings, [&](const QByteArray &part) { parts.append(part); });
    QVERIFY2(parts.size() > 3, qPrintable(QString::number(parts.size())));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        QVERIFY2(parts.at(i).endsWith('}'), parts.at(i).right(40).constData());
    const QByteArray whole = parts.join();
    QCOMPARE(whole, AnalysisJson::check(findings));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(whole, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray array = doc.object().value(QLatin1String("findings")).toArray();
    QCOMPARE(array.size(), qsizetype(findings.size()));
    QCOMPARE(array.at(5000).toObject().value(QLatin1String("message")).toString(),
             findings[5000].message);
}

QTEST_GUILESS_MAIN(tst_PlanExports)
#include "tst_planexports.moc"
