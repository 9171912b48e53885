// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the dependency-map issue: Graphviz layout in the library (what the app runs in
// the background) side by side with Graphviz's own command-line tools on the same graph —
// dot on 2k nodes, sfdp on 10k — and the time to render the map scene of 10k nodes and 30k
// edges into an offscreen image at fit-all zoom and at 1:1. Prints its figures; never fails
// on a timing.
//
//   bench_map [--dot-nodes 2000] [--sfdp-nodes 10000] [--render-nodes 10000]
//             [--render-edges 30000] [--frames 15] [--seed 1]
#include "EnterprisePlan.h"
#include "layout/GraphvizLayout.h"
#include "map/EdgeLayer.h"
#include "map/MapScene.h"
#include "map/NodeItem.h"
#include "SyntheticPlan.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Continuity;

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

// A plan with about `nodes` nodes and `edges` dependencies (a tenth of the nodes processes).
Plan makePlan(int nodes, int edges, std::uint64_t seed)
{
    const int processes = std::max(1, nodes / 10);
    return Bench::syntheticPlan(nodes - processes, edges, processes, seed);
}

// Runs a Graphviz tool on DOT text, best of `runs`; -1 when the tool is missing or fails.
double toolMs(const QString &tool, const QByteArray &dot, int runs)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return -1;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("graph.dot"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(dot) != dot.size())
        return -1;
    file.close();
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        // -Tplain: the cheapest output that still needs the whole layout.
        process.start(program, {QStringLiteral("-Tplain"), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("out.txt")), input});
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            return -1;
        const double ms = timer.nsecsElapsed() / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

double libraryMs(const LayoutRequest &request, int runs, LayoutResult *result)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *result = runGraphvizLayout(request);
        const double ms = timer.nsecsElapsed() / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

