// SPDX-License-Identifier: GPL-3.0-or-later
// Exercises: measured RTO and RPO (table-driven), the exercise clock with pauses, the live
// actions and their refusals, timestamp corrections, next test due and actions over time.
#include "analysis/ExerciseResults.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"
#include "rules/Validation.h"

#include <QTest>

using namespace Continuity;
using namespace Qt::StringLiterals;

namespace {

const QString Day = QStringLiteral("2026-03-14");

QString at(const QString &hhmm)
{
    return Day + QLatin1Char('T') + hhmm + QStringLiteral(":00Z");
}

Runbook runbook(const QString &id, const QString &service, const QStringList &steps,
                const QString &verifiedStep)
{
    Runbook r;
    r.id = id;
    r.title = r.id;
    r.service = service;
    for (const QString &s : steps) {
        RunbookStep step;
        step.id = s;
        step.title = QStringLiteral("Step ") + s;
        if (s == verifiedStep)
            step.verification = QStringLiteral("Service answers");
        r.steps.append(step);
    }
    return r;
}

// Services db (RTO 1 h, RPO 0.25 h) and app (RTO 2 h), runbooks rb-db (a, b verified, c) and
// rb-db2 (x, y; y verified) for db, rb-app (p, q; none verified) for app.
Plan plan()
{
    Plan p = Plan::empty(QStringLiteral("Exercises"));
    Service db;
    db.id = QStringLiteral("db");
    db.name = QStringLiteral("Database");
    db.kind = ServiceKind::DataStore;
    db.rtoHours = 1;
    db.rpoHours = 0.25;
    db.tier = 0;
    Service app;
    app.id = QStringLiteral("app");
    app.name = QStringLiteral("App");
    app.rtoHours = 2;
    Service dc;
    dc.id = QStringLiteral("dc");
    dc.name = QStringLiteral("Data centre");
    dc.kind = ServiceKind::Site;
    p.services = {db, app, dc};
    // db needs dc: dc requires tier 0 though it has none assigned.
    p.dependencies = {{QStringLiteral("db"), QStringLiteral("dc"), Strength::Hard, {}}};
    p.runbooks = {runbook(u"rb-db"_s, u"db"_s, {u"a"_s, u"b"_s, u"c"_s}, u"b"_s),
                  runbook(u"rb-db2"_s, u"db"_s, {u"x"_s, u"y"_s}, u"y"_s),
                  runbook(u"rb-app"_s, u"app"_s, {u"p"_s, u"q"_s}, QString())};
    return p;
}

Exercise declared(const QStringList &runbooks)
{
    Exercise e;
    e.id = QStringLiteral("ex");
    e.title = QStringLiteral("Failover");
    e.date = Day;
    e.runbooks = runbooks;
    e.declaredAt = at(QStringLiteral("09:00"));
    return e;
}

// "rb-db/b@10:30 rb-db2/y@10:45" : finished steps (started at the declaration).
void addLog(Exercise &e, const QString &spec)
{
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('@'));
        const QStringList ids = parts.at(0).split(QLatin1Char('/'));
        e.log.append({ids.at(0), ids.at(1), *e.declaredAt, at(parts.at(1)), QString(), QString()});
    }
}

// "09:30-10:00 11:00-" : pauses, the last one possibly still running.
void addPauses(Exercise &e, const QString &spec)
{
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('-'));
        e.pauses.append({at(parts.at(0)), parts.at(1).isEmpty() ? std::optional<QString>()
                                                                : std::optional(at(parts.at(1)))});
    }
}

ServiceMeasure measureOf(const Plan &p, const Exercise &e, const QString &service)
{
    for (const ServiceMeasure &m : measureExercise(p, e)) {
        if (m.service == service)
            return m;
    }
    return {};
}

} // namespace

class tst_Exercises : public QObject
{
    Q_OBJECT

private slots:
    void measuredRto_data();
    void measuredRto();
    void measuredRpo_data();
    void measuredRpo();
    void scopeAndElapsed();
    void liveStanding();
    void liveActions();
    void refusals();
    void corrections();
    void testsDueFromPolicy();
    void actionsCarryAcrossExercises();
};

