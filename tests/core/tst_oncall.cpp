// SPDX-License-Identifier: GPL-3.0-or-later
// Who is on call and when a call tree reaches whom (product/10-people.md): table-driven cases
// across daylight-saving changes in three zones, and the rota against a brute-force walk.
#include "analysis/OnCall.h"
#include "domain/Plan.h"
#include "rules/PlanRules.h"
#include "rules/Validation.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Continuity;

class tst_OnCall : public QObject
{
    Q_OBJECT

private slots:
    void wallClockToInstant_data();
    void wallClockToInstant();
    void rota_data();
    void rota();
    void overridesAndBeforeStart();
    void rotaAgainstBruteForceWalk();
    void callTreeReachTimes();
    void roleInCallTreeIsItsOnCallPerson();
    void peopleRules();
};

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    return t.toUTC();
}

Rota makeRota(const char *start, const char *zone, int days, QStringList order)
{
    Rota r;
    r.start = QLatin1String(start);
    r.timeZone = QLatin1String(zone);
    r.shiftDays = days;
    r.order = std::move(order);
    return r;
}

} // namespace

void tst_OnCall::wallClockToInstant_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("instant");
    // Europe/Berlin 2026: clocks forward 29 March 02:00 → 03:00, back 25 October 03:00 → 02:00.
    QTest::newRow("berlin winter") << "Europe/Berlin"
                                   << "2026-03-28T09:00"
                                   << "2026-03-28T08:00:00Z";
    QTest::newRow("berlin summer") << "Europe/Berlin"
                                   << "2026-03-30T09:00"
                                   << "2026-03-30T07:00:00Z";
    QTest::newRow("berlin gap moves forward") << "Europe/Berlin"
                                              << "2026-03-29T02:30"
                                              << "2026-03-29T01:30:00Z";
    QTest::newRow("berlin twice: first") << "Europe/Berlin"
                                         << "2026-10-25T02:30"
                                         << "2026-10-25T00:30:00Z";
    QTest::newRow("berlin after fall back") << "Europe/Berlin"
                                            << "2026-10-25T03:00"
                                            << "2026-10-25T02:00:00Z";
    // America/New_York 2026: forward 8 March 02:00 → 03:00, back 1 November 02:00 → 01:00.
    QTest::newRow("new york gap") << "America/New_York"
                                  << "2026-03-08T02:30"
                                  << "2026-03-08T07:30:00Z";
    QTest::newRow("new york twice: first") << "America/New_York"
                                           << "2026-11-01T01:30"
                                           << "2026-11-01T05:30:00Z";
    QTest::newRow("new york winter") << "America/New_York"
                                     << "2026-11-02T09:00"
                                     << "2026-11-02T14:00:00Z";
    // Australia/Sydney 2026: back 5 April 03:00 → 02:00, forward 4 October 02:00 → 03:00.
    QTest::newRow("sydney twice: first") << "Australia/Sydney"
                                         << "2026-04-05T02:30"
                                         << "2026-04-04T15:30:00Z";
    QTest::newRow("sydney gap") << "Australia/Sydney"
                                << "2026-10-04T02:30"
                                << "2026-10-03T16:30:00Z";
    QTest::newRow("kolkata, no change") << "Asia/Kolkata"
                                        << "2026-03-29T09:00"
                                        << "2026-03-29T03:30:00Z";
}

void tst_OnCall::wallClockToInstant()
{
    QFETCH(QString, zone);
    QFETCH(QString, local);
    QFETCH(QString, instant);
    const QDateTime wall = QDateTime::fromString(local, Qt::ISODate);
    const QDateTime got = OnCall::instantOf(wall.date(), wall.time(), QTimeZone(zone.toUtf8()));
    QCOMPARE(got.toUTC().toString(Qt::ISODate), instant);
}

