// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceNow incident import (product/13-incidents-slos.md "Imports",
// docs/decisions/snow-incident-import.md): the export's rows become incidents, a re-import
// updates them by number and keeps what planners added, bad rows are named by line and nothing
// changes while there are any, the mapping renames columns, and no bytes crash it.
#include "io/SnowIncidentImport.h"
#include "TestSupport.h"

#include <QTest>

#include <random>

using namespace Continuity;

class tst_SnowIncidents : public QObject
{
    Q_OBJECT

private slots:
    void rowsBecomeIncidents();
    void aReimportUpdatesByNumber();
    void badRowsAreNamedAndNothingChanges();
    void theMappingRenamesColumns();
    void aMissingColumnRefusesTheFile();
    void noBytesCrashIt();

private:
    static Plan plan()
    {
        Plan p = TestSupport::smallPlan();
        p.incidentPolicy.timeZone = QStringLiteral("Europe/Berlin");
        return p;
    }
    static CmdbFile file(const QByteArray &bytes)
    {
        return {QStringLiteral("incident.csv"), bytes};
    }
};

static const QByteArray Export =
    "number,short_description,priority,opened_at,resolved_at,closed_at,cmdb_ci,close_code\r\n"
    "INC0010042,\"Payments slow, then down\",1 - Critical,2026-11-20 09:15:00,"
    "2026-11-20 11:45:00,2026-11-22 10:00:00,pay-db,Solved (Permanently)\r\n"
    "INC0010043,VPN flaps,3 - Moderate,2026-07-21T14:00:00+02:00,,,Mainframe 9000,\r\n";

void tst_SnowIncidents::rowsBecomeIncidents()
{
    const Plan before = plan();
    QString error;
    const auto result = importSnowIncidents(before, file(Export), {}, false, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->added, 2);
    QVERIFY(result->problems.isEmpty());
    QCOMPARE(result->unknownItems, QStringList{QStringLiteral("Mainframe 9000")});
    const Incident &first = result->plan.incidents.at(before.incidents.size());
    QCOMPARE(first.id, QStringLiteral("INC0010042"));
    QCOMPARE(first.externalRef, QStringLiteral("INC0010042"));
    QCOMPARE(first.title, QStringLiteral("Payments slow, then down"));
    QCOMPARE(first.severity, 1);
    // Times without an offset are in the plan's time zone (CET in November).
    QCOMPARE(first.startedAt, QStringLiteral("2026-11-20T08:15:00Z"));
    QCOMPARE(first.restoredAt, std::optional<QString>(QStringLiteral("2026-11-20T10:45:00Z")));
    QVERIFY(first.status == IncidentStatus::Closed);
    QCOMPARE(first.affected.size(), 1);
    QCOMPARE(first.affected.first().node, QStringLiteral("pay-db"));
    QVERIFY(first.description.contains(QLatin1String("Solved (Permanently)")));
    const Incident &second = result->plan.incidents.last();
    QCOMPARE(second.startedAt, QStringLiteral("2026-07-21T12:00:00Z"));
    QVERIFY(second.status == IncidentStatus::Active);
    QVERIFY(second.affected.isEmpty());
}

void tst_SnowIncidents::aReimportUpdatesByNumber()
{
    QString error;
    auto once = importSnowIncidents(plan(), file(Export), {}, false, &error);
    QVERIFY2(once, qPrintable(error));
    Plan imported = once->plan;
    // A planner writes the post-mortem; ServiceNow renames the incident.
    imported.incidents.last().postmortem.emplace();
    imported.incidents.last().postmortem->summary = QStringLiteral("Written by hand");
    QByteArray again = Export;
    again.replace("VPN flaps", "VPN flapping in Lisbon");
    const auto twice = importSnowIncidents(imported, file(again), {}, false, &error);
    QVERIFY2(twice, qPrintable(error));
    QCOMPARE(twice->added, 0);
    QCOMPARE(twice->updated, 1);
    QCOMPARE(twice->unchanged, 1);
    QCOMPARE(twice->plan.incidents.size(), imported.incidents.size());
    QCOMPARE(twice->plan.incidents.last().title, QStringLiteral("VPN flapping in Lisbon"));
    QCOMPARE(twice->plan.incidents.last().postmortem->summary, QStringLiteral("Written by hand"));
}