void tst_Exercises::measuredRto_data()
{
    QTest::addColumn<QStringList>("runbooks");
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<double>("entered"); // < 0: none
    QTest::addColumn<QString>("service");
    QTest::addColumn<double>("expected"); // < 0: not measured
    QTest::addColumn<QString>("verdict");
    const QStringList db{QStringLiteral("rb-db")};
    QTest::newRow("verification step finished")
        << db << u"rb-db/b@09:45"_s << u""_s << -1.0 << u"db"_s << 0.75 << u"pass"_s;
    QTest::newRow("exactly the target")
        << db << u"rb-db/b@10:00"_s << u""_s << -1.0 << u"db"_s << 1.0 << u"pass"_s;
    QTest::newRow("beyond the target")
        << db << u"rb-db/b@10:30"_s << u""_s << -1.0 << u"db"_s << 1.5 << u"miss"_s;
    QTest::newRow("later unverified step does not count")
        << db << u"rb-db/b@09:50 rb-db/c@11:00"_s << u""_s << -1.0 << u"db"_s << (50.0 / 60)
        << u"pass"_s;
    QTest::newRow("other steps only: not measured")
        << db << u"rb-db/a@09:10 rb-db/c@09:20"_s << u""_s << -1.0 << u"db"_s << -1.0
        << u"not measured"_s;
    QTest::newRow("pause left out")
        << db << u"rb-db/b@10:30"_s << u"09:30-10:00"_s << -1.0 << u"db"_s << 1.0 << u"pass"_s;
    QTest::newRow("pause after the finish changes nothing")
        << db << u"rb-db/b@09:30"_s << u"10:00-10:30"_s << -1.0 << u"db"_s << 0.5 << u"pass"_s;
    QTest::newRow("pause across the finish counts up to it")
        << db << u"rb-db/b@09:40"_s << u"09:30-"_s << -1.0 << u"db"_s << 0.5 << u"pass"_s;
    QTest::newRow("entered value wins")
        << db << u"rb-db/b@09:30"_s << u""_s << 2.5 << u"db"_s << 2.5 << u"miss"_s;
    QTest::newRow("two runbooks: the later finish")
        << QStringList{QStringLiteral("rb-db"), QStringLiteral("rb-db2")}
        << u"rb-db/b@09:40 rb-db2/y@10:12"_s << u""_s << -1.0 << u"db"_s << 1.2 << u"miss"_s;
    QTest::newRow("no verification: last step")
        << QStringList{QStringLiteral("rb-app")} << u"rb-app/p@09:30 rb-app/q@10:30"_s << u""_s
        << -1.0 << u"app"_s << 1.5 << u"pass"_s;
    QTest::newRow("service without target")
        << QStringList{QStringLiteral("rb-app")} << u"rb-app/q@09:30"_s << u""_s << -1.0 << u"dc"_s
        << -1.0 << u""_s;
}

void tst_Exercises::measuredRto()
{
    QFETCH(QStringList, runbooks);
    QFETCH(QString, log);
    QFETCH(QString, pauses);
    QFETCH(double, entered);
    QFETCH(QString, service);
    QFETCH(double, expected);
    QFETCH(QString, verdict);
    Plan p = plan();
    if (service == QLatin1String("dc"))
        p.services[2].rtoHours.reset();
    Exercise e = declared(runbooks);
    if (service == QLatin1String("dc"))
        e.services = {QStringLiteral("dc")};
    addLog(e, log);
    addPauses(e, pauses);
    if (entered >= 0)
        e.results = {{service, entered, std::nullopt, std::nullopt, QString()}};
    QVERIFY2(checkExercise(e).isEmpty(), qPrintable(describeProblems(e.id, checkExercise(e))));
    const ServiceMeasure m = measureOf(p, e, service);
    QCOMPARE(m.service, service);
    if (expected < 0) {
        QVERIFY(!m.measuredRto);
        QCOMPARE(m.rto, Verdict::NotMeasured);
        return;
    }
    QVERIFY(m.measuredRto);
    QVERIFY2(qAbs(*m.measuredRto - expected) < 1e-9, qPrintable(QString::number(*m.measuredRto)));
    QCOMPARE(m.rtoEntered, entered >= 0);
    QCOMPARE(toDisplayString(m.rto), verdict);
}