void tst_OnCall::rota_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("until");
    // A weekly 09:00 handover stays at 09:00 local across the spring change: 07:00Z after it,
    // where 7 × 24 hours after the start would give 08:00Z.
    QTest::newRow("weekly, after spring change") << "2026-03-23T09:00"
                                                 << "Europe/Berlin" << 7 << "2026-03-30T07:30:00Z"
                                                 << "b"
                                                 << "2026-04-06T07:00:00Z";
    QTest::newRow("weekly, before the local handover")
        << "2026-03-23T09:00"
        << "Europe/Berlin" << 7 << "2026-03-30T06:59:00Z"
        << "a"
        << "2026-03-30T07:00:00Z";
    QTest::newRow("first shift") << "2026-03-23T09:00"
                                 << "Europe/Berlin" << 7 << "2026-03-23T08:00:00Z"
                                 << "a"
                                 << "2026-03-30T07:00:00Z";
    // A 02:30 daily handover: on the day without 02:30 it comes at 03:30 (01:30Z).
    QTest::newRow("daily, gap day before") << "2026-03-27T02:30"
                                           << "Europe/Berlin" << 1 << "2026-03-29T01:15:00Z"
                                           << "b"
                                           << "2026-03-29T01:30:00Z";
    QTest::newRow("daily, gap day after") << "2026-03-27T02:30"
                                          << "Europe/Berlin" << 1 << "2026-03-29T01:45:00Z"
                                          << "c"
                                          << "2026-03-30T00:30:00Z";
    // On the day 02:30 happens twice the handover is at the first one (00:30Z).
    QTest::newRow("daily, repeated hour, before") << "2026-10-23T02:30"
                                                  << "Europe/Berlin" << 1 << "2026-10-25T00:15:00Z"
                                                  << "b"
                                                  << "2026-10-25T00:30:00Z";
    QTest::newRow("daily, repeated hour, after first")
        << "2026-10-23T02:30"
        << "Europe/Berlin" << 1 << "2026-10-25T00:45:00Z"
        << "c"
        << "2026-10-26T01:30:00Z";
    QTest::newRow("new york weekly across fall back")
        << "2026-10-26T09:00"
        << "America/New_York" << 7 << "2026-11-02T13:30:00Z"
        << "a"
        << "2026-11-02T14:00:00Z";
    QTest::newRow("new york weekly after fall back")
        << "2026-10-26T09:00"
        << "America/New_York" << 7 << "2026-11-02T14:30:00Z"
        << "b"
        << "2026-11-09T14:00:00Z";
    QTest::newRow("sydney fortnightly across spring")
        << "2026-09-28T08:00"
        << "Australia/Sydney" << 14 << "2026-10-11T21:30:00Z"
        << "b"
        << "2026-10-25T21:00:00Z";
    QTest::newRow("many turns later") << "2026-01-05T09:00"
                                      << "Europe/Berlin" << 7 << "2026-12-05T12:00:00Z"
                                      << "c"
                                      << "2026-12-07T08:00:00Z";
}