void layoutRow(const char *what, double library, double tool)
{
    if (tool < 0) {
        std::printf("  %-50s library %9.1f ms   tool: not installed (apt-get install graphviz)\n",
                    what, library);
        return;
    }
    const double ratio = library / tool;
    std::printf("  %-50s library %9.1f ms   tool %9.1f ms   ratio %.2f (target <= 1.5)%s\n", what,
                library, tool, ratio, ratio <= 1.5 ? "" : "  ** over target **");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dotNodes(QStringLiteral("dot-nodes"), QStringLiteral("n"),
                                      QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption sfdpNodes(QStringLiteral("sfdp-nodes"), QStringLiteral("n"),
                                       QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption renderNodes(QStringLiteral("render-nodes"), QStringLiteral("n"),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption renderEdges(QStringLiteral("render-edges"), QStringLiteral("n"),
                                         QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption frames(QStringLiteral("frames"), QStringLiteral("n"),
                                    QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("n"), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption renderOnly(QStringLiteral("render-only"),
                                        QStringLiteral("Skip the layout comparison (the render "
                                                       "figures still use an sfdp layout)"));
    parser.addOptions({dotNodes, sfdpNodes, renderNodes, renderEdges, frames, seed, renderOnly});
    parser.process(app);
    const std::uint64_t s = parser.value(seed).toULongLong();

    std::printf("Graphviz %s, Qt %s\n", qPrintable(graphvizVersion()), qVersion());
    const bool compare = !parser.isSet(renderOnly);
    const int runs = compare ? 3 : 1;
    if (compare)
        std::printf("Layout, best of 3 (library in-process vs the command-line tool, -Tplain):\n");
    if (compare) {
        const int n = parser.value(dotNodes).toInt();
        const Plan plan = makePlan(n, n * 2, s);
        MapScene scene(plan);
        QStringList ids;
        const LayoutRequest request = scene.layoutRequest(LayoutEngine::Dot, false, &ids);
        LayoutResult result;
        const double library = libraryMs(request, 3, &result);
        const double tool = toolMs(QStringLiteral("dot"), layoutRequestToDot(request), 3);
        const QByteArray label = QByteArray("dot, ") + QByteArray::number(request.nodes.size()) +
                                 " nodes / " + QByteArray::number(request.edges.size()) + " edges";
        layoutRow(label.constData(), library, tool);
    }
    // The sfdp comparison, and the layouts the render figures use: the enterprise-shaped
    // graph (services clustered by domain and site, as real estates are) and the uniform one
    // (providers picked at random: a hairball, the worst case for drawing).
    const int renderN = parser.value(renderNodes).toInt();
    const int renderE = parser.value(renderEdges).toInt();
    const int sfdpN = parser.value(sfdpNodes).toInt();
    auto layOut = [&](Plan &plan, const char *shape, bool printRow) {
        MapScene scene(plan);
        QStringList ids;
        const LayoutRequest request = scene.layoutRequest(LayoutEngine::Sfdp, false, &ids);
        LayoutResult result;
        const double library = libraryMs(request, runs, &result);
        if (printRow) {
            const double tool = toolMs(QStringLiteral("sfdp"), layoutRequestToDot(request), 3);
            const QByteArray label = QByteArray("sfdp, ") + shape + ", " +
                                     QByteArray::number(request.nodes.size()) + " nodes / " +
                                     QByteArray::number(request.edges.size()) + " edges";
            layoutRow(label.constData(), library, tool);
        }
        QHash<QString, QPointF> at;
        for (qsizetype i = 0; i < ids.size() && i < result.centres.size(); ++i)
            at.insert(ids.at(i), result.centres.at(i));
        for (Process &p : plan.processes)
            p.position = at.value(p.id);
        for (Service &sv : plan.services)
            sv.position = at.value(sv.id);
    };
    const int processes = std::max(1, renderN / 11);
    Plan enterprise = Bench::enterprisePlan(renderN - processes, renderE, s);
    Plan uniform = makePlan(renderN, renderE, s);
    if (compare && sfdpN != renderN) {
        Plan plan = makePlan(sfdpN, sfdpN * 3, s);
        layOut(plan, "uniform", true);
    }
    layOut(uniform, "uniform", compare && sfdpN == renderN);
    layOut(enterprise, "enterprise-shaped", compare && sfdpN == renderN);

    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    auto render = [&](const Plan &plan, const char *shape) {
        QElapsedTimer build;
        build.start();
        MapScene scene(plan);
        scene.flush();
        const double buildMs = build.nsecsElapsed() / 1e6;
        const QRectF all = scene.contentRect();
        const QRectF oneToOne(all.center() - QPointF(800, 500), QSizeF(1600, 1000));
        enum Change { Steady, Recoloured, Redrawn, Dragged };
        // The node nearest the middle, to drag.
        NodeItem *dragged = nullptr;
        for (QGraphicsItem *item : scene.items(all.center())) {
            if (item->type() == NodeItem::Type)
                dragged = static_cast<NodeItem *>(item);
        }
        if (!dragged) {
            for (QGraphicsItem *item : scene.items(oneToOne)) {
                if (item->type() == NodeItem::Type)
                    dragged = static_cast<NodeItem *>(item);
            }
        }
        auto frameMs = [&](const QRectF &source, Change change) {
            std::vector<double> samples;
            const int count = parser.value(frames).toInt();
            for (int i = 0; i < count + 1; ++i) {
                if (change == Recoloured) // new colours or selection: the lines are kept
                    scene.edgeLayer()->invalidateOverview();
                if (change == Redrawn) // a new zoom or a move: the lines are drawn again
                    scene.edgeLayer()->invalidateGeometry();
                if (change == Dragged && dragged) // a mouse move during a drag
                    dragged->setPos(dragged->pos() + QPointF(3, 2));
                image.fill(Qt::white);
                QElapsedTimer timer;
                timer.start();
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
                painter.end();
                if (i > 0) // the first frame warms caches (fonts, glyphs)
                    samples.push_back(timer.nsecsElapsed() / 1e6);
            }
            return medianMs(samples);
        };
        std::printf("Render, %s graph: %d nodes / %lld edges into a 1600x1000 image (median "
                    "of %s frames):\n",
                    shape, scene.shownNodeCount(), static_cast<long long>(plan.dependencies.size()),
                    qPrintable(parser.value(frames)));
        const double fit = frameMs(all, Steady);
        const double fitChanged = frameMs(all, Recoloured);
        const double fitRedrawn = frameMs(all, Redrawn);
        const double one = frameMs(oneToOne, Steady);
        const double oneRedrawn = frameMs(oneToOne, Redrawn);
        const double oneDragged = frameMs(oneToOne, Dragged);
        auto line = [](const char *what, double ms) {
            std::printf("  %-48s %9.2f ms (target <= 16)%s\n", what, ms,
                        ms <= 16 ? "" : "  ** over target **");
        };
        line("fit-all zoom", fit);
        line("fit-all zoom, after a recolour or selection", fitChanged);
        line("fit-all zoom, lines drawn afresh (new zoom, edit)", fitRedrawn);
        line("1:1 zoom", one);
        line("1:1 zoom, lines drawn afresh (new zoom, edit)", oneRedrawn);
        line("1:1 zoom, each step of dragging a node", oneDragged);
        std::printf("  %-48s %9.2f ms (when a plan opens or a filter changes)\n",
                    "building the scene", buildMs);
    };
    render(enterprise, "enterprise-shaped");
    render(uniform, "uniform");
    return 0;
}
