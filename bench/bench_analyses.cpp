// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the analyses issue on seeded synthetic graphs: single-failure cascade (median over
// many sources), recovery for a site loss, SPOFs for all tier 0/1 targets, and plain
// reachability side by side with Python's networkx on the same graph (when python3-networkx
// is installed: apt-get install python3-networkx). Prints its figures; never fails on a timing.
//
//   bench_analyses [--nodes 100000] [--edges 1000000] [--spof-nodes 10000] [--spof-edges 50000]
//                  [--big-spof] [--seed 1]
#include "analysis/Cascade.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "EnterprisePlan.h"
#include "SyntheticPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Continuity;

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

void row(const char *what, double value, const char *unit, double limit)
{
    std::printf("  %-52s %10.3f %-3s (target <= %g %s)%s\n", what, value, unit, limit, unit,
                value <= limit ? "" : "  ** over target **");
}

enum class Shape { Enterprise, Uniform };

GraphSnapshot makeGraph(Shape shape, int nodes, int edges, std::uint64_t seed)
{
    if (shape == Shape::Enterprise) {
        // Services such that services + processes (a tenth of the domain services) ~ nodes.
        return GraphSnapshot::fromPlan(Bench::enterprisePlan(nodes * 10 / 11, edges, seed));
    }
    const int processes = std::max(1, nodes / 50);
    return GraphSnapshot::fromPlan(Bench::syntheticPlan(nodes - processes, edges, processes, seed));
}

int firstSite(const GraphSnapshot &g)
{
    for (int v = g.processCount(); v < g.nodeCount(); ++v) {
        if (g.id(v).startsWith(QLatin1String("site-")) || g.id(v) == QLatin1String("svc-000000"))
            return v;
    }
    return g.processCount();
}

