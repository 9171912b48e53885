// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of product/13-incidents-slos.md (docs/benchmarks.md "Incidents and availability"):
// double points of failure of every tier-0 process of a 10k-node / 50k-edge plan; composite
// availability of every tier-0/1 node of a 100k-node / 1M-edge plan; downtime through the
// cascade of a year of incidents. They print their figures; they never fail on a timing.
#include "analysis/Availability.h"
#include "analysis/Downtime.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"
#include "EnterprisePlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace Continuity;

namespace {

// Own availabilities as an estate has them: sites, networks, infrastructure and suppliers with
// failure data (MTBF a few thousand hours, MTTR a few hours), applications with some, the rest
// without (available unless what they need fails).
std::vector<double> ownAvailabilities(const GraphSnapshot &g, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> own(std::size_t(g.nodeCount()), 1.0);
    for (int n = g.processCount(); n < g.nodeCount(); ++n) {
        const std::optional<ServiceKind> kind = g.serviceKind(n);
        const bool hasData = kind && (*kind != ServiceKind::Application || rng() % 4 == 0);
        if (!hasData)
            continue;
        const double mtbf = 2000.0 + double(rng() % 8000);
        const double mttr = 0.5 + double(rng() % 80) / 10.0;
        own[std::size_t(n)] = mtbf / (mtbf + mttr);
    }
    return own;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cut-nodes"), QStringLiteral("Nodes of the cut-set plan."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("cut-edges"), QStringLiteral("Edges of the cut-set plan."),
                      QStringLiteral("M"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Nodes of the availability plan."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("edges"), QStringLiteral("Edges of the availability plan."),
                      QStringLiteral("M"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Monte Carlo samples."),
                      QStringLiteral("S"), QStringLiteral("1048576")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.process(app);
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong();
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    std::printf("Continuity bench_incidents (seed %llu)\n", static_cast<unsigned long long>(seed));

    {
        const int nodes = parser.value(QStringLiteral("cut-nodes")).toInt();
        const int edges = parser.value(QStringLiteral("cut-edges")).toInt();
        const GraphSnapshot g =
            GraphSnapshot::fromPlan(Bench::enterprisePlan(nodes * 10 / 11, edges, seed));
        std::vector<int> targets;
        for (int t : defaultSpofTargets(g, 0)) {
            if (g.isProcess(t))
                targets.push_back(t);
        }
        std::printf("\nDouble points of failure: %d nodes, %zu edges, %zu tier-0 processes\n",
                    g.nodeCount(), g.edges().size(), targets.size());
        QElapsedTimer timer;
        timer.start();
        std::size_t pairs = 0;
        for (int t : targets)
            pairs += doublePointsOfFailure(g, t).size();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("  every tier-0 process                    %10.1f ms  (%.2f ms a target, "
                    "%zu pairs in all)\n",
                    ms, targets.empty() ? 0.0 : ms / double(targets.size()), pairs);
    }

    {
        const int nodes = parser.value(QStringLiteral("nodes")).toInt();
        const int edges = parser.value(QStringLiteral("edges")).toInt();
        QElapsedTimer build;
        build.start();
        const Plan plan = Bench::enterprisePlan(nodes * 10 / 11, edges, seed);
        const GraphSnapshot g = GraphSnapshot::fromPlan(plan);
        const std::vector<double> own = ownAvailabilities(g, seed);
        const std::vector<int> targets = defaultSpofTargets(g, 1);
        std::printf("\nComposite availability: %d nodes, %zu edges, %zu tier-0/1 nodes "
                    "(built in %lld ms)\n",
                    g.nodeCount(), g.edges().size(), targets.size(), build.elapsed());
        AvailabilityOptions options;
        options.samples = parser.value(QStringLiteral("samples")).toULongLong();
        QElapsedTimer timer;
        timer.start();
        const std::vector<CompositeAvailability> results =
            compositeAvailabilities(g, own, targets, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        int exact = 0;
        double widest = 0;
        double lowest = 1;
        for (const CompositeAvailability &r : results) {
            exact += r.method == AvailabilityMethod::Exact;
            widest = std::max(widest, r.high - r.low);
            lowest = std::min(lowest, r.composite);
        }
        std::printf("  every tier-0/1 node                     %10.2f s   (%d exact, %zu by "
                    "Monte Carlo over %llu shared samples)\n",
                    seconds, exact, results.size() - std::size_t(exact),
                    static_cast<unsigned long long>(options.samples));
        std::printf("    (lowest composite %.5f %%, widest 95 %% interval %.5f points)\n",
                    lowest * 100, widest * 100);

        // A year of incidents: one a day on a random infrastructure node, an hour each.
        QList<Incident> incidents;
        std::mt19937_64 rng(seed);
        const qint64 start = *instantMs(QStringLiteral("2026-01-01T00:00:00Z"));
        for (int day = 0; day < 365; ++day) {
            Incident i;
            i.id = QStringLiteral("INC%1").arg(day);
            i.title = i.id;
            const qint64 at = start + qint64(day) * 86400000 + qint64(rng() % 80000) * 1000;
            i.startedAt = isoInstant(at);
            i.restoredAt = isoInstant(at + 3600000);
            const int node =
                g.processCount() + int(rng() % std::uint64_t(g.nodeCount() - g.processCount()));
            i.affected.append({g.id(node), AffectedState::Down, std::nullopt, std::nullopt});
            incidents.append(i);
        }
        timer.restart();
        const Downtime d = Downtime::compute(g, incidents, start + qint64(366) * 86400000);
        std::printf(
            "\nDowntime of a year of incidents (365, one a day)  %10.1f ms  (%d cascades)\n",
            double(timer.nsecsElapsed()) / 1e6, d.cascadeRuns());
    }
    return 0;
}