void tst_SnowIncidents::badRowsAreNamedAndNothingChanges()
{
    const QByteArray bad =
        "number,short_description,priority,opened_at,resolved_at,closed_at,cmdb_ci,close_code\n"
        ",no number,1,2026-01-01 10:00:00,,,,\n"
        "INC1,bad time,1,yesterday,,,,\n"
        "INC2,bad priority,urgent,2026-01-01 10:00:00,,,,\n"
        "INC3,restored first,2,2026-01-02 10:00:00,2026-01-01 10:00:00,,,\n"
        "INC4,fine,2,2026-01-02 10:00:00,,,,\n"
        "INC4,twice,2,2026-01-02 10:00:00,,,,\n";
    const Plan before = plan();
    QString error;
    const auto result = importSnowIncidents(before, file(bad), {}, false, &error);
    QVERIFY2(result, qPrintable(error));
    QStringList lines;
    for (const CmdbProblem &p : result->problems)
        lines.append(QString::number(p.line));
    QCOMPARE(lines.join(u','), QStringLiteral("2,3,4,5,7"));
    QVERIFY(result->problems.at(2).reason.contains(QLatin1String("priority")));
    // Refused: the plan as it was.
    QVERIFY(result->plan == before);
    QCOMPARE(result->added, 0);
    // Skipped on request: the good row only.
    const auto skipped = importSnowIncidents(before, file(bad), {}, true, &error);
    QCOMPARE(skipped->added, 1);
    QCOMPARE(skipped->plan.incidents.last().externalRef, QStringLiteral("INC4"));
}

void tst_SnowIncidents::theMappingRenamesColumns()
{
    QStringList errors;
    const auto mapping = SnowIncidentMapping::fromJson(
        R"({"format": "continuity-snow-incident-mapping", "version": 1,
            "number": "Number", "title": "Summary", "openedAt": "Opened",
            "priority": "", "timeZone": "UTC"})",
        &errors);
    QVERIFY2(mapping, qPrintable(errors.join(u'\n')));
    const QByteArray renamed = "Number,Summary,Opened\nX-1,Renamed columns,2026-02-03 04:05:06\n";
    QString error;
    const auto result = importSnowIncidents(plan(), file(renamed), *mapping, false, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->added, 1);
    QCOMPARE(result->plan.incidents.last().startedAt, QStringLiteral("2026-02-03T04:05:06Z"));
    QCOMPARE(result->plan.incidents.last().severity, 3); // no priority column: the middle
    // The mapping reads back as written.
    QStringList again;
    QVERIFY(SnowIncidentMapping::fromJson(mapping->toJson(), &again));
    // Mistakes are named.
    errors.clear();
    QVERIFY(!SnowIncidentMapping::fromJson(
        R"({"format": "continuity-snow-incident-mapping", "version": 1, "numbr": "x",
            "timeZone": "Mars/Olympus"})",
        &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.first().contains(QLatin1String("numbr")));
}

void tst_SnowIncidents::aMissingColumnRefusesTheFile()
{
    QString error;
    QVERIFY(!importSnowIncidents(plan(), file("id,title\n1,x\n"), {}, false, &error));
    QVERIFY2(error.contains(QLatin1String("no column number")), qPrintable(error));
    QVERIFY(
        !importSnowIncidents(plan(), file("number,opened_at\n\"unclosed\n"), {}, false, &error));
    QVERIFY2(error.contains(QLatin1String("incident.csv")), qPrintable(error));
}

void tst_SnowIncidents::noBytesCrashIt()
{
    std::mt19937 rng(1205);
    const Plan before = plan();
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = Export;
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng() % bytes.size());
            switch (rng() % 3) {
            case 0:
                bytes[at] = char(rng() % 256);
                break;
            case 1:
                bytes.insert(at, "\",\n"[rng() % 3]);
                break;
            default:
                bytes.remove(at, 1 + int(rng() % 5));
                break;
            }
            if (bytes.isEmpty())
                bytes = ",";
        }
        QString error;
        const auto result = importSnowIncidents(before, file(bytes), {}, false, &error);
        if (!result)
            QVERIFY(!error.isEmpty());
        else if (!result->problems.isEmpty())
            QVERIFY(result->plan == before);
    }
}

QTEST_GUILESS_MAIN(tst_SnowIncidents)
#include "tst_snowincidents.moc"
