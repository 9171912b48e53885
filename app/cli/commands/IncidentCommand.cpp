// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli slo PLAN [--at ISO-8601] [--json]
// (product/13-incidents-slos.md, docs/incidents.md)
#include "CliRunner.h"

#include "analysis/Availability.h"
#include "analysis/Dora.h"
#include "analysis/ErrorBudget.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"
#include "io/JsonWriter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace Continuity::Cli {
namespace {

// Minutes and rates to a millionth: no binary noise such as 64.79999999999286 in the output.
double tidy(double value)
{
    return std::round(value * 1e6) / 1e6;
}

} // namespace

int Runner::slo(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--at")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("slo needs a PLAN file"));
    qint64 at = QDateTime::currentMSecsSinceEpoch();
    if (const QString text = a.options.value(QStringLiteral("--at")); !text.isEmpty()) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return badUsage(Tr::tr("--at must be an ISO-8601 date and time such as "
                                   "2026-03-29T09:00+02:00, not \"%1\"")
                                .arg(text));
        at = t.toMSecsSinceEpoch();
    }
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const Downtime downtime = Downtime::compute(graph, plan.incidents, at);
    const SloReport report = evaluateSlos(plan, graph, downtime, at);

    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("at");
        w.value(isoInstant(at));
        w.key("slos");
        w.beginArray();
        for (const SloStanding &s : report.slos) {
            w.beginObject(true);
            w.key("node");
            w.value(s.node);
            w.key("objective");
            w.value(s.objective);
            w.key("windowStart");
            w.value(isoInstant(s.windowStart));
            w.key("windowEnd");
            w.value(isoInstant(s.windowEnd));
            w.key("budgetMinutes");
            w.value(tidy(s.budgetMinutes));
            w.key("badMinutes");
            w.value(tidy(s.badMinutes));
            w.key("remainingFraction");
            w.value(tidy(s.remainingFraction));
            w.key("status");
            w.value(toString(s.status));
            w.key("burnRate");
            w.beginObject(true);
            w.key("1h");
            w.value(tidy(s.burn1h));
            w.key("6h");
            w.value(tidy(s.burn6h));
            w.key("3d");
            w.value(tidy(s.burn3d));
            w.endObject();
            w.key("freezeUntil");
            if (s.freezeUntil)
                w.value(isoInstant(*s.freezeUntil));
            else
                w.null();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    const QLocale locale;
    m_out << Tr::tr("SLOs at %1").arg(isoInstant(at)) << '\n';
    if (report.slos.empty())
        m_out << Tr::tr("The plan has no SLO with an objective.") << '\n';
    for (const SloStanding &s : report.slos) {
        m_out << Tr::tr("%1  %2 % over %3: %4 of %5 min used, %6 % left (%7); burn rate 1 h %8, "
                        "6 h %9, 3 d %10")
                     .arg(s.node, locale.toString(s.objective, 'g', 6), s.window,
                          locale.toString(s.badMinutes, 'f', 1),
                          locale.toString(s.budgetMinutes, 'f', 1),
                          locale.toString(std::max(0.0, s.remainingFraction) * 100, 'f', 0),
                          displayName(s.status), locale.toString(s.burn1h, 'g', 3))
                     .arg(locale.toString(s.burn6h, 'g', 3), locale.toString(s.burn3d, 'g', 3));
        if (s.freezeUntil)
            m_out << "; " << Tr::tr("changes frozen until %1").arg(isoInstant(*s.freezeUntil));
        m_out << '\n';
    }
    for (const QString &node : report.withoutObjective)
        m_out << Tr::tr("%1  no objective: the SLO sets none and its tier has no default").arg(node)
              << '\n';
    return Success;
}

namespace {

// --at, or now; false and a message when it does not read.
bool instant(const Arguments &a, qint64 *at, QString *error)
{
    *at = QDateTime::currentMSecsSinceEpoch();
    const QString text = a.options.value(QStringLiteral("--at"));
    if (text.isEmpty())
        return true;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        *error = Tr::tr("--at must be an ISO-8601 date and time such as "
                        "2026-03-29T09:00+02:00, not \"%1\"")
                     .arg(text);
        return false;
    }
    *at = t.toMSecsSinceEpoch();
    return true;
}

} // namespace