void tst_Exercises::measuredRpo_data()
{
    QTest::addColumn<QString>("dataLossAt"); // empty: none
    QTest::addColumn<double>("entered");     // < 0: none
    QTest::addColumn<double>("expected");    // < 0: not measured
    QTest::addColumn<QString>("verdict");
    QTest::newRow("six minutes lost") << at(QStringLiteral("08:54")) << -1.0 << 0.1 << u"pass"_s;
    QTest::newRow("exactly the target") << at(QStringLiteral("08:45")) << -1.0 << 0.25 << u"pass"_s;
    QTest::newRow("an hour lost") << at(QStringLiteral("08:00")) << -1.0 << 1.0 << u"miss"_s;
    QTest::newRow("nothing lost") << at(QStringLiteral("09:00")) << -1.0 << 0.0 << u"pass"_s;
    QTest::newRow("newer than the declaration is no loss")
        << at(QStringLiteral("09:05")) << -1.0 << 0.0 << u"pass"_s;
    QTest::newRow("entered hours win") << at(QStringLiteral("08:00")) << 0.2 << 0.2 << u"pass"_s;
    QTest::newRow("nothing entered") << QString() << -1.0 << -1.0 << u"not measured"_s;
}

void tst_Exercises::measuredRpo()
{
    QFETCH(QString, dataLossAt);
    QFETCH(double, entered);
    QFETCH(double, expected);
    QFETCH(QString, verdict);
    Exercise e = declared({QStringLiteral("rb-db")});
    ExerciseResult r;
    r.service = QStringLiteral("db");
    if (!dataLossAt.isEmpty())
        r.dataLossAt = dataLossAt;
    if (entered >= 0)
        r.measuredRpoHours = entered;
    e.results = {r};
    QVERIFY(checkExercise(e).isEmpty());
    const ServiceMeasure m = measureOf(plan(), e, QStringLiteral("db"));
    QCOMPARE(toDisplayString(m.rpo), verdict);
    if (expected < 0) {
        QVERIFY(!m.measuredRpo);
        return;
    }
    QVERIFY(m.measuredRpo);
    QVERIFY2(qAbs(*m.measuredRpo - expected) < 1e-9, qPrintable(QString::number(*m.measuredRpo)));
    QCOMPARE(m.rpoEntered, entered >= 0);
}

void tst_Exercises::scopeAndElapsed()
{
    const Plan p = plan();
    Exercise e = declared({QStringLiteral("rb-app"), QStringLiteral("rb-db"),
                           QStringLiteral("rb-db2"), QStringLiteral("gone")});
    e.services = {QStringLiteral("dc"), QStringLiteral("db")};
    QCOMPARE(servicesInScope(p, e),
             (QStringList{QStringLiteral("app"), QStringLiteral("db"), QStringLiteral("dc")}));
    addPauses(e, QStringLiteral("09:10-09:20 09:40-"));
    const QDateTime now = exerciseTime(at(QStringLiteral("10:00")));
    // 60 minutes since the declaration, 10 paused, and paused again since 09:40.
    QCOMPARE(elapsedHours(e, now), 0.5);
    QCOMPARE(exerciseStatus(e), ExerciseStatus::Paused);
    e.pauses.last().resumedAt = at(QStringLiteral("09:50"));
    e.endedAt = at(QStringLiteral("10:20"));
    QCOMPARE(exerciseStatus(e), ExerciseStatus::Ended);
    QCOMPARE(elapsedHours(e, now.addDays(1)), 1.0); // the clock stops at the end
    Exercise planned = e;
    planned.declaredAt.reset();
    planned.endedAt.reset();
    planned.pauses.clear();
    QCOMPARE(exerciseStatus(planned), ExerciseStatus::Planned);
    QCOMPARE(elapsedHours(planned, now), 0.0);
}

void tst_Exercises::liveStanding()
{
    ServiceMeasure m;
    m.rtoTarget = 2;
    QCOMPARE(rtoStanding(m, 1.0), RtoStanding::WithinTarget);
    QCOMPARE(rtoStanding(m, 1.5), RtoStanding::Approaching);
    QCOMPARE(rtoStanding(m, 2.0), RtoStanding::Approaching);
    QCOMPARE(rtoStanding(m, 2.01), RtoStanding::Beyond);
    m.measuredRto = 1.9;
    m.rto = Verdict::Pass;
    QCOMPARE(rtoStanding(m, 5), RtoStanding::Recovered);
    m.measuredRto = 2.5;
    m.rto = Verdict::Miss;
    QCOMPARE(rtoStanding(m, 5), RtoStanding::RecoveredLate);
    ServiceMeasure none;
    QCOMPARE(rtoStanding(none, 100), RtoStanding::NoTarget);
}