void tst_OnCall::rota()
{
    QFETCH(QString, start);
    QFETCH(QString, zone);
    QFETCH(int, days);
    QFETCH(QString, at);
    QFETCH(QString, person);
    QFETCH(QString, until);
    Rota r = makeRota(start.toLatin1().constData(), zone.toLatin1().constData(), days,
                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    const OnCall::Answer answer = OnCall::whoIsOnCall(r, QDateTime::fromString(at, Qt::ISODate));
    QCOMPARE(answer.person, person);
    QCOMPARE(answer.until.toUTC().toString(Qt::ISODate), until);
    QVERIFY(!answer.override);
}

void tst_OnCall::overridesAndBeforeStart()
{
    Rota r = makeRota("2026-03-23T09:00", "Europe/Berlin", 7,
                      {QStringLiteral("a"), QStringLiteral("b")});
    // Before the start: nobody, until the start.
    OnCall::Answer answer = OnCall::whoIsOnCall(r, utc("2026-03-20T12:00:00Z"));
    QVERIFY(answer.person.isEmpty());
    QCOMPARE(answer.until, utc("2026-03-23T08:00:00Z"));
    // An override before the start still covers its time.
    r.overrides.append({QStringLiteral("2026-03-20T00:00:00+01:00"),
                        QStringLiteral("2026-03-21T00:00:00+01:00"), QStringLiteral("x")});
    // Two overlapping overrides: the last listed wins where they overlap.
    r.overrides.append({QStringLiteral("2026-03-24T09:00:00+01:00"),
                        QStringLiteral("2026-03-26T09:00:00+01:00"), QStringLiteral("y")});
    r.overrides.append({QStringLiteral("2026-03-25T09:00:00+01:00"),
                        QStringLiteral("2026-03-25T21:00:00+01:00"), QStringLiteral("z")});
    answer = OnCall::whoIsOnCall(r, utc("2026-03-20T12:00:00Z"));
    QCOMPARE(answer.person, QStringLiteral("x"));
    QVERIFY(answer.override);
    QCOMPARE(answer.until, utc("2026-03-20T23:00:00Z"));
    answer = OnCall::whoIsOnCall(r, utc("2026-03-24T12:00:00Z"));
    QCOMPARE(answer.person, QStringLiteral("y"));
    QCOMPARE(answer.until, utc("2026-03-25T08:00:00Z")); // where z begins
    answer = OnCall::whoIsOnCall(r, utc("2026-03-25T12:00:00Z"));
    QCOMPARE(answer.person, QStringLiteral("z"));
    QCOMPARE(answer.until, utc("2026-03-25T20:00:00Z"));
    answer = OnCall::whoIsOnCall(r, utc("2026-03-25T21:00:00Z"));
    QCOMPARE(answer.person, QStringLiteral("y"));
    answer = OnCall::whoIsOnCall(r, utc("2026-03-26T09:00:00Z"));
    QCOMPARE(answer.person, QStringLiteral("a"));
    QVERIFY(!answer.override);
    QCOMPARE(answer.until, utc("2026-03-30T07:00:00Z"));
}

namespace {

// The k-th handover found by walking the clock minute by minute through the zone: the first
// minute whose local time is the handover's; on a day without that time, the end of the gap
// plus the distance from the gap's start to the time asked for.
qint64 walkedHandover(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 guess =
        wall - zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wall, QTimeZone::utc()));
    const QDateTime target(date, time);
    for (qint64 t = guess - 4 * 3600; t <= guess + 4 * 3600; t += 60) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
        const QDateTime asWall(local.date(), local.time());
        if (asWall == target)
            return t;
        if (asWall > target) {
            // Jumped over the time: a gap that began one minute after the minute before.
            const QDateTime before = QDateTime::fromSecsSinceEpoch(t - 60, zone);
            const QDateTime gapStart = QDateTime(before.date(), before.time()).addSecs(60);
            return t + gapStart.secsTo(target);
        }
    }
    return std::numeric_limits<qint64>::min();
}

} // namespace

