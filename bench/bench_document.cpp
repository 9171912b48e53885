// SPDX-License-Identifier: GPL-3.0-or-later
// Compound edits as document verbs: deleting 200 selected nodes of a 5,000-service plan the way
// the map did before (200 removeNode verbs in an undo macro: 200 transactions) and as one verb
// (PlanDocument::removeNodes: one transaction), each with its undo. The plan file lives in the
// system's temporary folder, on disk, so that each transaction pays its sync as it would for a
// user. Prints its figures; never fails on a timing.
//
//   bench_document [--services 5000] [--delete 200] [--runs 3]
#include "document/PlanDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Continuity;

namespace {

Plan plan(int services)
{
    Plan p = Plan::empty(QStringLiteral("Bench"));
    std::mt19937 random(7);
    for (int i = 0; i < services; ++i) {
        Service s;
        s.id = QStringLiteral("svc-%1").arg(i);
        s.name = QStringLiteral("Service %1").arg(i);
        p.services.append(s);
    }
    for (int i = 1; i < services; ++i) {
        for (int k = 0; k < 4; ++k) {
            const int provider = int(random() % unsigned(i));
            const Dependency d{p.services.at(i).id, p.services.at(provider).id, Strength::Hard, {}};
            if (!p.dependencies.contains(d))
                p.dependencies.append(d);
        }
    }
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("services"), QStringLiteral("Services in the plan."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("delete"), QStringLiteral("Nodes deleted at once."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.process(app);
    const int services = parser.value(QStringLiteral("services")).toInt();
    const int count = parser.value(QStringLiteral("delete")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const Plan content = plan(services);
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(content.services.at((i * 7919) % services).id);

    std::printf("Deleting %d of %d services (%lld dependencies), median of %d runs\n", count,
                services, static_cast<long long>(content.dependencies.size()), runs);
    std::vector<double> macroDo, macroUndo, verbDo, verbUndo;
    QTemporaryDir dir;
    for (int run = 0; run < runs; ++run) {
        QString error;
        auto doc = PlanDocument::create(dir.filePath(QStringLiteral("run-%1.continuity").arg(run)),
                                        content, &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        QElapsedTimer timer;
        // Before: what the map did, one verb per node inside an undo macro.
        timer.start();
        doc->undoStack()->beginMacro(QStringLiteral("Delete"));
        for (const QString &id : std::as_const(ids))
            doc->removeNode(id);
        doc->undoStack()->endMacro();
        macroDo.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        doc->undoStack()->undo();
        macroUndo.push_back(timer.nsecsElapsed() / 1e6);
        // After: one verb, one transaction.
        timer.restart();
        doc->removeNodes(ids);
        verbDo.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        doc->undoStack()->undo();
        verbUndo.push_back(timer.nsecsElapsed() / 1e6);
        if (doc->plan().services.size() != services) {
            std::fprintf(stderr, "undo did not restore the plan\n");
            return 2;
        }
    }
    std::printf("  %-46s %10.1f ms   undo %10.1f ms\n", "before: 200 verbs in an undo macro",
                median(macroDo), median(macroUndo));
    std::printf("  %-46s %10.1f ms   undo %10.1f ms\n", "after: PlanDocument::removeNodes",
                median(verbDo), median(verbUndo));
    return 0;
}
