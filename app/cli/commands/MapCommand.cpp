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

// continuity-cli map PLAN -o FILE [--engine dot|sfdp] [--fail ID,...] (PRODUCT §6)
int Runner::map(const QStringList &args)
{
#ifndef CONTINUITY_WITH_MAP
    Q_UNUSED(args);
    return fail(Tr::tr("this continuity-cli was built without the widgets layer, so it "
                       "cannot draw maps (CONTINUITY_BUILD_GUI=OFF)"));
#else
    const Arguments a = parse(args,
                              {QStringLiteral("-o"), QStringLiteral("--output"),
                               QStringLiteral("--engine"), QStringLiteral("--fail")},
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