void tst_OnCall::rotaAgainstBruteForceWalk()
{
    const QList<QByteArray> zones = {"Europe/Berlin", "America/New_York", "Australia/Sydney",
                                     "Europe/Lisbon", "Pacific/Chatham",  "Asia/Kolkata"};
    const QList<QTime> times = {QTime(9, 0), QTime(2, 30), QTime(1, 30),
                                QTime(3, 0), QTime(0, 0),  QTime(23, 45)};
    QRandomGenerator random(20261205);
    for (int round = 0; round < 24; ++round) {
        const QByteArray zoneId = zones.at(random.bounded(int(zones.size())));
        const QTimeZone zone(zoneId);
        const QDate startDate = QDate(2026, 1, 1).addDays(random.bounded(300));
        const QTime startTime = times.at(random.bounded(int(times.size())));
        const int days = 1 + random.bounded(9);
        QStringList order;
        for (int i = 0, n = 1 + random.bounded(4); i < n; ++i)
            order.append(QStringLiteral("p%1").arg(i));
        Rota r;
        r.start = QDateTime(startDate, startTime).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        r.timeZone = QString::fromLatin1(zoneId);
        r.shiftDays = days;
        r.order = order;
        const int shifts = 400 / days + 2;
        QList<qint64> handovers;
        for (int k = 0; k <= shifts; ++k)
            handovers.append(walkedHandover(startDate.addDays(qint64(k) * days), startTime, zone));
        for (int probe = 0; probe < 60; ++probe) {
            const qint64 t = handovers.first() - 5 * 86400 +
                             qint64(random.bounded(
                                 quint32((handovers.at(shifts - 1) - handovers.first()) / 60))) *
                                 60;
            QString expected;
            qint64 expectedUntil = handovers.first();
            for (int k = 0; k < shifts; ++k) {
                if (handovers.at(k) <= t) {
                    expected = order.at(k % order.size());
                    expectedUntil = handovers.at(k + 1);
                }
            }
            const OnCall::Answer answer =
                OnCall::whoIsOnCall(r, QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
            const QString where =
                QStringLiteral("%1 start %2 every %3 days at %4")
                    .arg(r.timeZone, r.start)
                    .arg(days)
                    .arg(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate));
            QVERIFY2(answer.person == expected, qPrintable(where));
            QVERIFY2(answer.until.toSecsSinceEpoch() == expectedUntil, qPrintable(where));
        }
    }
}

namespace {

Plan teamPlan()
{
    Plan plan = Plan::empty();
    for (const char *id : {"a", "b", "c", "d", "e", "f"}) {
        Person p;
        p.id = QLatin1String(id);
        p.name = QStringLiteral("Person ") + p.id.toUpper();
        plan.persons.append(p);
    }
    Role role;
    role.id = QStringLiteral("on-duty");
    role.name = QStringLiteral("On duty");
    role.members = {QStringLiteral("e"), QStringLiteral("f")};
    plan.roles.append(role);
    return plan;
}

CallTreeNode node(const char *contact, QList<CallTreeNode> children = {})
{
    return {QLatin1String(contact), QString(), std::move(children)};
}

} // namespace

void tst_OnCall::callTreeReachTimes()
{
    Plan plan = teamPlan();
    CallTree tree;
    tree.id = QStringLiteral("t");
    tree.name = QStringLiteral("Tree");
    tree.root = node("a", {node("b", {node("d"), node("e")}), node("c")});
    const QList<OnCall::Reach> reach =
        OnCall::expectedReach(plan, tree, QDateTime::currentDateTimeUtc());
    QCOMPARE(reach.size(), 5);
    // Depth first: a 0; b 2 (first call of a); d 4, e 6 (b's calls); c 4 (a's second call).
    const QList<std::pair<QString, double>> expected = {{QStringLiteral("a"), 0},
                                                        {QStringLiteral("b"), 2},
                                                        {QStringLiteral("d"), 4},
                                                        {QStringLiteral("e"), 6},
                                                        {QStringLiteral("c"), 4}};
    for (int i = 0; i < reach.size(); ++i) {
        QCOMPARE(reach.at(i).person, expected.at(i).first);
        QCOMPARE(reach.at(i).reachMinutes, expected.at(i).second);
    }
    QCOMPARE(OnCall::completionMinutes(reach), 6.0);
    tree.minutesPerCall = 5;
    QCOMPARE(OnCall::completionMinutes(OnCall::expectedReach(plan, tree, {})), 15.0);
}

void tst_OnCall::roleInCallTreeIsItsOnCallPerson()
{
    Plan plan = teamPlan();
    CallTree tree;
    tree.id = QStringLiteral("t");
    tree.name = QStringLiteral("Tree");
    tree.root = node("a", {node("on-duty")});
    const QDateTime at = utc("2026-03-30T12:00:00Z");
    // Without a rota: the role's first member.
    QList<OnCall::Reach> reach = OnCall::expectedReach(plan, tree, at);
    QCOMPARE(reach.at(1).role, QStringLiteral("on-duty"));
    QCOMPARE(reach.at(1).person, QStringLiteral("e"));
    // With a rota: who is on call then.
    plan.roles[0].rota = makeRota("2026-03-23T09:00", "Europe/Berlin", 7,
                                  {QStringLiteral("e"), QStringLiteral("f")});
    reach = OnCall::expectedReach(plan, tree, at);
    QCOMPARE(reach.at(1).person, QStringLiteral("f"));
}

