// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar (docs/changes.md): the plan's calendar read back by Python's icalendar parser with
// every event; a supplier's calendar in, with recurrences across daylight-saving changes and
// Outlook's Windows zone names; malformed files refused by line, nothing imported.
#include "analysis/Downtime.h"
#include "domain/Plan.h"
#include "domain/Recurrence.h"
#include "io/ICalendar.h"
#include "io/SamplePlan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Continuity;

namespace {

qint64 berlin(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Supplier//EN\r\n" + events +
           "END:VCALENDAR\r\n";
}

} // namespace

class tst_ICalendar : public QObject
{
    Q_OBJECT

private slots:
    void exportOpensInPythonsParser();
    void supplierCalendarAcrossDst();
    void outlookZoneNames();
    void malformedFilesAreRefusedByLine_data();
    void malformedFilesAreRefusedByLine();
    void reimportReplacesTheSupplierWindows();
};

void tst_ICalendar::exportOpensInPythonsParser()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QByteArray ics = ICalendar::write(*plan);
    int expected =
        int(plan->freezes.size() + plan->maintenanceWindows.size() + plan->exercises.size());
    for (const Change &c : plan->changes)
        expected += c.plannedStart && c.state != ChangeState::Cancelled;
    // Debian's python3-icalendar (installed by install-deps.sh); a python3 elsewhere on the
    // PATH may not have it.
    QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 with python3-icalendar is installed by install-deps.sh");
    QProcess process;
    process.start(
        python,
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, json, icalendar\n"
             "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
             "out = []\n"
             "for e in cal.walk('VEVENT'):\n"
             "    s = e.decoded('DTSTART')\n"
             "    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),\n"
             "                'start': s.isoformat(),\n"
             "                'tz': str(getattr(s, 'tzinfo', None) or ''),\n"
             "                'rrule': e['RRULE'].to_ical().decode() if 'RRULE' in e else ''})\n"
             "print(json.dumps(out))\n")});
    process.write(ics);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray events = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(events.size(), expected);
    bool blackFriday = false;
    bool cardNet = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QVERIFY(!e.value(QStringLiteral("uid")).toString().isEmpty());
        if (e.value(QStringLiteral("uid"))
                .toString()
                .startsWith(QLatin1String("freeze-freeze-black-friday"))) {
            blackFriday = true;
            QCOMPARE(e.value(QStringLiteral("start")).toString(),
                     QStringLiteral("2026-11-20T00:00:00+01:00"));
            QCOMPARE(e.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=YEARLY"));
        }
        if (e.value(QStringLiteral("uid"))
                .toString()
                .startsWith(QLatin1String("maintenance-mw-cardnet"))) {
            cardNet = true;
            QVERIFY(e.value(QStringLiteral("tz")).toString().contains(QLatin1String("Berlin")));
            QCOMPARE(e.value(QStringLiteral("rrule")).toString(),
                     QStringLiteral("FREQ=MONTHLY;BYDAY=3SA"));
        }
    }
    QVERIFY(blackFriday && cardNet);
}

