// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli slo PLAN [--at ISO-8601] [--json]
// (product/13-incidents-slos.md, docs/incidents.md)
#include "CliRunner.h"

#include "analysis/ErrorBudget.h"
#include "analysis/GraphSnapshot.h"
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

} // namespace Continuity::Cli