void tst_OnCall::peopleRules()
{
    Plan plan = teamPlan();
    QVERIFY(Rules::checkPlan(plan).isEmpty());
    Person bad = plan.persons.first();
    bad.email = QStringLiteral("not an address");
    bad.phones = {{PhoneKind::Mobile, QStringLiteral("call me")}};
    bad.timeZone = QStringLiteral("Mars/Olympus");
    bad.verifiedOn = QStringLiteral("yesterday");
    QStringList fields;
    for (const FieldProblem &p : checkPerson(bad))
        fields.append(p.field);
    QCOMPARE(fields, QStringList({QStringLiteral("email"), QStringLiteral("phones[0].number"),
                                  QStringLiteral("timeZone"), QStringLiteral("verifiedOn")}));
    QVERIFY(isPhoneNumber(QStringLiteral("+49 69 1234 5678")));
    QVERIFY(isPhoneNumber(QStringLiteral("+1 (212) 555-0100 ext. 12")));
    QVERIFY(!isPhoneNumber(QStringLiteral("+49")));

    Role role = plan.roles.first();
    role.rota = makeRota("2026-03-23T09:00+01:00", "Nowhere/Place", 0, {});
    role.rota->overrides.append({QStringLiteral("2026-03-25T09:00:00"),
                                 QStringLiteral("2026-03-24T09:00:00+01:00"), QString()});
    fields.clear();
    for (const FieldProblem &p : checkRole(role))
        fields.append(p.field);
    QCOMPARE(fields, QStringList({QStringLiteral("rota.start"), QStringLiteral("rota.timeZone"),
                                  QStringLiteral("rota.shiftDays"), QStringLiteral("rota.order"),
                                  QStringLiteral("rota.overrides[0].from"),
                                  QStringLiteral("rota.overrides[0].person")}));

    // References: members, deputies and call-tree contacts name people of the plan; persons
    // and roles share one id space.
    plan.roles[0].members.append(QStringLiteral("nobody"));
    plan.persons[0].deputy = QStringLiteral("on-duty"); // a role, not a person
    Person twin;
    twin.id = QStringLiteral("on-duty");
    twin.name = QStringLiteral("Twin");
    plan.persons.append(twin);
    CallTree tree;
    tree.id = QStringLiteral("t");
    tree.name = QStringLiteral("T");
    tree.root = node("a", {node("ghost")});
    plan.callTrees.append(tree);
    QStringList problems;
    for (const FieldProblem &p : Rules::checkPlan(plan))
        problems.append(p.field);
    QVERIFY2(problems.contains(QStringLiteral("roles[0].members[2]")),
             qPrintable(problems.join(u' ')));
    QVERIFY(problems.contains(QStringLiteral("persons[0].deputy")));
    QVERIFY(problems.contains(QStringLiteral("roles[0].id")));
    QVERIFY(problems.contains(QStringLiteral("callTrees[0].root.children[0].contact")));

    // A call tree deeper than the limit is refused, not walked.
    CallTree deep;
    deep.id = QStringLiteral("deep");
    deep.name = QStringLiteral("Deep");
    deep.root.contact = QStringLiteral("a");
    CallTreeNode *at = &deep.root;
    for (int i = 0; i < MaxCallTreeDepth + 2; ++i) {
        at->children.append(node("a"));
        at = &at->children.last();
    }
    QVERIFY(!checkCallTree(deep).isEmpty());
}

QTEST_GUILESS_MAIN(tst_OnCall)
#include "tst_oncall.moc"