// Plain reachability over the same edges (provider -> consumer), for the networkx comparison.
int reachable(const GraphSnapshot &g, int source, std::vector<int> &seen, int stamp)
{
    std::vector<int> stack{source};
    seen[source] = stamp;
    int count = 0;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        ++count;
        const auto [b, e] = g.consumerEdges(v);
        for (const GraphSnapshot::Edge *it = b; it != e; ++it) {
            const int c = it->consumer;
            if (seen[c] != stamp) {
                seen[c] = stamp;
                stack.push_back(c);
            }
        }
    }
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Nodes of the big graph."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("edges"), QStringLiteral("Edges of the big graph."),
                      QStringLiteral("M"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("spof-nodes"), QStringLiteral("Nodes of the SPOF graph."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("spof-edges"), QStringLiteral("Edges of the SPOF graph."),
                      QStringLiteral("M"), QStringLiteral("50000")});
    parser.addOption(
        {QStringLiteral("big-spof"), QStringLiteral("Also run SPOFs on the big graph.")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.process(app);
    const int nodes = parser.value(QStringLiteral("nodes")).toInt();
    const int edges = parser.value(QStringLiteral("edges")).toInt();
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong();

    std::printf("Continuity bench_analyses (seed %llu)\n", static_cast<unsigned long long>(seed));
    std::mt19937 rng(seed);
    GraphSnapshot big;
    for (Shape shape : {Shape::Enterprise, Shape::Uniform}) {
        const bool enterprise = shape == Shape::Enterprise;
        QElapsedTimer timer;
        timer.start();
        GraphSnapshot graph = makeGraph(shape, nodes, edges, seed);
        std::printf(
            "\n%s graph: %d nodes, %zu edges, %zu groups (built in %lld ms)\n",
            enterprise ? "Enterprise-shaped"
                       : "Uniform layered (worst case: every node may depend on any below it)",
            graph.nodeCount(), graph.edges().size(), graph.groups().size(), timer.elapsed());

        // Single-failure cascade: median over 200 sources drawn at random.
        std::vector<double> cascadeMs;
        std::size_t affected = 0;
        for (int i = 0; i < 200; ++i) {
            const int source = int(rng() % graph.nodeCount());
            QElapsedTimer t;
            t.start();
            const CascadeResult r = runCascade(graph, {source});
            cascadeMs.push_back(t.nsecsElapsed() / 1e6);
            affected += r.affected.size();
        }
        row("single-failure cascade, median of 200", medianMs(cascadeMs), "ms", 5);
        std::printf("    (mean %.0f nodes affected per failure)\n", double(affected) / 200);

        // Recovery as `analyze recovery` computes it (the cascade's causes, which recovery does
        // not need, are left out); the median of 5 runs.
        const int site = firstSite(graph);
        std::vector<double> recoveryMs;
        std::size_t recovered = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const RecoveryResult recovery = runRecovery(graph, {site}, false);
            recoveryMs.push_back(t.nsecsElapsed() / 1e6);
            recovered = recovery.nodes.size();
        }
        row("recovery for a site loss, median of 5", medianMs(recoveryMs), "ms", 20);
        std::printf("    (%s: %zu down nodes to recover)\n", qPrintable(graph.id(site)), recovered);
        QElapsedTimer t;

        const GraphSnapshot small =
            makeGraph(shape, parser.value(QStringLiteral("spof-nodes")).toInt(),
                      parser.value(QStringLiteral("spof-edges")).toInt(), seed);
        t.restart();
        const SpofResult spof = findSpofs(small, defaultSpofTargets(small, 1));
        row("SPOFs of tier 0/1 targets, small graph", t.nsecsElapsed() / 1e9, "s", 1);
        std::printf("    (%d nodes, %zu edges, %zu targets)\n", small.nodeCount(),
                    small.edges().size(), spof.targets.size());
        if (enterprise && parser.isSet(QStringLiteral("big-spof"))) {
            t.restart();
            const SpofResult bigSpof = findSpofs(graph, defaultSpofTargets(graph, 1));
            row("SPOFs of tier 0/1 targets, big graph", t.nsecsElapsed() / 1e9, "s", 30);
            std::printf("    (%zu targets)\n", bigSpof.targets.size());
        }
        if (enterprise)
            big = std::move(graph);
    }

    // Side by side with networkx: reachability from the same 20 sources.
    std::vector<int> sources;
    for (int i = 0; i < 20; ++i)
        sources.push_back(int(rng() % big.nodeCount()));
    std::vector<int> seen(big.nodeCount(), -1);
    QElapsedTimer t;
    t.start();
    long long total = 0;
    for (int i = 0; i < int(sources.size()); ++i)
        total += reachable(big, sources[i], seen, i);
    const double oursMs = t.nsecsElapsed() / 1e6 / sources.size();
    std::vector<double> cascadeSame;
    for (int s : sources) {
        QElapsedTimer c;
        c.start();
        runCascade(big, {s});
        cascadeSame.push_back(c.nsecsElapsed() / 1e6);
    }
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import networkx")});
    probe.waitForFinished();
    if (python.isEmpty() || probe.exitCode() != 0) {
        std::printf(
            "\n  networkx comparison skipped: install python3-networkx (Debian) to run it.\n");
        return 0;
    }
    QTemporaryDir dir;
    QFile edgeFile(dir.filePath(QStringLiteral("edges.txt")));
    edgeFile.open(QIODevice::WriteOnly);
    QByteArray text;
    text.reserve(int(big.edges().size()) * 14);
    for (const auto &e : big.edges())
        text += QByteArray::number(e.provider) + ' ' + QByteArray::number(e.consumer) + '\n';
    edgeFile.write(text);
    edgeFile.close();
    QByteArray sourceList;
    for (int s : sources)
        sourceList += QByteArray::number(s) + ' ';
    const QString script =
        QStringLiteral("import sys, time, networkx as nx\n"
                       "g = nx.DiGraph()\n"
                       "g.add_nodes_from(range(int(sys.argv[2])))\n"
                       "with open(sys.argv[1]) as f:\n"
                       "    g.add_edges_from((int(a), int(b)) for a, b in (l.split() for l in f))\n"
                       "sources = [int(s) for s in sys.argv[3].split()]\n"
                       "total = 0\n"
                       "t = time.perf_counter()\n"
                       "for s in sources:\n"
                       "    total += len(nx.descendants(g, s)) + 1\n"
                       "print((time.perf_counter() - t) * 1000 / len(sources), total)\n");
    QProcess nx;
    nx.start(python, {QStringLiteral("-c"), script, edgeFile.fileName(),
                      QString::number(big.nodeCount()), QString::fromLatin1(sourceList)});
    nx.waitForFinished(-1);
    const QList<QByteArray> out = nx.readAllStandardOutput().trimmed().split(' ');
    if (out.size() != 2) {
        std::printf("\n  networkx comparison failed: %s\n", nx.readAllStandardError().constData());
        return 0;
    }
    const double nxMs = out[0].toDouble();
    std::printf("\nSide by side on the enterprise-shaped graph, from the same 20 sources:\n");
    std::printf("  networkx descendants        %10.3f ms per source (%lld nodes reached in all)\n",
                nxMs, out[1].toLongLong());
    std::printf("  Continuity reachability     %10.3f ms per source (%lld nodes reached in all)\n",
                oursMs, total);
    std::printf("  Continuity cascade          %10.3f ms per source (median)\n",
                medianMs(cascadeSame));
    std::printf("  ratio networkx / cascade    %10.1fx (aim: at least 50x)\n",
                nxMs / std::max(1e-6, medianMs(cascadeSame)));
    return 0;
}
