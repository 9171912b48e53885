// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of product/12-changes.md (docs/benchmarks.md "Changes"): assessing every change of a
// year (5,000 changes, with the conflict search over all of them, freezes and maintenance
// windows) on a 100k-node / 1M-edge plan, printed beside the time of one change alone. It prints
// its figures; it never fails on a timing.
#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "domain/Plan.h"
#include "EnterprisePlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Continuity;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A year of changes on the plan's services: most on one to three applications or data stores,
// some rolling over a cluster, a tenth emergency, a third standard; the first 40 % of the year
// closed with outcomes (the history the probability reads), the rest open and scheduled.
void addYearOfChanges(Plan &plan, int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const qint64 year =
        QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 hour = 3600000;
    std::vector<QString> targets;
    for (const Service &s : plan.services) {
        if (s.kind == ServiceKind::Application || s.kind == ServiceKind::DataStore ||
            s.kind == ServiceKind::Infrastructure)
            targets.push_back(s.id);
    }
    for (int i = 0; i < count; ++i) {
        Change c;
        c.id = QStringLiteral("CHG%1").arg(i, 7, 10, QLatin1Char('0'));
        c.title = c.id;
        const int k = 1 + int(rng() % 3);
        for (int t = 0; t < k; ++t)
            c.targets.append(targets[rng() % targets.size()]);
        c.targets.removeDuplicates();
        c.mode = rng() % 5 == 0 ? ChangeMode::Rolling : ChangeMode::Outage;
        c.changeClass = rng() % 10 == 0  ? ChangeClass::Emergency
                        : rng() % 3 == 0 ? ChangeClass::Standard
                                         : ChangeClass::Normal;
        const qint64 start =
            year + qint64(i) * (365 * 24 * hour / count) + qint64(rng() % 24) * hour;
        c.createdAt = isoInstant(start - qint64(rng() % 20) * 24 * hour);
        c.plannedStart = isoInstant(start);
        c.plannedEnd = isoInstant(start + qint64(1 + rng() % 4) * hour);
        if (rng() % 2)
            c.peerReviewer = QStringLiteral("reviewer");
        if (rng() % 2)
            c.backoutPlan = QStringLiteral("Restore the previous release.");
        if (i < count * 4 / 10) {
            c.state = ChangeState::Closed;
            c.actualEnd = c.plannedEnd;
            c.outcome = rng() % 10 == 0 ? ChangeOutcome::RolledBack : ChangeOutcome::Successful;
        } else {
            c.state = ChangeState::Scheduled;
        }
        plan.changes.append(std::move(c));
    }
    FreezeWindow blackFriday;
    blackFriday.id = QStringLiteral("black-friday");
    blackFriday.name = QStringLiteral("Black Friday");
    blackFriday.start = QStringLiteral("2027-11-19T00:00:00+01:00");
    blackFriday.end = QStringLiteral("2027-12-01T00:00:00+01:00");
    blackFriday.rrule = QStringLiteral("FREQ=YEARLY");
    blackFriday.timeZone = QStringLiteral("Europe/Berlin");
    blackFriday.scope = FreezeScope::MaxTier;
    blackFriday.maxTier = 1;
    plan.freezes.append(blackFriday);
    FreezeWindow weekend;
    weekend.id = QStringLiteral("month-end");
    weekend.name = QStringLiteral("Month-end closing");
    weekend.start = QStringLiteral("2027-01-29T18:00:00+01:00");
    weekend.end = QStringLiteral("2027-02-02T06:00:00+01:00");
    weekend.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-3");
    weekend.timeZone = QStringLiteral("Europe/Berlin");
    weekend.scope = FreezeScope::Nodes;
    for (int i = 0; i < 50; ++i)
        weekend.nodes.append(targets[rng() % targets.size()]);
    weekend.nodes.removeDuplicates();
    plan.freezes.append(weekend);
    for (int i = 0; i < 500; ++i) {
        MaintenanceWindow m;
        m.id = QStringLiteral("mw%1").arg(i);
        m.node = targets[rng() % targets.size()];
        m.kind = i % 10 == 0 ? MaintenanceKind::Supplier : MaintenanceKind::Agreed;
        m.start = QStringLiteral("2027-01-03T01:00:00+01:00");
        m.durationHours = 4;
        m.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
        m.timeZone = QStringLiteral("Europe/Berlin");
        plan.maintenanceWindows.append(m);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Nodes of the plan."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("edges"), QStringLiteral("Edges of the plan."),
                      QStringLiteral("M"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes in the year."),
                      QStringLiteral("C"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.process(app);
    const int nodes = parser.value(QStringLiteral("nodes")).toInt();
    const int edges = parser.value(QStringLiteral("edges")).toInt();
    const int count = parser.value(QStringLiteral("changes")).toInt();
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("Continuity bench_changes (seed %llu)\n", static_cast<unsigned long long>(seed));

    Plan plan = Bench::enterprisePlan(nodes * 10 / 11, edges, seed);
    addYearOfChanges(plan, count, seed);
    std::printf("Plan: %lld processes, %lld services, %lld dependencies; %lld changes (%d open), "
                "%lld freezes, %lld maintenance windows\n",
                static_cast<long long>(plan.processes.size()),
                static_cast<long long>(plan.services.size()),
                static_cast<long long>(plan.dependencies.size()),
                static_cast<long long>(plan.changes.size()), count - count * 4 / 10,
                static_cast<long long>(plan.freezes.size()),
                static_cast<long long>(plan.maintenanceWindows.size()));
    const qint64 now =
        QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

    QElapsedTimer timer;
    timer.start();
    const ChangeContext context(plan, now);
    const double contextMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("Context (graph, tiers, SPOFs, blast radii of the open changes): %.0f ms\n",
                contextMs);

    // One change alone, as the form's live assessment asks: the median of 101.
    std::vector<double> single;
    for (int i = 0; i < 101; ++i) {
        const Change &c = plan.changes.at(count - 1 - i * 7 % (count / 2));
        timer.restart();
        const ChangeAssessment a = context.assess(c);
        single.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (a.id.isEmpty())
            std::printf("?\n");
    }
    std::nth_element(single.begin(), single.begin() + 50, single.end());
    std::printf("One change:   %.3f ms (median of 101)\n", single[50]);

    timer.restart();
    const std::vector<ChangeAssessment> all = context.assessAll();
    const double allMs = double(timer.nsecsElapsed()) / 1e6;
    int blocked = 0;
    int conflicting = 0;
    std::size_t conflicts = 0;
    for (const ChangeAssessment &a : all) {
        blocked += a.blocked;
        conflicting += !a.conflicts.isEmpty();
        conflicts += std::size_t(a.conflicts.size());
    }
    std::printf("All %d changes: %.0f ms (%.3f ms a change, conflict search included); %d "
                "blocked, %d with conflicts (%zu conflicts)\n",
                count, allMs, allMs / count, blocked, conflicting, conflicts);
    std::printf("Peak memory: %.0f MiB\n", peakMiB());
    return 0;
}
