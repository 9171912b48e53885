// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli analyze cascade|spof|tiers|recovery PLAN
#include "CliRunner.h"

#include "analysis/AnalysisRun.h"
#include "analysis/Cascade.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QTextStream>

#include <cmath>

namespace Continuity::Cli {

void Runner::cascadeScenario(const GraphSnapshot &graph, const std::vector<int> &scenario,
                             bool json)
{
    const CascadeResult result = runCascade(graph, scenario);
    if (json) {
        writeJson(AnalysisJson::cascade(graph, result));
        return;
    }
    int down = 0;
    for (int node : result.affected)
        down += result.state[node] == NodeState::Down;
    m_out << Tr::tr("%1 down, %2 degraded; loss per hour of down processes: %3")
                 .arg(down)
                 .arg(result.affected.size() - down)
                 .arg(QLocale::c().toString(result.lossPerHour, 'f', 0))
          << '\n';
    for (std::size_t i = 0; i < result.affected.size(); ++i) {
        const int node = result.affected[i];
        QStringList causes;
        for (int c : result.causes(i))
            causes.append(graph.id(c));
        m_out << QStringLiteral("  %1 %2").arg(result.state[node] == NodeState::Down
                                                   ? QStringLiteral("down    ")
                                                   : QStringLiteral("degraded"),
                                               graph.id(node))
              << (causes.isEmpty() ? Tr::tr("  (failed)")
                                   : QStringLiteral("  ← ") + causes.join(QStringLiteral(", ")))
              << '\n';
    }
    m_out.flush();
}

void Runner::recoveryScenario(const GraphSnapshot &graph, const std::vector<int> &scenario,
                              bool json)
{
    const RecoveryResult result = runRecovery(graph, scenario, false);
    if (json) {
        writeJson(AnalysisJson::recovery(graph, result));
        return;
    }
    m_out << Tr::tr("wave  ready     target    gap       node") << '\n';
    for (const RecoveryNode &r : result.nodes) {
        const double target = graph.rtoHours(r.node);
        if (r.isBlocked()) {
            QStringList cycle;
            std::size_t total = 0;
            for (int c : result.blockingNodes(r, 10, &total))
                cycle.append(graph.id(c));
            if (total > std::size_t(cycle.size()))
                cycle.append(QStringLiteral("and %1 more").arg(total - cycle.size()));
            m_out << QStringLiteral("  —   blocked by the cycle %1: %2")
                         .arg(cycle.join(QStringLiteral(", ")), graph.id(r.node))
                  << '\n';
            continue;
        }
        const double gap = std::isnan(target) ? target : r.readyHours - target;
        m_out << QStringLiteral("%1  %2 %3 %4 %5")
                     .arg(r.wave, 4)
                     .arg(hoursText(r.readyHours), -9)
                     .arg(hoursText(target), -9)
                     .arg(hoursText(gap), -9)
                     .arg(graph.id(r.node))
              << '\n';
    }
    m_out.flush();
}

// The scenarios of --fail (one), --scenarios FILE (one a line: ids or unique names, comma
// separated; blank lines and lines starting with # are skipped) or --fail-each (each node of a
// kind, or each listed node, alone).
bool Runner::scenariosOf(const GraphSnapshot &graph, const Arguments &a,
                         std::vector<std::vector<int>> *scenarios, QString *error)
{
    if (a.options.contains(QStringLiteral("--fail"))) {
        std::vector<int> scenario;
        if (!resolveNodes(graph, a.options.value(QStringLiteral("--fail")), &scenario, error))
            return false;
        scenarios->push_back(std::move(scenario));
        return true;
    }
    if (a.options.contains(QStringLiteral("--fail-each"))) {
        const QString each = a.options.value(QStringLiteral("--fail-each")).trimmed();
        const std::optional<ServiceKind> kind = serviceKindFromString(each);
        if (kind || each == QLatin1String("process")) {
            for (int v = 0; v < graph.nodeCount(); ++v) {
                if (graph.serviceKind(v) == kind)
                    scenarios->push_back({v});
            }
            if (scenarios->empty()) {
                *error = Tr::tr("--fail-each: the plan has no node of the kind \"%1\"").arg(each);
                return false;
            }
            return true;
        }
        std::vector<int> nodes;
        if (!resolveNodes(graph, each, &nodes, error))
            return false;
        for (int node : nodes)
            scenarios->push_back({node});
        return true;
    }
    const QString path = a.options.value(QStringLiteral("--scenarios"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = Tr::tr("--scenarios: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        std::vector<int> scenario;
        if (!resolveNodes(graph, text, &scenario, error)) {
            *error = Tr::tr("%1, line %2: %3").arg(path).arg(line).arg(*error);
            return false;
        }
        scenarios->push_back(std::move(scenario));
    }
    if (scenarios->empty()) {
        *error = Tr::tr("--scenarios: %1 holds no scenario").arg(path);
        return false;
    }
    return true;
}

int Runner::analyze(const QStringList &args)
{
    if (args.isEmpty())
        return badUsage(
            Tr::tr("analyze needs one of: cascade, spof, tiers, recovery, availability, cutsets"));
    const QString what = args.first();
    if (what == QLatin1String("availability"))
        return analyzeAvailability(args.mid(1));
    if (what == QLatin1String("cutsets"))
        return analyzeCutsets(args.mid(1));
    const bool needsScenario =
        what == QLatin1String("cascade") || what == QLatin1String("recovery");
    QStringList valueOptions;
    if (needsScenario)
        valueOptions += {QStringLiteral("--fail"), QStringLiteral("--scenarios"),
                         QStringLiteral("--fail-each")};
    if (what == QLatin1String("spof"))
        valueOptions.append(QStringLiteral("--max-tier"));
    if (!needsScenario && what != QLatin1String("spof") && what != QLatin1String("tiers"))
        return badUsage(Tr::tr("unknown analysis '%1' (cascade, spof, tiers, recovery, "
                               "availability, cutsets)")
                            .arg(what));
    const Arguments a = parse(args.mid(1), valueOptions, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("analyze %1 needs exactly one PLAN file").arg(what));
    if (needsScenario && a.options.contains(QStringLiteral("--fail")) +
                                 a.options.contains(QStringLiteral("--scenarios")) +
                                 a.options.contains(QStringLiteral("--fail-each")) !=
                             1)
        return badUsage(Tr::tr("analyze %1 needs --fail ID[,ID...], --scenarios FILE or "
                               "--fail-each KIND|ID[,ID...] (one of them)")
                            .arg(what));
    const bool json = a.flags.contains(QLatin1String("--json"));

    QString error;
    // Cascade, recovery and SPOF read only the graph (PlanSql::loadGraph); tiers needs the
    // plan's tier policy as well, so it reads the plan.
    Plan plan;
    GraphSnapshot graph;
    if (what == QLatin1String("tiers")) {
        if (!loadReadOnly(a.positionals.first(), &plan, &error))
            return fail(error);
        graph = GraphSnapshot::fromPlan(plan);
    } else if (!loadGraphReadOnly(a.positionals.first(), &graph, &error)) {
        return fail(error);
    }

    if (needsScenario) {
        std::vector<std::vector<int>> scenarios;
        if (!scenariosOf(graph, a, &scenarios, &error))
            return fail(error);
        // One scenario: its document as before. Several: {"scenarios": [DOCUMENT, ...]},
        // written scenario by scenario as each is analysed (the graph is read once).
        const bool many = !a.options.contains(QStringLiteral("--fail"));
        if (json && many)
            writeJson("{\n  \"scenarios\": [\n");
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            if (!json && many) {
                QStringList ids;
                for (int node : scenarios[i])
                    ids.append(graph.id(node));
                m_out << Tr::tr("Scenario %1: %2").arg(i + 1).arg(ids.join(QStringLiteral(", ")))
                      << '\n';
            }
            if (what == QLatin1String("cascade"))
                cascadeScenario(graph, scenarios[i], json);
            else
                recoveryScenario(graph, scenarios[i], json);
            if (json && many)
                writeJson(i + 1 < scenarios.size() ? ",\n" : "\n");
        }
        if (json && many)
            writeJson("  ]\n}\n");
        m_out.flush();
        return Success;
    }
    if (what == QLatin1String("spof")) {
        int maxTier = 1;
        if (a.options.contains(QStringLiteral("--max-tier"))) {
            bool ok = false;
            maxTier = a.options.value(QStringLiteral("--max-tier")).toInt(&ok);
            if (!ok || maxTier < 0 || maxTier > 3)
                return badUsage(Tr::tr("--max-tier must be a tier from 0 to 3"));
        }
        const SpofResult result = findSpofs(graph, defaultSpofTargets(graph, maxTier));
        if (json) {
            writeJson(AnalysisJson::spof(graph, result));
            return Success;
        }
        for (const SpofTarget &t : result.targets) {
            QStringList spofs;
            for (int s : t.spofs)
                spofs.append(graph.id(s));
            spofs.sort();
            m_out << QStringLiteral("%1 (tier %2): ").arg(graph.id(t.node)).arg(t.tier)
                  << (spofs.isEmpty() ? Tr::tr("no single point of failure")
                                      : spofs.join(QStringLiteral(", ")))
                  << '\n';
        }
        m_out.flush();
        return Success;
    }
    const TierAnalysis result = analyzeTiers(graph, plan.tierPolicy);
    if (json) {
        writeJson(AnalysisJson::tiers(graph, result));
        return Success;
    }
    printFindings(result.findings);
    return Success;
}

} // namespace Continuity::Cli
