// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents against the plan (product/13-incidents-slos.md): the downtime through the cascade and
// the error budgets agree with brute-force twins that walk time minute by minute, straight from
// the words of the specification; the history finds breaches, unrealistic RTOs and recurring
// failures; post-mortems fall due by business days.
#include "analysis/Dora.h"
#include "analysis/Downtime.h"
#include "analysis/ErrorBudget.h"
#include "analysis/ExerciseResults.h"
#include "analysis/IncidentHistory.h"
#include "domain/Plan.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <random>
#include <set>

using namespace Continuity;

namespace {

constexpr qint64 Minute = 60 * 1000;
// 2026-03-01T00:00:00Z: the origin of the random incidents' minutes.
const qint64 Origin =
    QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QString at(int minute)
{
    return isoInstant(Origin + minute * Minute);
}

// A random graph of 1..10 nodes with hard, soft and grouped dependencies, cycles allowed.
Plan randomPlan(std::mt19937 &rng)
{
    Plan plan = Plan::empty();
    const int n = 1 + int(rng() % 10);
    for (int i = 0; i < n; ++i) {
        Service s;
        s.id = s.name = QStringLiteral("n%1").arg(i);
        s.tier = int(rng() % 4);
        s.rtoHours = double(rng() % 3);
        plan.services.append(s);
    }
    auto id = [](int i) { return QStringLiteral("n%1").arg(i); };
    std::set<std::pair<int, int>> used;
    for (int c = 0; c < n; ++c) {
        if (rng() % 3 == 0) {
            std::vector<int> members;
            for (int m = 0; m < 3; ++m) {
                const int p = int(rng() % n);
                if (p != c && !used.count({c, p})) {
                    used.insert({c, p});
                    members.push_back(p);
                }
            }
            if (!members.empty()) {
                plan.groups.append({id(c), QStringLiteral("g"), 1 + int(rng() % members.size())});
                for (int p : members)
                    plan.dependencies.append({id(c), id(p), Strength::Hard, QStringLiteral("g")});
            }
        }
        for (int k = int(rng() % 3); k > 0; --k) {
            const int p = int(rng() % n);
            if (p == c || used.count({c, p}))
                continue;
            used.insert({c, p});
            plan.dependencies.append(
                {id(c), id(p), rng() % 3 ? Strength::Hard : Strength::Soft, {}});
        }
    }
    return plan;
}

// 1..4 incidents between minute 0 and 600; entries down or degraded, some with their own
// from/to, some incidents never restored (they run until `until`).
QList<Incident> randomIncidents(std::mt19937 &rng, int nodes)
{
    QList<Incident> incidents;
    const int count = 1 + int(rng() % 4);
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.id = QStringLiteral("INC%1").arg(i);
        incident.title = incident.id;
        const int start = int(rng() % 500);
        incident.startedAt = at(start);
        const int end = start + 1 + int(rng() % 200);
        if (rng() % 5)
            incident.restoredAt = at(end);
        for (int k = 1 + int(rng() % 3); k > 0; --k) {
            AffectedNode a;
            a.node = QStringLiteral("n%1").arg(rng() % nodes);
            a.state = rng() % 3 ? AffectedState::Down : AffectedState::Degraded;
            if (rng() % 3 == 0) {
                const int from = start + int(rng() % 60);
                a.from = at(from);
                a.to = at(from + int(rng() % 90));
            }
            incident.affected.append(a);
        }
        incidents.append(incident);
    }
    return incidents;
}

// PRODUCT §3 Cascade applied plainly, starting from the listed nodes down and degraded.
std::vector<NodeState> bruteCascade(const GraphSnapshot &g, const std::set<int> &down,
                                    const std::set<int> &degraded)
{
    const int n = g.nodeCount();
    std::vector<NodeState> state(n, NodeState::Up);
    for (int s : degraded)
        state[s] = NodeState::Degraded;
    for (int s : down)
        state[s] = NodeState::Down;
    for (bool changed = true; changed;) {
        changed = false;
        for (int c = 0; c < n; ++c) {
            NodeState want = state[c];
            std::vector<int> downIn(g.groups().size(), 0), notUpIn(g.groups().size(), 0);
            for (const auto &e : g.edges()) {
                if (e.consumer != c)
                    continue;
                const NodeState p = state[e.provider];
                if (e.kind == GraphSnapshot::EdgeKind::Hard)
                    want = std::max(want, p);
                else if (e.kind == GraphSnapshot::EdgeKind::Soft && p != NodeState::Up)
                    want = std::max(want, NodeState::Degraded);
                else if (e.kind == GraphSnapshot::EdgeKind::Group) {
                    downIn[e.group] += p == NodeState::Down;
                    notUpIn[e.group] += p != NodeState::Up;
                }
            }
            for (std::size_t gi = 0; gi < g.groups().size(); ++gi) {
                const auto &grp = g.groups()[gi];
                if (grp.consumer != c)
                    continue;
                if (grp.size - downIn[gi] < grp.quorum)
                    want = NodeState::Down;
                else if (grp.size - notUpIn[gi] < grp.quorum)
                    want = std::max(want, NodeState::Degraded);
            }
            if (want > state[c]) {
                state[c] = want;
                changed = true;
            }
        }
    }
    return state;
}