void tst_Exercises::liveActions()
{
    const Plan p = plan();
    Exercise e;
    e.id = QStringLiteral("ex");
    e.title = QStringLiteral("Live");
    e.date = Day;
    e.runbooks = {QStringLiteral("rb-db")};
    QString error;
    QVERIFY2(declareExercise(e, at(QStringLiteral("09:00")), &error), qPrintable(error));
    QVERIFY2(startStep(e, QStringLiteral("rb-db"), QStringLiteral("a"), at(QStringLiteral("09:01")),
                       QStringLiteral("Ravi"), &error),
             qPrintable(error));
    QVERIFY(finishStep(e, QStringLiteral("rb-db"), QStringLiteral("a"), at(QStringLiteral("09:10")),
                       QString(), &error));
    QVERIFY(pauseExercise(e, at(QStringLiteral("09:15")), &error));
    QVERIFY(resumeExercise(e, at(QStringLiteral("09:45")), &error));
    // Finishing a step nobody reported starting starts it then.
    QVERIFY(finishStep(e, QStringLiteral("rb-db"), QStringLiteral("b"), at(QStringLiteral("10:00")),
                       QStringLiteral("Mia"), &error));
    QVERIFY(setStepNote(e, QStringLiteral("rb-db"), QStringLiteral("b"),
                        QStringLiteral("DNS by hand"), &error));
    QVERIFY(addTimelineNote(e, at(QStringLiteral("10:01")), QStringLiteral("Bridge call ended"),
                            QStringLiteral("Dana"), &error));
    QVERIFY(endExercise(e, at(QStringLiteral("10:05")), &error));
    QVERIFY2(checkExercise(e).isEmpty(), qPrintable(describeProblems(e.id, checkExercise(e))));

    QCOMPARE(e.log.size(), 3);
    const ExerciseLogEntry *a = logEntry(e, QStringLiteral("rb-db"), QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->startedAt, at(QStringLiteral("09:01")));
    QCOMPARE(*a->finishedAt, at(QStringLiteral("09:10")));
    QCOMPARE(a->reportedBy, QStringLiteral("Ravi"));
    const ExerciseLogEntry *b = logEntry(e, QStringLiteral("rb-db"), QStringLiteral("b"));
    QCOMPARE(b->startedAt, at(QStringLiteral("10:00")));
    QCOMPARE(b->note, QStringLiteral("DNS by hand"));
    QVERIFY(e.log.at(2).isNote());
    // 60 minutes to b's finish, 30 of them paused.
    QCOMPARE(*measureOf(p, e, QStringLiteral("db")).measuredRto, 0.5);
    QCOMPARE(measureOf(p, e, QStringLiteral("db")).verifiedByStep, QStringLiteral("b"));
}