int Runner::analyzeAvailability(const QStringList &args)
{
    const Arguments a =
        parse(args, {QStringLiteral("--node"), QStringLiteral("--at")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("analyze availability needs exactly one PLAN file"));
    qint64 at = 0;
    QString error;
    if (!instant(a, &at, &error))
        return badUsage(error);
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    std::vector<int> nodes;
    if (a.options.contains(QStringLiteral("--node"))) {
        if (!resolveNodes(graph, a.options.value(QStringLiteral("--node")), &nodes, &error))
            return fail(error);
        std::sort(nodes.begin(), nodes.end(),
                  [&](int x, int y) { return graph.id(x) < graph.id(y); });
        nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    } else {
        nodes = availabilityTargets(plan, graph);
    }
    const std::vector<CompositeAvailability> results = predictAvailability(plan, graph, at, nodes);
    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("nodes");
        w.beginArray();
        for (const CompositeAvailability &r : results) {
            w.beginObject(true);
            w.key("id");
            w.value(graph.id(r.node));
            w.key("own");
            w.value(r.own);
            w.key("composite");
            w.value(r.composite);
            w.key("method");
            w.value(toString(r.method));
            w.key("interval");
            if (r.method == AvailabilityMethod::MonteCarlo) {
                w.beginArray(true);
                w.value(r.low);
                w.value(r.high);
                w.endArray();
            } else {
                w.null();
            }
            w.key("downtimeHoursPerYear");
            w.value(tidy(r.downtimeHoursPerYear()));
            w.endObject();
        }
        w.endArray();
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    const QLocale locale;
    double loss = 0;
    for (const CompositeAvailability &r : results) {
        m_out << Tr::tr("%1  own %2 %, composite %3 % (%4), %5 h down a year")
                     .arg(graph.id(r.node), locale.toString(r.own * 100, 'f', 4),
                          locale.toString(r.composite * 100, 'f', 4), toString(r.method),
                          locale.toString(r.downtimeHoursPerYear(), 'f', 1));
        if (r.method == AvailabilityMethod::MonteCarlo)
            m_out << ' '
                  << Tr::tr("(95 % interval %1 to %2 %)")
                         .arg(locale.toString(r.low * 100, 'f', 4),
                              locale.toString(r.high * 100, 'f', 4));
        m_out << '\n';
        if (graph.isProcess(r.node))
            loss += r.downtimeHoursPerYear() * graph.lossPerHour(r.node);
    }
    m_out
        << Tr::tr("Expected annual loss of these processes: %1").arg(locale.toString(loss, 'f', 0))
        << '\n';
    return Success;
}

int Runner::analyzeCutsets(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--target"), QStringLiteral("--order")},
                              {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1 || !a.options.contains(QStringLiteral("--target")))
        return badUsage(Tr::tr("analyze cutsets needs a PLAN file and --target ID"));
    const QString order = a.options.value(QStringLiteral("--order"), QStringLiteral("2"));
    if (order != QLatin1String("1") && order != QLatin1String("2"))
        return badUsage(Tr::tr("--order must be 1 (single points of failure) or 2 (pairs), not "
                               "\"%1\"")
                            .arg(order));
    QString error;
    GraphSnapshot graph;
    if (!loadGraphReadOnly(a.positionals.first(), &graph, &error))
        return fail(error);
    std::vector<int> target;
    if (!resolveNodes(graph, a.options.value(QStringLiteral("--target")), &target, &error))
        return fail(error);
    if (target.size() != 1)
        return badUsage(Tr::tr("--target names one node"));
    std::vector<QStringList> sets;
    if (order == QLatin1String("1")) {
        const SpofResult spofs = findSpofs(graph, target);
        for (int s : spofs.targets.front().spofs)
            sets.push_back({graph.id(s)});
    } else {
        for (const auto &[x, y] : doublePointsOfFailure(graph, target.front())) {
            QStringList pair{graph.id(x), graph.id(y)};
            pair.sort();
            sets.push_back(pair);
        }
    }
    std::sort(sets.begin(), sets.end());
    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("target");
        w.value(graph.id(target.front()));
        w.key("order");
        w.value(order.toInt());
        w.key("sets");
        w.beginArray();
        for (const QStringList &set : sets) {
            w.beginArray(true);
            for (const QString &id : set)
                w.value(id);
            w.endArray();
        }
        w.endArray();
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    m_out << Tr::tr("%1: %n set(s) of order %2", nullptr, int(sets.size()))
                 .arg(graph.id(target.front()), order)
          << '\n';
    for (const QStringList &set : sets)
        m_out << "  " << set.join(QStringLiteral(" + ")) << '\n';
    return Success;
}

int Runner::dora(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--id"), QStringLiteral("--at")},
                              {QStringLiteral("--json"), QStringLiteral("--draft")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("dora needs a PLAN file"));
    const bool draft = a.flags.contains(QStringLiteral("--draft"));
    const QString id = a.options.value(QStringLiteral("--id"));
    if (draft && id.isEmpty())
        return badUsage(Tr::tr("--draft needs --id INC: the incident to notify"));
    qint64 at = 0;
    QString error;
    if (!instant(a, &at, &error))
        return badUsage(error);
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    if (!plan.incidentPolicy.financialEntity)
        m_err << Tr::tr("continuity-cli: note: the plan is not marked as a financial entity's; "
                        "DORA applies to financial entities")
              << Qt::endl;
    const Incident *chosen = nullptr;
    if (!id.isEmpty()) {
        for (const Incident &i : plan.incidents) {
            if (i.id == id)
                chosen = &i;
        }
        if (!chosen)
            return fail(Tr::tr("there is no incident with the id \"%1\"").arg(id));
    }
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    std::vector<DoraClassification> all;
    if (chosen) {
        all.push_back(classifyIncident(plan, graph, *chosen, at));
    } else {
        all = classifyIncidents(plan, graph, at);
    }
    if (draft) {
        m_out << initialNotificationDraft(plan, graph, *chosen, all.front()) << Qt::endl;
        return Success;
    }
    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("financialEntity");
        w.value(plan.incidentPolicy.financialEntity);
        w.key("classifications");
        w.beginArray();
        for (const DoraClassification &c : all) {
            w.beginObject();
            w.key("incidents");
            w.beginArray(true);
            for (const QString &i : c.incidents)
                w.value(i);
            w.endArray();
            w.key("recurring");
            w.value(c.recurring);
            w.key("verdict");
            w.value(toString(c.verdict));
            w.key("criticalServicesAffected");
            w.value(c.criticalServicesAffected);
            w.key("criteria");
            w.beginObject(true);
            for (const DoraCriterionResult &r : c.criteria) {
                w.key(toString(r.criterion));
                w.value(toString(r.state));
            }
            w.endObject();
            w.key("reasons");
            w.value(c.reasons);
            w.key("clocks");
            if (c.initialBy) {
                w.beginObject(true);
                w.key("aware");
                w.value(isoInstant(*c.aware));
                w.key("initialBy");
                w.value(isoInstant(*c.initialBy));
                w.key("intermediateBy");
                w.value(isoInstant(*c.intermediateBy));
                w.key("finalBy");
                w.value(isoInstant(*c.finalBy));
                w.endObject();
            } else {
                w.null();
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
        writeJson(w.take());
        return Success;
    }
    for (const DoraClassification &c : all) {
        m_out << c.incidents.join(QStringLiteral(" + ")) << ": " << displayName(c.verdict) << ". "
              << c.reasons << '\n';
        if (c.initialBy)
            m_out << "  "
                  << Tr::tr("initial notification by %1, intermediate by %2, final by %3")
                         .arg(isoInstant(*c.initialBy), isoInstant(*c.intermediateBy),
                              isoInstant(*c.finalBy))
                  << '\n';
    }
    return Success;
}

} // namespace Continuity::Cli