// Per minute 0..`minutes`: each node's state, from the incidents as the specification reads.
std::vector<std::vector<NodeState>>
bruteStates(const GraphSnapshot &g, const QList<Incident> &incidents, int minutes, qint64 until)
{
    std::vector<std::vector<NodeState>> states;
    for (int m = 0; m < minutes; ++m) {
        const qint64 t = Origin + m * Minute;
        std::set<int> down, degraded;
        for (const Incident &incident : incidents) {
            for (int i = 0; i < int(incident.affected.size()); ++i) {
                const std::optional<TimeSpan> span = affectedSpan(incident, i, until);
                if (span && span->from <= t && t < span->to) {
                    const int node = g.indexOf(incident.affected.at(i).node);
                    (incident.affected.at(i).state == AffectedState::Down ? down : degraded)
                        .insert(node);
                }
            }
        }
        states.push_back(bruteCascade(g, down, degraded));
    }
    return states;
}

} // namespace

class tst_Incidents : public QObject
{
    Q_OBJECT

private slots:
    void aProcessIsDownWhileTheDatabaseItNeedsIsDown();
    void downtimeAgreesWithMinuteByMinute();
    void errorBudgetsAgreeWithMinuteByMinute();
    void calendarWindowsFollowThePlansTimeZone();
    void historyFindsBreachesAndRecurringFailures();
    void postmortemsFallDueByBusinessDays();
    void postmortemActionsJoinTheOneRegister();
    void doraClassifiesFromWhatThePlanKnows();
    void anSloBeyondTheGraphIsInfeasible();
};

void tst_Incidents::aProcessIsDownWhileTheDatabaseItNeedsIsDown()
{
    Plan plan = Plan::empty();
    Process pay;
    pay.id = pay.name = QStringLiteral("pay");
    pay.rtoHours = 0.5;
    plan.processes.append(pay);
    Service db;
    db.id = db.name = QStringLiteral("db");
    plan.services.append(db);
    plan.dependencies.append({QStringLiteral("pay"), QStringLiteral("db"), Strength::Hard, {}});
    Incident incident;
    incident.id = QStringLiteral("INC0001");
    incident.title = QStringLiteral("Database down");
    incident.startedAt = QStringLiteral("2026-03-04T10:00:00+01:00");
    incident.restoredAt = QStringLiteral("2026-03-04T11:00:00+01:00");
    incident.affected.append({QStringLiteral("db"), AffectedState::Down, {}, {}});
    plan.incidents.append(incident);
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const Downtime d = Downtime::compute(g, plan.incidents, Origin + 100LL * 24 * 60 * Minute);
    const int p = g.indexOf(QStringLiteral("pay"));
    QCOMPARE(d.down(p).size(), std::size_t(1));
    QCOMPARE(d.down(p).front().length(), 60 * Minute);
    QCOMPARE(isoInstant(d.down(p).front().from), QStringLiteral("2026-03-04T09:00:00Z"));
    QVERIFY(d.listedDown(p).empty()); // nobody listed the process
    QCOMPARE(d.listedDown(g.indexOf(QStringLiteral("db"))).size(), std::size_t(1));

    const IncidentHistory h =
        incidentHistory(plan, g, d, {Origin, Origin + 365LL * 24 * 60 * Minute});
    QCOMPARE(h.breaches.size(), std::size_t(1)); // 1 h down against an RTO of 30 min
    QVERIFY(h.breaches.front().kind == TargetBreach::Kind::Rto);
    QCOMPARE(h.breaches.front().node, p);
    QCOMPARE(h.breaches.front().incident, QStringLiteral("INC0001"));
}

