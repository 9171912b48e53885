// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli change assess PLAN --id ID [--at ISO-8601] [--json]
// (product/12-changes.md, docs/changes.md)
#include "CliRunner.h"

#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "domain/Plan.h"
#include "io/JsonWriter.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Continuity::Cli {
namespace {

double tidy(double value)
{
    return std::round(value * 1e6) / 1e6;
}

} // namespace

int Runner::change(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("metrics"))
        return changeMetrics(args.mid(1));
    if (args.isEmpty() || args.first() != QLatin1String("assess"))
        return badUsage(Tr::tr("change needs a verb: change assess PLAN --id ID, or change "
                               "metrics PLAN"));
    const Arguments a = parse(args.mid(1), {QStringLiteral("--id"), QStringLiteral("--at")},
                              {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("change assess needs a PLAN file"));
    const QString id = a.options.value(QStringLiteral("--id"));
    if (id.isEmpty())
        return badUsage(Tr::tr("change assess needs --id CHANGE"));
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
    const Change *change = nullptr;
    for (const Change &c : std::as_const(plan.changes)) {
        if (c.id == id)
            change = &c;
    }
    if (!change)
        return fail(Tr::tr("the plan has no change \"%1\"").arg(id), BadInput);
    const ChangeContext context(plan, at);
    const ChangeAssessment r = context.assess(*change);
    const GraphSnapshot &graph = context.graph();

    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("id");
        w.value(r.id);
        w.key("impact");
        w.value(r.impact);
        w.key("probability");
        w.value(r.probability);
        w.key("risk");
        w.value(r.risk);
        w.key("blocked");
        w.value(r.blocked);
        w.key("blockedBy");
        w.beginArray(true);
        for (const QString &f : r.blockedBy)
            w.value(f);
        w.endArray();
        w.key("worstTier");
        w.value(r.worstTier);
        w.key("lossExposure");
        w.value(tidy(r.lossExposure));
        w.key("worstOutageHours");
        w.value(tidy(r.worstOutageHours));
        w.key("headroomHours");
        w.value(r.headroomHours ? std::optional<double>(tidy(*r.headroomHours)) : std::nullopt);
        w.key("nodes");
        w.beginArray();
        for (const auto &[node, state] : r.nodes) {
            w.beginObject(true);
            w.key("id");
            w.value(graph.id(node));
            w.key("state");
            w.value(QString::fromLatin1(state == NodeState::Down ? "down" : "degraded"));
            w.endObject();
        }
        w.endArray();
        w.key("conflicts");
        w.beginArray();
        for (const ChangeConflict &c : r.conflicts) {
            w.beginObject(true);
            w.key("kind");
            w.value(c.kind);
            w.key("with");
            w.value(c.with);
            w.endObject();
        }
        w.endArray();
        w.key("missing");
        w.beginArray(true);
        for (const QString &m : r.missing)
            w.value(m);
        w.endArray();
        w.endObject();
        m_out << QString::fromUtf8(w.take()) << Qt::endl;
        return Success;
    }

    const QLocale c = QLocale::c();
    m_out << change->id << "  " << change->title << "\n";
    m_out << Tr::tr("Risk: %1 (impact %2, probability %3 from %4 earlier changes, %5 failed)")
                 .arg(r.risk)
                 .arg(r.impact)
                 .arg(r.probability)
                 .arg(r.history)
                 .arg(r.failures)
          << "\n";
    if (!r.raisedBy.isEmpty())
        m_out << Tr::tr("Raised by: %1").arg(r.raisedBy.join(QStringLiteral(", "))) << "\n";
    m_out << Tr::tr("Worst tier: %1   loss exposure: %2   worst outage: %3 h   headroom: %4")
                 .arg(r.worstTier ? QString::number(*r.worstTier) : QStringLiteral("-"),
                      c.toString(r.lossExposure, 'f', 0), c.toString(r.worstOutageHours, 'g', 6),
                      r.headroomHours ? c.toString(*r.headroomHours, 'g', 6) + QStringLiteral(" h")
                                      : QStringLiteral("-"))
          << "\n";
    m_out << (r.blocked ? Tr::tr("BLOCKED by %1").arg(r.blockedBy.join(QStringLiteral(", ")))
              : r.blockedBy.isEmpty() ? Tr::tr("Not blocked")
                                      : Tr::tr("In freeze %1, allowed as an emergency change")
                                            .arg(r.blockedBy.join(QStringLiteral(", "))))
          << "\n";
    m_out << Tr::tr("Blast radius (%n node(s)):", nullptr, int(r.nodes.size())) << "\n";
    for (const auto &[node, state] : r.nodes)
        m_out << "  " << graph.id(node) << "  " << (state == NodeState::Down ? "down" : "degraded")
              << "\n";
    for (const ChangeConflict &conflict : r.conflicts)
        m_out << Tr::tr("Conflict: %1 %2").arg(conflict.kind, conflict.with) << "\n";
    for (const QString &m : r.missing)
        m_out << Tr::tr("Missing: %1").arg(m) << "\n";
    m_out.flush();
    return Success;
}

// change metrics PLAN [--json]
int Runner::changeMetrics(const QStringList &args)
{
    const Arguments a = parse(args, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("change metrics needs a PLAN file"));
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const QList<ChangeMonth> months = Continuity::changeMetrics(plan);
    auto month = [](const ChangeMonth &m) {
        return QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
    };
    auto rounded = [](const std::optional<double> &v) {
        return v ? std::optional<double>(tidy(*v)) : std::nullopt;
    };
    if (a.flags.contains(QStringLiteral("--json"))) {
        JsonWriter w;
        w.beginObject();
        w.key("months");
        w.beginArray();
        for (const ChangeMonth &m : months) {
            w.beginObject(true);
            w.key("month");
            w.value(month(m));
            w.key("standard");
            w.value(m.standard);
            w.key("normal");
            w.value(m.normal);
            w.key("emergency");
            w.value(m.emergency);
            w.key("total");
            w.value(m.total());
            w.key("successRate");
            w.value(rounded(m.successRate()));
            w.key("rollbackRate");
            w.value(rounded(m.rollbackRate()));
            w.key("emergencyShare");
            w.value(tidy(m.emergencyShare()));
            w.key("medianLeadDays");
            w.value(rounded(m.medianLeadDays));
            w.key("causedIncidents");
            w.value(m.causedIncidents);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        m_out << QString::fromUtf8(w.take()) << Qt::endl;
        return Success;
    }
    const QLocale c = QLocale::c();
    auto percent = [&](const std::optional<double> &v) {
        return v ? c.toString(*v * 100, 'f', 0) + QStringLiteral(" %") : QStringLiteral("-");
    };
    m_out << Tr::tr("month     changes  std  nor  emg  success  rollback  emergency  lead (d)  "
                    "caused incidents")
          << "\n";
    for (const ChangeMonth &m : months)
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10\n")
                     .arg(month(m), -8)
                     .arg(m.total(), 7)
                     .arg(m.standard, 3)
                     .arg(m.normal, 3)
                     .arg(m.emergency, 3)
                     .arg(percent(m.successRate()), 7)
                     .arg(percent(m.rollbackRate()), 8)
                     .arg(percent(m.emergencyShare()), 9)
                     .arg(m.medianLeadDays ? c.toString(*m.medianLeadDays, 'f', 1)
                                           : QStringLiteral("-"),
                          8)
                     .arg(m.causedIncidents, 16);
    m_out.flush();
    return Success;
}

} // namespace Continuity::Cli
