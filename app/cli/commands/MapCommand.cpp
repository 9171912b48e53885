// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli map PLAN -o FILE
#include "CliRunner.h"

#include "analysis/AnalysisRun.h"
#include "domain/Plan.h"
#include "layout/GraphvizLayout.h"
#ifdef CONTINUITY_WITH_MAP
#include "map/MapExport.h"
#include "map/MapScene.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <optional>

namespace Continuity::Cli {

// continuity-cli map PLAN -o FILE [--engine dot|sfdp] [--fail ID,...]
//                  [--tiles a4|a3 [--across N]] (PRODUCT §6)
int Runner::map(const QStringList &args)
{
#ifndef CONTINUITY_WITH_MAP
    Q_UNUSED(args);
    return fail(Tr::tr("this continuity-cli was built without the widgets layer, so it "
                       "cannot draw maps (CONTINUITY_BUILD_GUI=OFF)"));
#else
    const Arguments a =
        parse(args,
              {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--engine"),
               QStringLiteral("--fail"), QStringLiteral("--tiles"), QStringLiteral("--across")},
              {});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("map needs exactly one PLAN file"));
    const QString output =
        a.options.value(QStringLiteral("-o"), a.options.value(QStringLiteral("--output")));
    if (output.isEmpty())
        return badUsage(Tr::tr("map needs -o FILE.svg, FILE.png or FILE.pdf"));
    if (!MapExport::isSupported(output))
        return badUsage(Tr::tr("%1: the map can be written as .png, .svg or .pdf").arg(output));
    std::optional<MapExport::WallPrint> wall;
    if (a.options.contains(QStringLiteral("--tiles"))) {
        const QString paper = a.options.value(QStringLiteral("--tiles")).toLower();
        wall.emplace();
        if (paper == QLatin1String("a4"))
            wall->paper = QPageSize::A4;
        else if (paper == QLatin1String("a3"))
            wall->paper = QPageSize::A3;
        else
            return badUsage(Tr::tr("--tiles must be a4 or a3, not \"%1\"")
                                .arg(a.options.value(QStringLiteral("--tiles"))));
        if (QFileInfo(output).suffix().toLower() != QLatin1String("pdf"))
            return badUsage(Tr::tr("--tiles writes a PDF: -o must name a .pdf file"));
    }
    if (a.options.contains(QStringLiteral("--across"))) {
        if (!wall)
            return badUsage(Tr::tr("--across goes with --tiles"));
        bool ok = false;
        const int across = a.options.value(QStringLiteral("--across")).toInt(&ok);
        if (!ok || across < 1 || across > 64)
            return badUsage(Tr::tr("--across must be a number of pages from 1 to 64, not \"%1\"")
                                .arg(a.options.value(QStringLiteral("--across"))));
        wall->across = across;
    }
    std::optional<LayoutEngine> engine;
    if (a.options.contains(QStringLiteral("--engine"))) {
        const QString name = a.options.value(QStringLiteral("--engine"));
        if (name == QLatin1String("dot"))
            engine = LayoutEngine::Dot;
        else if (name == QLatin1String("sfdp"))
            engine = LayoutEngine::Sfdp;
        else
            return badUsage(Tr::tr("--engine must be dot or sfdp, not \"%1\"").arg(name));
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(Tr::tr("map needs the drawing support of Qt Widgets; run it as "
                           "continuity-cli, not from a library without a QApplication"));

    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    QStringList scenario;
    if (a.options.contains(QStringLiteral("--fail"))) {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        std::vector<int> nodes;
        if (!resolveNodes(graph, a.options.value(QStringLiteral("--fail")), &nodes, &error))
            return fail(error);
        for (int node : nodes)
            scenario.append(graph.id(node));
    }

    MapScene scene(plan);
    // Positions kept in the plan are used as they are; --engine, or a plan that was never
    // laid out, gets a fresh layout (not written back: this command changes nothing).
    if (engine || !scene.hasPlacedNodes()) {
        QStringList ids;
        const LayoutEngine chosen = engine.value_or(defaultLayoutEngine(scene.shownNodeCount()));
        const LayoutResult layout = runGraphvizLayout(scene.layoutRequest(chosen, false, &ids));
        if (!layout.error.isEmpty())
            return fail(layout.error);
        if (!scene.applyLayout(ids, layout.centres, QString(), &error))
            return fail(error);
    }
    if (!scenario.isEmpty()) {
        auto results = std::make_shared<AnalysisOutput>(runAnalyses(plan, scenario));
        scene.setScenarioResults(results);
        scene.setColourMode(MapColourMode::Scenario);
    }
    const QString title =
        plan.name.isEmpty() ? QFileInfo(a.positionals.first()).completeBaseName() : plan.name;
    if (wall) {
        MapExport::WallPrintPages pages;
        if (!MapExport::writeWallPrint(&scene, output, title, *wall, &pages, &error))
            return fail(error);
        m_out << Tr::tr("Wrote the map of %1 nodes on %2 pages (%3 across, %4 down) and an "
                        "assembly plan to %5")
                     .arg(scene.shownNodeCount())
                     .arg(pages.count())
                     .arg(pages.across)
                     .arg(pages.down)
                     .arg(QDir::toNativeSeparators(output))
              << Qt::endl;
        return Success;
    }
    if (!MapExport::write(&scene, output, title, &error))
        return fail(error);
    m_out << Tr::tr("Wrote the map of %1 nodes to %2")
                 .arg(scene.shownNodeCount())
                 .arg(QDir::toNativeSeparators(output))
          << Qt::endl;
    return Success;
#endif
}

} // namespace Continuity::Cli