void tst_Incidents::downtimeAgreesWithMinuteByMinute()
{
    std::mt19937 rng(20261205);
    for (int round = 0; round < 400; ++round) {
        const Plan plan = randomPlan(rng);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        const QList<Incident> incidents = randomIncidents(rng, g.nodeCount());
        const qint64 until = Origin + 650 * Minute;
        const Downtime d = Downtime::compute(g, incidents, until);
        const int minutes = 800;
        const auto states = bruteStates(g, incidents, minutes, until);
        for (int node = 0; node < g.nodeCount(); ++node) {
            // Whole range and a random window.
            const int a = int(rng() % minutes);
            const int b = a + int(rng() % (minutes - a + 1));
            for (const auto &[from, to] : {std::pair{0, minutes}, std::pair{a, b}}) {
                qint64 down = 0, notUp = 0;
                for (int m = from; m < to; ++m) {
                    down += states[m][node] == NodeState::Down;
                    notUp += states[m][node] != NodeState::Up;
                }
                const qint64 gotDown =
                    Downtime::measure(d.down(node), Origin + from * Minute, Origin + to * Minute);
                const qint64 gotNotUp =
                    Downtime::measure(d.notUp(node), Origin + from * Minute, Origin + to * Minute);
                if (gotDown != down * Minute || gotNotUp != notUp * Minute)
                    QFAIL(qPrintable(QStringLiteral("round %1, node %2, [%3, %4): down %5 min, "
                                                    "expected %6; not up %7, expected %8")
                                         .arg(round)
                                         .arg(node)
                                         .arg(from)
                                         .arg(to)
                                         .arg(gotDown / Minute)
                                         .arg(down)
                                         .arg(gotNotUp / Minute)
                                         .arg(notUp)));
            }
            // Episodes are maximal: sorted, disjoint, never touching.
            const auto &episodes = d.down(node);
            for (std::size_t i = 1; i < episodes.size(); ++i)
                QVERIFY(episodes[i - 1].to < episodes[i].from);
        }
    }
}

void tst_Incidents::errorBudgetsAgreeWithMinuteByMinute()
{
    std::mt19937 rng(42);
    int exhausted = 0;
    for (int round = 0; round < 300; ++round) {
        Plan plan = randomPlan(rng);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        plan.incidents = randomIncidents(rng, g.nodeCount());
        const int node = int(rng() % g.nodeCount());
        Slo slo;
        slo.node = g.id(node);
        slo.window = QStringLiteral("1d");
        slo.degradedCounts = rng() % 2;
        // A budget of 14.4 to 144 minutes a day.
        slo.objective = 99.0 + double(rng() % 10) / 10.0;
        plan.slos = {slo};
        const int a = 100 + int(rng() % 600); // the evaluation minute
        const qint64 atMs = Origin + a * Minute;
        const Downtime d = Downtime::compute(g, plan.incidents, atMs);
        const SloReport report = evaluateSlos(plan, g, d, atMs);
        QCOMPARE(report.slos.size(), std::size_t(1));
        const SloStanding &s = report.slos.front();

        const auto states = bruteStates(g, plan.incidents, a, atMs);
        auto bad = [&](int m) {
            return m >= 0 && m < a &&
                   (slo.degradedCounts ? states[m][node] != NodeState::Up
                                       : states[m][node] == NodeState::Down);
        };
        const double budget = (1 - *slo.objective / 100) * 1440;
        int badMinutes = 0;
        for (int m = a - 1440; m < a; ++m)
            badMinutes += bad(m);
        QCOMPARE(s.badMinutes, double(badMinutes));
        QVERIFY(qAbs(s.budgetMinutes - budget) < 1e-6);
        int lastHour = 0;
        for (int m = a - 60; m < a; ++m)
            lastHour += bad(m);
        QVERIFY(qAbs(s.burn1h - lastHour / 60.0 / (1 - *slo.objective / 100)) < 1e-6);
        QCOMPARE(s.status == BudgetStatus::Exhausted, badMinutes >= budget);
        if (s.status != BudgetStatus::Exhausted) {
            QVERIFY(!s.freezeUntil);
            continue;
        }
        ++exhausted;
        QVERIFY(s.freezeUntil);
        // The first whole minute t >= a at which the bad time before a inside [t - 1 day, t)
        // is below the budget; the exact instant lies in the minute before it.
        int t = a;
        for (;; ++t) {
            int inWindow = 0;
            for (int m = t - 1440; m < a; ++m)
                inWindow += bad(m);
            if (inWindow < budget)
                break;
        }
        const double freeze = double(*s.freezeUntil - Origin) / Minute;
        QVERIFY2(freeze > t - 1 - 1e-9 && freeze <= t + 1e-9,
                 qPrintable(QStringLiteral("round %1: freeze at minute %2, scan says %3")
                                .arg(round)
                                .arg(freeze)
                                .arg(t)));
    }
    QVERIFY(exhausted > 10); // the comparison saw freezes, not only healthy budgets
}

