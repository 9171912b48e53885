// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceNow change_request import (product/12-changes.md, docs/changes.md "ServiceNow"): rows
// become changes by number, a second import updates them keeping what planners added, bad rows
// are named by line and nothing is written unless they are skipped.
#include "analysis/ChangeRisk.h"
#include "domain/Plan.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "io/SnowChangeImport.h"

#include <QTest>

using namespace Continuity;

namespace {

const qint64 Now = 1796000000000;

CmdbFile csv(const QByteArray &text)
{
    return {QStringLiteral("change_request.csv"), text};
}

const Change *find(const Plan &plan, const QString &ref)
{
    for (const Change &c : plan.changes) {
        if (c.externalRef == ref)
            return &c;
    }
    return nullptr;
}

} // namespace

class tst_SnowChanges : public QObject
{
    Q_OBJECT

private slots:
    void importsAndUpdatesByNumber();
    void badRowsByLine();
    void mappingFile();
};

void tst_SnowChanges::importsAndUpdatesByNumber()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    // The gateway's CMDB sys_id names it too.
    for (Service &s : plan->services) {
        if (s.id == QLatin1String("app-api-gw"))
            s.attributes.insert(QStringLiteral("sys_id"), QStringLiteral("a1b2c3d4"));
    }
    const QByteArray export1 =
        "number,short_description,type,state,start_date,end_date,cmdb_ci,assigned_to,close_code,"
        "sys_created_on\n"
        "CHG0300,Patch the ledger,Normal,Scheduled,2027-01-10 01:00:00,2027-01-10 03:00:00,"
        "Ledger database,Lars Nilsson,,2026-12-20 09:00:00\n"
        "CHG0301,Rotate gateway certificates,Standard,Closed,2026-12-01 06:00:00,"
        "2026-12-01 06:30:00,a1b2c3d4,jonas-weber,successful,2026-11-25 08:00:00\n"
        "CHG0302,Hotfix,Emergency,-1,2026-12-05T10:00:00Z,2026-12-05T11:00:00Z,Mainframe,"
        "Someone Else,,\n";
    const std::optional<SnowChangeResult> first =
        importSnowChanges(*plan, csv(export1), {}, false, Now, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->problems.isEmpty());
    QCOMPARE(first->added, 3);
    const Change *ledger = find(first->plan, QStringLiteral("CHG0300"));
    QVERIFY(ledger);
    QCOMPARE(ledger->id, QStringLiteral("CHG0300"));
    QVERIFY(ledger->changeClass == ChangeClass::Normal);
    QVERIFY(ledger->state == ChangeState::Scheduled);
    QCOMPARE(ledger->targets, QStringList{QStringLiteral("db-ledger")});
    QCOMPARE(ledger->implementer, QStringLiteral("lars-nilsson"));
    // Berlin time in the export: 01:00 there is midnight UTC.
    QCOMPARE(*ledger->plannedStart, QStringLiteral("2027-01-10T00:00:00Z"));
    QCOMPARE(ledger->createdAt, QStringLiteral("2026-12-20T08:00:00Z"));
    const Change *gateway = find(first->plan, QStringLiteral("CHG0301"));
    QCOMPARE(gateway->targets, QStringList{QStringLiteral("app-api-gw")});
    QVERIFY(gateway->outcome == ChangeOutcome::Successful);
    const Change *hotfix = find(first->plan, QStringLiteral("CHG0302"));
    QVERIFY(hotfix->state == ChangeState::Implement);
    QVERIFY(hotfix->targets.isEmpty());
    QCOMPARE(first->unknownItems, QStringList{QStringLiteral("Mainframe")});
    QCOMPARE(first->unknownPeople, QStringList{QStringLiteral("Someone Else")});
    // The plan JSON takes what the import made.
    QStringList errors;
    QVERIFY2(PlanJson::read(PlanJson::write(first->plan), &errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    // The assessment reads imported changes like typed ones.
    const ChangeContext context(first->plan, Now);
    QVERIFY(!context.assess(*ledger).nodes.empty());

    // A planner adds a peer reviewer and a backout; ServiceNow moves the window; a re-import
    // updates the change by number and keeps what was added.
    Plan edited = first->plan;
    for (Change &c : edited.changes) {
        if (c.externalRef == QLatin1String("CHG0300")) {
            c.peerReviewer = QStringLiteral("chen-wei");
            c.backoutRunbook = QStringLiteral("rb-ledger-db-failover");
        }
    }
    QByteArray export2 = export1;
    export2.replace("2027-01-10 01:00:00,2027-01-10 03:00:00",
                    "2027-01-17 01:00:00,2027-01-17 03:00:00");
    const std::optional<SnowChangeResult> second =
        importSnowChanges(edited, csv(export2), {}, false, Now, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->unchanged, 2);
    const Change *moved = find(second->plan, QStringLiteral("CHG0300"));
    QCOMPARE(*moved->plannedStart, QStringLiteral("2027-01-17T00:00:00Z"));
    QCOMPARE(moved->peerReviewer, QStringLiteral("chen-wei"));
    QCOMPARE(moved->backoutRunbook, QStringLiteral("rb-ledger-db-failover"));
    QCOMPARE(second->plan.changes.size(), first->plan.changes.size());
}

void tst_SnowChanges::badRowsByLine()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QByteArray text = "number,type,state,start_date,end_date,close_code\n"
                            "CHG0400,Bogus,New,,,\n"                  // line 2: type
                            "CHG0401,Normal,Sleeping,,,\n"            // line 3: state
                            "CHG0402,Normal,New,tomorrow,,\n"         // line 4: time
                            "CHG0403,Normal,Closed,,,went fine-ish\n" // line 5: close code
                            "CHG0404,Normal,New,2027-01-02 10:00,2027-01-02 09:00,\n" // 6: window
                            "CHG0405,Normal,New,,,\n"
                            "CHG0405,Normal,New,,,\n" // line 8: twice
                            ",Normal,New,,,\n";       // line 9: no number
    const std::optional<SnowChangeResult> result =
        importSnowChanges(*plan, csv(text), {}, false, Now, &error);
    QVERIFY2(result, qPrintable(error));
    QList<int> lines;
    for (const CmdbProblem &p : result->problems)
        lines.append(p.line);
    QCOMPARE(lines, QList<int>({2, 3, 4, 5, 6, 8, 9}));
    // Nothing is to be written while there are bad rows.
    QCOMPARE(result->plan, *plan);
    QCOMPARE(result->added, 0);
    // Skipped, the good row comes in.
    const std::optional<SnowChangeResult> skipped =
        importSnowChanges(*plan, csv(text), {}, true, Now, &error);
    QCOMPARE(skipped->added, 1);
    // Not a CSV with the number column: refused as a whole.
    QVERIFY(!importSnowChanges(*plan, csv("a,b\n1,2\n"), {}, false, Now, &error));
    QVERIFY(error.contains(QLatin1String("number")));
}

void tst_SnowChanges::mappingFile()
{
    QStringList errors;
    const std::optional<SnowChangeMapping> m = SnowChangeMapping::fromJson(
        R"({"format": "continuity-snow-change-mapping", "version": 1, "number": "Change",
            "title": "Summary", "timeZone": "UTC"})",
        &errors);
    QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m->number, QStringLiteral("Change"));
    QCOMPARE(m->state, QStringLiteral("state"));
    QVERIFY(SnowChangeMapping::fromJson(m->toJson(), &errors));
    errors.clear();
    QVERIFY(!SnowChangeMapping::fromJson(
        R"({"format": "continuity-snow-change-mapping", "version": 1, "colour": "x",
            "timeZone": "Mars/Olympus"})",
        &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY(!SnowChangeMapping::fromJson("{", &errors));
}

QTEST_GUILESS_MAIN(tst_SnowChanges)
#include "tst_snowchanges.moc"