void tst_Exercises::refusals()
{
    Exercise e;
    e.id = QStringLiteral("ex");
    e.title = QStringLiteral("Live");
    e.date = Day;
    QString error;
    const QString rb = QStringLiteral("rb-db");
    QVERIFY(!startStep(e, rb, QStringLiteral("a"), at(QStringLiteral("09:00")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("not been declared")), qPrintable(error));
    QVERIFY(!declareExercise(e, QStringLiteral("nine o'clock"), &error));
    QVERIFY2(error.contains(QLatin1String("nine o'clock")), qPrintable(error));
    QVERIFY(declareExercise(e, at(QStringLiteral("09:00")), &error));
    QVERIFY(!declareExercise(e, at(QStringLiteral("09:05")), &error));
    QVERIFY(!startStep(e, rb, QStringLiteral("a"), at(QStringLiteral("08:59")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("before the exercise was declared")), qPrintable(error));
    QVERIFY(startStep(e, rb, QStringLiteral("a"), at(QStringLiteral("09:01")), {}, &error));
    QVERIFY(!startStep(e, rb, QStringLiteral("a"), at(QStringLiteral("09:02")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("already started")), qPrintable(error));
    QVERIFY(!finishStep(e, rb, QStringLiteral("a"), at(QStringLiteral("09:00")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("before the step started")), qPrintable(error));
    QVERIFY(!resumeExercise(e, at(QStringLiteral("09:03")), &error));
    QVERIFY(pauseExercise(e, at(QStringLiteral("09:05")), &error));
    QVERIFY(!finishStep(e, rb, QStringLiteral("a"), at(QStringLiteral("09:06")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("paused")), qPrintable(error));
    QVERIFY(!resumeExercise(e, at(QStringLiteral("09:04")), &error));
    QVERIFY(!setStepNote(e, rb, QStringLiteral("zz"), QStringLiteral("x"), &error));
    QVERIFY(!addTimelineNote(e, at(QStringLiteral("09:06")), QStringLiteral("  "), {}, &error));
    QVERIFY(endExercise(e, at(QStringLiteral("09:30")), &error));
    QVERIFY(!endExercise(e, at(QStringLiteral("09:31")), &error));
    QVERIFY(!startStep(e, rb, QStringLiteral("b"), at(QStringLiteral("09:31")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("ended")), qPrintable(error));
    // Ending while paused closes the pause; the exercise is still valid.
    QCOMPARE(*e.pauses.last().resumedAt, at(QStringLiteral("09:30")));
    QVERIFY(checkExercise(e).isEmpty());

    // What the file cannot hold is refused by validation too.
    Exercise bad = e;
    bad.log.append(bad.log.first());
    QVERIFY(describeProblems(bad.id, checkExercise(bad)).contains(QLatin1String("repeats step")));
    bad = e;
    bad.pauses.prepend({at(QStringLiteral("09:02")), std::nullopt});
    QVERIFY(!checkExercise(bad).isEmpty());
    bad = e;
    bad.endedAt = at(QStringLiteral("08:00"));
    QVERIFY(!checkExercise(bad).isEmpty());
    bad = e;
    bad.log.append({rb, QString(), at(QStringLiteral("09:10")), std::nullopt, {}, {}});
    QVERIFY(!checkExercise(bad).isEmpty());
    bad = e;
    bad.actions = {{QStringLiteral("a1"),
                    QStringLiteral("Fix"),
                    {},
                    std::nullopt,
                    ActionStatus::Open,
                    std::nullopt,
                    QStringLiteral("2026-04-01")}};
    QVERIFY(describeProblems(bad.id, checkExercise(bad)).contains(QLatin1String("closed")));
}

void tst_Exercises::corrections()
{
    Exercise e = declared({QStringLiteral("rb-db")});
    addLog(e, QStringLiteral("rb-db/b@10:30"));
    const Exercise before = e;
    QString error;
    const QString rb = QStringLiteral("rb-db");
    const QString b = QStringLiteral("b");
    QVERIFY(!correctTimestamp(e, rb, b, QStringLiteral("finishedAt"), at(QStringLiteral("09:50")),
                              QStringLiteral("Dana"), at(QStringLiteral("11:00")), QString(),
                              &error));
    QVERIFY2(error.contains(QLatin1String("why")), qPrintable(error));
    QVERIFY(!correctTimestamp(e, rb, b, QStringLiteral("finishedAt"), at(QStringLiteral("09:50")),
                              QString(), at(QStringLiteral("11:00")), QStringLiteral("late"),
                              &error));
    QVERIFY(!correctTimestamp(e, rb, b, QStringLiteral("finishedAt"), at(QStringLiteral("08:50")),
                              QStringLiteral("Dana"), at(QStringLiteral("11:00")),
                              QStringLiteral("late"), &error));
    QVERIFY(!correctTimestamp(e, rb, b, QStringLiteral("note"), at(QStringLiteral("09:50")),
                              QStringLiteral("Dana"), at(QStringLiteral("11:00")),
                              QStringLiteral("late"), &error));
    QCOMPARE(e, before); // refusals change nothing
    QVERIFY2(correctTimestamp(e, rb, b, QStringLiteral("finishedAt"), at(QStringLiteral("09:50")),
                              QStringLiteral("Dana"), at(QStringLiteral("11:00")),
                              QStringLiteral("Reported 40 min late"), &error),
             qPrintable(error));
    QCOMPARE(*logEntry(e, rb, b)->finishedAt, at(QStringLiteral("09:50")));
    QCOMPARE(e.corrections.size(), 1);
    const TimestampCorrection &c = e.corrections.constFirst();
    QCOMPARE(c.original, at(QStringLiteral("10:30")));
    QCOMPARE(c.corrected, at(QStringLiteral("09:50")));
    QCOMPARE(c.by, QStringLiteral("Dana"));
    QCOMPARE(c.reason, QStringLiteral("Reported 40 min late"));
    QVERIFY(checkExercise(e).isEmpty());
    QCOMPARE(*measureOf(plan(), e, QStringLiteral("db")).measuredRto, 50.0 / 60);
}

void tst_Exercises::testsDueFromPolicy()
{
    Plan p = plan();
    // db: tier 0 assigned; dc: tier 0 required through db; app: no tier, no policy.
    const QDate today(2026, 11, 27);
    Exercise old = declared({QStringLiteral("rb-db")});
    old.id = QStringLiteral("old");
    old.date = QStringLiteral("2025-10-01");
    Exercise recent = declared({});
    recent.id = QStringLiteral("recent");
    recent.date = QStringLiteral("2026-02-01");
    recent.services = {QStringLiteral("dc")};
    Exercise planned;
    planned.id = QStringLiteral("planned");
    planned.title = QStringLiteral("Next");
    planned.date = QStringLiteral("2026-12-10");
    planned.runbooks = {QStringLiteral("rb-db")};
    p.exercises = {old, recent, planned};
    const QList<TestDue> due = testsDue(p, today);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).service, QStringLiteral("db")); // overdue first
    QVERIFY(due.at(0).overdue);
    QCOMPARE(*due.at(0).lastTested, QDate(2025, 10, 1));
    QCOMPARE(*due.at(0).nextDue, QDate(2026, 10, 1));
    QCOMPARE(*due.at(0).planned, QDate(2026, 12, 10));
    QCOMPARE(due.at(0).lastExercise, QStringLiteral("old"));
    QCOMPARE(due.at(1).service, QStringLiteral("dc"));
    QCOMPARE(due.at(1).tier, 0);
    QVERIFY(!due.at(1).overdue);
    QCOMPARE(*due.at(1).nextDue, QDate(2027, 2, 1));

    p.exercises = {planned}; // never tested: due now
    const QList<TestDue> never = testsDue(p, today);
    QVERIFY(never.at(0).overdue && !never.at(0).nextDue && !never.at(0).lastTested);
    for (TierRule &rule : p.tierPolicy.tiers)
        rule.testEveryMonths.reset();
    QVERIFY(testsDue(p, today).isEmpty()); // no policy, nothing due
}

void tst_Exercises::actionsCarryAcrossExercises()
{
    Plan p = plan();
    Exercise first = declared({});
    first.id = QStringLiteral("first");
    first.date = QStringLiteral("2026-01-10");
    first.actions = {{QStringLiteral("a1"), QStringLiteral("Automate DNS"), QStringLiteral("Net"),
                      QStringLiteral("2026-03-01"), ActionStatus::Open, std::nullopt, std::nullopt},
                     {QStringLiteral("a2"), QStringLiteral("Fix alert"), QStringLiteral("Ops"),
                      QStringLiteral("2026-02-01"), ActionStatus::Done, std::nullopt,
                      QStringLiteral("2026-01-20")}};
    Exercise second = declared({});
    second.id = QStringLiteral("second");
    second.date = QStringLiteral("2026-06-10");
    second.actions = {{QStringLiteral("b1"), QStringLiteral("Runbook owners"),
                       QStringLiteral("Dana"), QStringLiteral("2026-12-31"), ActionStatus::Open,
                       std::nullopt, std::nullopt}};
    p.exercises = {first, second};
    const QDate today(2026, 11, 27);
    const QList<ActionRef> actions = allActions(p, today);
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0).action.id, QStringLiteral("a1")); // open and overdue first
    QVERIFY(actions.at(0).overdue);
    QCOMPARE(actions.at(0).exercise, QStringLiteral("first"));
    QCOMPARE(actions.at(1).action.id, QStringLiteral("b1"));
    QVERIFY(!actions.at(1).overdue);
    QCOMPARE(actions.at(2).action.id, QStringLiteral("a2"));
    QVERIFY(!actions.at(2).overdue); // done is never overdue

    const QList<ActionCount> counts = actionsOverTime(p, today);
    QCOMPARE(counts.size(), 4); // 01-10, 01-20, 06-10, today
    QCOMPARE(counts.at(0).date, QDate(2026, 1, 10));
    QCOMPARE(counts.at(0).open, 2);
    QCOMPARE(counts.at(0).closed, 0);
    QCOMPARE(counts.at(1).open, 1);
    QCOMPARE(counts.at(1).closed, 1);
    QCOMPARE(counts.at(2).open, 2);
    QCOMPARE(counts.at(3).date, today);
    QCOMPARE(counts.at(3).open, 2);
    QCOMPARE(counts.at(3).closed, 1);
}

QTEST_GUILESS_MAIN(tst_Exercises)
#include "tst_exercises.moc"