void tst_Incidents::calendarWindowsFollowThePlansTimeZone()
{
    // October 2026 in Berlin: 31 days and the hour summer time gives back.
    const qint64 atMs =
        QDateTime(QDate(2026, 10, 20), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const TimeSpan month =
        calendarWindow(QStringLiteral("month"), atMs, QStringLiteral("Europe/Berlin"));
    QCOMPARE(isoInstant(month.from), QStringLiteral("2026-09-30T22:00:00Z"));
    QCOMPARE(isoInstant(month.to), QStringLiteral("2026-10-31T23:00:00Z"));
    QCOMPARE(month.length(), (31 * 24 + 1) * 60 * Minute);
    const TimeSpan quarter = calendarWindow(QStringLiteral("quarter"), atMs, QStringLiteral("UTC"));
    QCOMPARE(isoInstant(quarter.from), QStringLiteral("2026-10-01T00:00:00Z"));
    QCOMPARE(isoInstant(quarter.to), QStringLiteral("2027-01-01T00:00:00Z"));

    // A calendar SLO: the budget over the whole month, bad time from its start; no freeze date.
    Plan plan = Plan::empty();
    plan.incidentPolicy.timeZone = QStringLiteral("Europe/Berlin");
    Service s;
    s.id = s.name = QStringLiteral("api");
    s.tier = 0;
    plan.services.append(s);
    plan.slos.append({QStringLiteral("api"), std::nullopt, QStringLiteral("month"), false});
    Incident incident;
    incident.id = incident.title = QStringLiteral("INC1");
    incident.startedAt = QStringLiteral("2026-10-05T10:00:00Z");
    incident.restoredAt = QStringLiteral("2026-10-05T11:00:00Z");
    incident.affected.append({QStringLiteral("api"), AffectedState::Down, {}, {}});
    plan.incidents.append(incident);
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const SloReport report =
        evaluateSlos(plan, g, Downtime::compute(g, plan.incidents, atMs), atMs);
    QCOMPARE(report.slos.size(), std::size_t(1));
    const SloStanding &standing = report.slos.front();
    QVERIFY(standing.objectiveFromTier);
    QCOMPARE(standing.objective, 99.95); // tier 0's shipped default
    QVERIFY(qAbs(standing.budgetMinutes - 0.0005 * (31 * 24 + 1) * 60) < 1e-6);
    QCOMPARE(standing.badMinutes, 60.0);
    QVERIFY(standing.status == BudgetStatus::Exhausted);
    QVERIFY(!standing.freezeUntil);
}

void tst_Incidents::historyFindsBreachesAndRecurringFailures()
{
    Plan plan = Plan::empty();
    Service dns;
    dns.id = dns.name = QStringLiteral("dns");
    dns.rtoHours = 1;
    dns.recoveryHours = 0.5;
    plan.services.append(dns);
    // Three outages of 30, 90 and 120 minutes: the 90th percentile (114 min) is above the RTO;
    // the first two share a capacity cause within six months, the third is months later.
    const struct
    {
        const char *start;
        int minutes;
        FactorCategory category;
    } outages[] = {{"2026-01-10T10:00:00Z", 30, FactorCategory::Capacity},
                   {"2026-03-10T10:00:00Z", 90, FactorCategory::Capacity},
                   {"2026-11-20T10:00:00Z", 120, FactorCategory::Change}};
    int number = 0;
    for (const auto &o : outages) {
        Incident incident;
        incident.id = QStringLiteral("INC%1").arg(++number);
        incident.title = incident.id;
        incident.severity = 2;
        const qint64 start = *instantMs(QLatin1String(o.start));
        incident.startedAt = isoInstant(start);
        incident.restoredAt = isoInstant(start + o.minutes * Minute);
        incident.affected.append({QStringLiteral("dns"), AffectedState::Down, {}, {}});
        incident.factors.append({o.category, QString()});
        plan.incidents.append(incident);
    }
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const qint64 now = *instantMs(QStringLiteral("2026-12-05T00:00:00Z"));
    const Downtime d = Downtime::compute(g, plan.incidents, now);
    const IncidentHistory h = incidentHistory(plan, g, d, {now - 365LL * 24 * 60 * Minute, now});
    QCOMPARE(h.breaches.size(), std::size_t(2)); // 90 and 120 minutes against 60
    QCOMPARE(h.unrealistic.size(), std::size_t(1));
    QCOMPARE(h.unrealistic.front().episodes, 3);
    QVERIFY(qAbs(h.unrealistic.front().p90Hours - 1.9) < 1e-9);
    QCOMPARE(h.recurring.size(), std::size_t(1));
    QCOMPARE(h.recurring.front().incidents,
             (QStringList{QStringLiteral("INC1"), QStringLiteral("INC2")}));
    QCOMPARE(h.recurring.front().category, QStringLiteral("capacity"));
    // The recovery analysis predicts 30 minutes each time; the proposal is the median actual.
    QCOMPARE(h.predictions.size(), std::size_t(3));
    QCOMPARE(h.predictions.front().predictedHours, 0.5);
    QCOMPARE(h.proposals.size(), std::size_t(1));
    QCOMPARE(h.proposals.front().medianHours, 1.5);
    QCOMPARE(h.restoreBySeverity.size(), std::size_t(1));
    QCOMPARE(h.restoreBySeverity.front().medianHours, 1.5);
    int months = 0;
    for (const auto &[month, counts] : h.perMonth)
        months += counts[1];
    QCOMPARE(months, 3);

    // The findings say so, and the post-mortems of the severity-2 incidents are missing.
    const std::vector<Finding> findings = incidentFindings(plan, g, now);
    QStringList kinds;
    for (const Finding &f : findings)
        kinds.append(f.kind);
    QCOMPARE(kinds.count(QStringLiteral("rto-breach")), 2);
    QCOMPARE(kinds.count(QStringLiteral("rto-unrealistic")), 1);
    QCOMPARE(kinds.count(QStringLiteral("recurring-incident")), 1);
    QCOMPARE(kinds.count(QStringLiteral("postmortem-missing")), 3);
    plan.incidents[0].postmortem = Postmortem();
    plan.incidents[1].postmortem = Postmortem();
    plan.incidents[1].postmortem->reviewedOn = QStringLiteral("2026-03-12");
    QStringList after;
    for (const Finding &f : incidentFindings(plan, g, now))
        after.append(f.kind);
    QCOMPARE(after.count(QStringLiteral("postmortem-missing")), 1);
    QCOMPARE(after.count(QStringLiteral("postmortem-overdue")), 1);
}

void tst_Incidents::postmortemsFallDueByBusinessDays()
{
    Plan plan = Plan::empty();
    plan.incidentPolicy.timeZone = QStringLiteral("Europe/Berlin");
    // Restored on Friday 2026-03-06 at 23:30 Berlin time (22:30 UTC).
    const qint64 friday = *instantMs(QStringLiteral("2026-03-06T22:30:00Z"));
    QCOMPARE(postmortemDue(plan, 2, friday), QDate(2026, 3, 13)); // five business days
    QCOMPARE(postmortemDue(plan, 1, friday), QDate(2026, 3, 9));  // three calendar days
    // 00:30 Berlin on Saturday is already the next day there.
    const qint64 saturday = *instantMs(QStringLiteral("2026-03-06T23:30:00Z"));
    QCOMPARE(postmortemDue(plan, 3, saturday), QDate(2026, 3, 13));
}

void tst_Incidents::postmortemActionsJoinTheOneRegister()
{
    Plan plan = Plan::empty();
    Exercise drill;
    drill.id = QStringLiteral("ex");
    drill.title = QStringLiteral("Failover test");
    drill.date = QStringLiteral("2026-02-01");
    drill.actions.append({QStringLiteral("a1"), QStringLiteral("Fix the DNS runbook"), QString(),
                          QStringLiteral("2026-05-01"), ActionStatus::Open, std::nullopt,
                          std::nullopt});
    plan.exercises.append(drill);
    Incident inc;
    inc.id = QStringLiteral("INC0001");
    inc.title = QStringLiteral("Ledger down");
    inc.startedAt = QStringLiteral("2026-03-02T08:00:00Z");
    inc.restoredAt = QStringLiteral("2026-03-03T10:00:00Z");
    inc.postmortem = Postmortem();
    inc.postmortem->actions.append({QStringLiteral("p1"), QStringLiteral("Alert on replica lag"),
                                    ActionKind::Detect, QString(), QStringLiteral("2026-03-10"),
                                    ActionStatus::Open, std::nullopt});
    inc.postmortem->actions.append({QStringLiteral("p2"), QStringLiteral("Second ledger node"),
                                    ActionKind::Prevent, QString(), QStringLiteral("2026-03-20"),
                                    ActionStatus::Done, QStringLiteral("2026-03-15")});
    plan.incidents.append(inc);
    const QList<ActionRef> actions = allActions(plan, QDate(2026, 4, 1));
    QCOMPARE(actions.size(), 3);
    // Open and overdue first: the post-mortem's detect action, raised on the restore date.
    QCOMPARE(actions.at(0).incident, QStringLiteral("INC0001"));
    QVERIFY(actions.at(0).exercise.isEmpty());
    QVERIFY(actions.at(0).overdue);
    QCOMPARE(actions.at(0).raised, QDate(2026, 3, 3));
    QCOMPARE(actions.at(0).exerciseTitle, QStringLiteral("INC0001: Ledger down"));
    QCOMPARE(actions.at(1).exercise, QStringLiteral("ex"));
    QCOMPARE(actions.at(2).action.id, QStringLiteral("p2"));
    // The count over time sees all three.
    const QList<ActionCount> counts = actionsOverTime(plan, QDate(2026, 4, 1));
    QCOMPARE(counts.last().open + counts.last().closed, 3);
    QCOMPARE(counts.last().closed, 1);
}

// docs/dora.md: major when critical services (tier 0/1 processes) are down and the data-loss
// criterion or two others are met; possibly major while unknown criteria could still make it so;
// recurring incidents, none major alone, assessed together; the clocks from detection.
void tst_Incidents::doraClassifiesFromWhatThePlanKnows()
{
    Plan plan = Plan::empty();
    plan.incidentPolicy.financialEntity = true;
    Process pay;
    pay.id = QStringLiteral("pay");
    pay.name = QStringLiteral("Take payments");
    pay.tier = 0;
    plan.processes.append(pay);
    Process archive;
    archive.id = QStringLiteral("archive");
    archive.name = QStringLiteral("Archive letters");
    archive.tier = 3;
    plan.processes.append(archive);
    Service db;
    db.id = db.name = QStringLiteral("db");
    db.kind = ServiceKind::DataStore;
    plan.services.append(db);
    Service printer;
    printer.id = printer.name = QStringLiteral("printer");
    plan.services.append(printer);
    plan.dependencies.append({QStringLiteral("pay"), QStringLiteral("db"), Strength::Hard, {}});
    plan.dependencies.append(
        {QStringLiteral("archive"), QStringLiteral("printer"), Strength::Hard, {}});
    auto incident = [&](const QString &id, const QString &node, int fromMinute, int minutes) {
        Incident i;
        i.id = id;
        i.title = id;
        i.startedAt = at(fromMinute);
        i.detectedAt = at(fromMinute + 10);
        i.restoredAt = at(fromMinute + minutes);
        i.affected.append({node, AffectedState::Down, std::nullopt, std::nullopt});
        return i;
    };
    Incident lost = incident(QStringLiteral("LOST"), QStringLiteral("db"), 0, 30);
    lost.dataLoss.append({QStringLiteral("db"), 0.5});
    Incident paper = incident(QStringLiteral("PAPER"), QStringLiteral("printer"), 100, 48 * 60);
    paper.cost = 1e6;
    Incident costly = incident(QStringLiteral("COSTLY"), QStringLiteral("db"), 5000, 60);
    costly.cost = 200'000;
    Incident long3h = incident(QStringLiteral("LONG"), QStringLiteral("db"), 9000, 180);
    long3h.cost = 150'000;
    Incident first = incident(QStringLiteral("R1"), QStringLiteral("db"), 20'000, 90);
    Incident second = incident(QStringLiteral("R2"), QStringLiteral("db"), 80'000, 90);
    for (Incident *r : {&first, &second}) {
        r->cost = 60'000;
        r->factors.append({FactorCategory::ThirdParty, QStringLiteral("the card network")});
    }
    plan.incidents = {lost, paper, costly, long3h, first, second};
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const qint64 now = Origin + qint64(200'000) * Minute;

    auto verdictOf = [&](const Incident &i) { return classifyIncident(plan, graph, i, now); };
    const DoraClassification a = verdictOf(lost);
    QVERIFY(a.verdict == DoraVerdict::Major);
    QVERIFY(a.criticalServicesAffected);
    QCOMPARE(a.criticalProcesses, QStringList{QStringLiteral("Take payments")});
    QVERIFY(a.criteria[std::size_t(DoraCriterion::DataLosses)].state == CriterionState::Met);
    // Two days down and a million lost, but no critical service: not major.
    const DoraClassification b = verdictOf(paper);
    QVERIFY(b.verdict == DoraVerdict::NotMajor);
    QVERIFY(!b.initialBy);
    // One criterion met, unknown ones could add the second.
    const DoraClassification c = verdictOf(costly);
    QVERIFY(c.verdict == DoraVerdict::PossiblyMajor);
    QVERIFY(c.criteria[std::size_t(DoraCriterion::Economic)].state == CriterionState::Met);
    QVERIFY(c.criteria[std::size_t(DoraCriterion::Duration)].state == CriterionState::NotMet);
    // Down longer than two hours and above 100,000 euro: major, with the clocks from detection.
    const DoraClassification d = verdictOf(long3h);
    QVERIFY(d.verdict == DoraVerdict::Major);
    QCOMPARE(*d.aware, *instantMs(at(9010)));
    QCOMPARE(*d.initialBy - *d.aware, qint64(24) * 60 * Minute);
    QCOMPARE(*d.intermediateBy - *d.initialBy, qint64(72) * 60 * Minute);
    QVERIFY(*d.finalBy - *d.intermediateBy >= qint64(28) * 24 * 60 * Minute);
    // Each recurring one alone is not major; together (3 h down, 120,000 euro) they are.
    QVERIFY(verdictOf(first).verdict != DoraVerdict::Major);
    bool together = false;
    for (const DoraClassification &g : classifyIncidents(plan, graph, now)) {
        if (!g.recurring)
            continue;
        QCOMPARE(g.incidents, (QStringList{QStringLiteral("R1"), QStringLiteral("R2")}));
        QVERIFY(g.verdict == DoraVerdict::Major);
        together = true;
    }
    QVERIFY(together);
    // The draft says whether a business continuity plan was activated.
    QVERIFY(initialNotificationDraft(plan, graph, long3h, d)
                .contains(QLatin1String("Business continuity plan activated: no")));
}

void tst_Incidents::anSloBeyondTheGraphIsInfeasible()
{
    // A process on one server that is down 1 hour in 100: 99.9 % cannot be met; a second
    // server beside it would give 1 - 0.01^2.
    Plan plan = Plan::empty();
    Process pay;
    pay.id = pay.name = QStringLiteral("pay");
    plan.processes.append(pay);
    Service server;
    server.id = server.name = QStringLiteral("server");
    server.mtbfHours = 99;
    server.mttrHours = 1;
    plan.services.append(server);
    plan.dependencies.append({QStringLiteral("pay"), QStringLiteral("server"), Strength::Hard, {}});
    plan.slos.append({QStringLiteral("pay"), 99.9, QStringLiteral("30d"), false});
    const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
    const std::vector<Finding> findings = incidentFindings(plan, g, Origin);
    const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.kind == QLatin1String("slo-infeasible");
    });
    QVERIFY(it != findings.end());
    QCOMPARE(it->subject, QStringLiteral("pay"));
    QCOMPARE(it->related, QStringList{QStringLiteral("server")});
    QVERIFY2(it->message.contains(QLatin1String("99.000 %")), qPrintable(it->message));
    QVERIFY2(it->message.contains(QLatin1String("99.990 %")), qPrintable(it->message));
    plan.slos[0].objective = 98.0;
    for (const Finding &f : incidentFindings(plan, g, Origin))
        QVERIFY(f.kind != QLatin1String("slo-infeasible"));
}

QTEST_GUILESS_MAIN(tst_Incidents)
#include "tst_incidents.moc"