void tst_ICalendar::supplierCalendarAcrossDst()
{
    // A supplier's weekly Sunday 02:30 window in Berlin, four hours, from March into April.
    const QByteArray ics = calendar("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
                                    "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                                    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
                                    "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
                                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
                                    "END:VTIMEZONE\r\n"
                                    "BEGIN:VEVENT\r\nUID:1@supplier\r\nDTSTAMP:20260101T000000Z\r\n"
                                    "SUMMARY:Core network maintenance\r\n"
                                    "DTSTART;TZID=Europe/Berlin:20260315T023000\r\n"
                                    "DTEND;TZID=Europe/Berlin:20260315T063000\r\n"
                                    "RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20260501T000000Z\r\n"
                                    "END:VEVENT\r\n"
                                    "BEGIN:VEVENT\r\nUID:2@supplier\r\nDTSTAMP:20260101T000000Z\r\n"
                                    "SUMMARY:Data centre power test\r\n"
                                    "DTSTART:20261024T230000Z\r\nDURATION:PT3H\r\n"
                                    "END:VEVENT\r\n");
    QStringList errors;
    const std::optional<QList<MaintenanceWindow>> windows = ICalendar::supplierWindows(
        ics, QStringLiteral("sup-telco"), QStringLiteral("ics-sup-telco"), &errors);
    QVERIFY2(windows, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(windows->size(), 2);
    const MaintenanceWindow &weekly = windows->at(0);
    QCOMPARE(weekly.id, QStringLiteral("ics-sup-telco-1"));
    QCOMPARE(weekly.name, QStringLiteral("Core network maintenance"));
    QVERIFY(weekly.kind == MaintenanceKind::Supplier);
    QCOMPARE(weekly.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(weekly.start, QStringLiteral("2026-03-15T02:30:00+01:00"));
    QCOMPARE(*weekly.durationHours, 4.0);
    const std::optional<qint64> first = instantMs(weekly.start);
    QVERIFY(first);
    const std::vector<Occurrence> o =
        occurrences(*first, *first + 4 * 3600000LL, weekly.rrule, weekly.timeZone,
                    berlin(2026, 3, 1, 0, 0), berlin(2026, 6, 1, 0, 0));
    // Seven Sundays until the end of April; after the change the window starts at 02:30 CEST.
    QCOMPARE(int(o.size()), 7);
    QCOMPARE(o[3].from, berlin(2026, 4, 5, 2, 30));
    QCOMPARE(o[6].from, berlin(2026, 4, 26, 2, 30));
    const MaintenanceWindow &once = windows->at(1);
    QCOMPARE(once.timeZone, QStringLiteral("UTC"));
    QCOMPARE(*once.durationHours, 3.0);
    QVERIFY(once.rrule.isEmpty());
}

void tst_ICalendar::outlookZoneNames()
{
    const QByteArray ics = calendar("BEGIN:VEVENT\r\nUID:1@outlook\r\nDTSTAMP:20260101T000000Z\r\n"
                                    "SUMMARY:Patch night\r\n"
                                    "DTSTART;TZID=W. Europe Standard Time:20261205T220000\r\n"
                                    "DTEND;TZID=W. Europe Standard Time:20261206T020000\r\n"
                                    "END:VEVENT\r\n");
    QStringList errors;
    const auto windows = ICalendar::supplierWindows(ics, QStringLiteral("sup-aws"),
                                                    QStringLiteral("ics-sup-aws"), &errors);
    QVERIFY2(windows, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(windows->first().timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(windows->first().start, QStringLiteral("2026-12-05T22:00:00+01:00"));
    QCOMPARE(*windows->first().durationHours, 4.0);
}

void tst_ICalendar::malformedFilesAreRefusedByLine_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a calendar") << QByteArray("hello\r\n") << QStringLiteral("line 1:");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("BEGIN:VCALENDAR\0x", 17) << QStringLiteral("binary");
    QTest::newRow("no content line")
        << calendar("BEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nthis is not right\r\n"
                    "END:VEVENT\r\n")
        << QStringLiteral("line 6: not an iCalendar content line");
    QTest::newRow("never closed")
        << QByteArray(
               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\n")
        << QStringLiteral("line 4: BEGIN:VEVENT is never closed");
    QTest::newRow("wrong end") << calendar(
                                      "BEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nEND:VTODO\r\n")
                               << QStringLiteral("line 6: END:VTODO does not close BEGIN:VEVENT");
    QTest::newRow("no start")
        << calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDURATION:PT1H\r\nEND:VEVENT\r\n")
        << QStringLiteral("line 4: the event needs a DTSTART");
    QTest::newRow("no end")
        << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T000000Z\r\nEND:VEVENT\r\n")
        << QStringLiteral("line 4: the event needs a DTEND or a DURATION");
    QTest::newRow("unknown zone")
        << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Atlantis/Capital:20260101T000000\r\n"
                    "DURATION:PT1H\r\nEND:VEVENT\r\n")
        << QStringLiteral("line 4: the event needs a DTSTART");
    QTest::newRow("bad rule")
        << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T000000Z\r\nDURATION:PT1H\r\n"
                    "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n")
        << QStringLiteral("line 4: rrule");
    QTest::newRow("ends before it starts")
        << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T050000Z\r\n"
                    "DTEND:20260101T040000Z\r\nEND:VEVENT\r\n")
        << QStringLiteral("line 4: durationHours");
    QTest::newRow("no events") << calendar("") << QStringLiteral("no events");
}

void tst_ICalendar::malformedFilesAreRefusedByLine()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, message);
    QStringList errors;
    QVERIFY(
        !ICalendar::supplierWindows(ics, QStringLiteral("n"), QStringLiteral("ics-n"), &errors));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(message),
             qPrintable(errors.join(QLatin1Char('\n'))));
}

void tst_ICalendar::reimportReplacesTheSupplierWindows()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    MaintenanceWindow w;
    w.id = QStringLiteral("ics-sup-cardnet-1");
    w.node = QStringLiteral("sup-cardnet");
    w.kind = MaintenanceKind::Supplier;
    w.start = QStringLiteral("2026-12-12T01:00:00Z");
    w.durationHours = 2;
    const Plan once = ICalendar::withSupplierWindows(*plan, w.node, {w});
    QCOMPARE(once.maintenanceWindows.size(), plan->maintenanceWindows.size() + 1);
    w.durationHours = 3;
    const Plan twice = ICalendar::withSupplierWindows(once, w.node, {w});
    QCOMPARE(twice.maintenanceWindows.size(), once.maintenanceWindows.size());
    QCOMPARE(*twice.maintenanceWindows.constLast().durationHours, 3.0);
    // The window typed by hand (mw-cardnet) stays.
    QVERIFY(std::any_of(
        twice.maintenanceWindows.cbegin(), twice.maintenanceWindows.cend(),
        [](const MaintenanceWindow &m) { return m.id == QLatin1String("mw-cardnet"); }));
}

QTEST_GUILESS_MAIN(tst_ICalendar)
#include "tst_icalendar.moc"
