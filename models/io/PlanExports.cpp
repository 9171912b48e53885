// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExports.h"

#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "domain/Plan.h"
#include "rules/Validation.h"
#include "TextSafety.h"

#include <QLocale>
#include <QSet>

namespace Continuity::PlanExports {
namespace {

QString number(const std::optional<double> &value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString dotString(const QString &text)
{
    QString escaped = TextSafety::withoutControlCharacters(text, true);
    escaped.replace(QLatin1Char('\t'), QLatin1Char(' '));
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    escaped.remove(QLatin1Char('\r'));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString csvCell(const QString &text)
{
    QString cell = TextSafety::withoutControlCharacters(text, true);
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
        cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray csvTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    auto line = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += csvCell(cells.at(i));
        }
        out += QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArray("\xef\xbb\xbf") + out.toUtf8();
}

QByteArray servicesCsv(const Plan &plan)
{
    QList<QStringList> rows;
    rows.reserve(plan.services.size());
    for (const Service &s : plan.services) {
        rows.append({s.id, s.name, toString(s.kind), number(s.tier), s.owner,
                     toString(s.environment), s.provider, toString(s.deployment),
                     toString(s.replication.mode), number(s.recoveryHours), number(s.rtoHours),
                     number(s.rpoHours), s.tags.join(QLatin1Char(' ')),
                     s.attributes.value(QStringLiteral("sys_id")),
                     s.attributes.value(QStringLiteral("location"))});
    }
    return csvTable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                     QStringLiteral("tier"), QStringLiteral("owner"), QStringLiteral("environment"),
                     QStringLiteral("provider"), QStringLiteral("deployment"),
                     QStringLiteral("replication"), QStringLiteral("recoveryHours"),
                     QStringLiteral("rtoHours"), QStringLiteral("rpoHours"), QStringLiteral("tags"),
                     QStringLiteral("sys_id"), QStringLiteral("location")},
                    rows);
}

QByteArray dependenciesCsv(const Plan &plan)
{
    QList<QStringList> rows;
    rows.reserve(plan.dependencies.size());
    for (const Dependency &d : plan.dependencies) {
        QString quorum;
        for (const RedundancyGroup &g : plan.groups) {
            if (!d.group.isEmpty() && g.consumer == d.consumer && g.name == d.group)
                quorum = QString::number(g.quorum);
        }
        rows.append({d.consumer, d.provider, toString(d.strength), d.group, quorum});
    }
    return csvTable({QStringLiteral("consumer"), QStringLiteral("provider"),
                     QStringLiteral("strength"), QStringLiteral("group"), QStringLiteral("quorum")},
                    rows);
}

QByteArray findingsCsv(const Plan &, const std::vector<Finding> &findings)
{
    QList<QStringList> rows;
    rows.reserve(qsizetype(findings.size()));
    for (const Finding &f : findings) {
        rows.append(
            {toString(f.severity), f.kind, f.subject, f.message, f.related.join(QLatin1Char(' '))});
    }
    return csvTable({QStringLiteral("severity"), QStringLiteral("kind"), QStringLiteral("subject"),
                     QStringLiteral("message"), QStringLiteral("related")},
                    rows);
}

QByteArray graphDot(const Plan &plan)
{
    QString out = QStringLiteral("digraph plan {\n  rankdir=TB;\n  node [shape=box];\n");
    if (!plan.name.isEmpty())
        out += QStringLiteral("  label=%1;\n").arg(dotString(plan.name));
    for (const Process &p : plan.processes) {
        out += QStringLiteral("  %1 [label=%2, shape=cds, kind=\"process\"];\n")
                   .arg(dotString(p.id), dotString(p.name));
    }
    for (const Service &s : plan.services) {
        out += QStringLiteral("  %1 [label=%2, kind=%3%4];\n")
                   .arg(dotString(s.id), dotString(s.name), dotString(toString(s.kind)),
                        s.tier ? QStringLiteral(", tier=%1").arg(*s.tier) : QString());
    }
    for (const Dependency &d : plan.dependencies) {
        QString attributes;
        if (d.strength == Strength::Soft)
            attributes = QStringLiteral(" [style=dashed]");
        else if (!d.group.isEmpty())
            attributes = QStringLiteral(" [group=%1]").arg(dotString(d.group));
        out += QStringLiteral("  %1 -> %2%3;\n")
                   .arg(dotString(d.consumer), dotString(d.provider), attributes);
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

namespace {

// A YAML double-quoted scalar: every string from the plan is written so, with backslash, quote
// and every control character escaped, so that no name can end the scalar or start a key.
QString yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 ||
                 c.unicode() == 0x2028 || c.unicode() == 0x2029)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

// metadata.name: an RFC 1123 label (lower-case letters, digits and '-', at most 63, starting
// and ending with a letter or digit), unique within the file.
QString openSloName(const QString &id, QSet<QString> *taken)
{
    QString name;
    for (const QChar c : id.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (ok)
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    auto trim = [](QString n) {
        while (n.endsWith(QLatin1Char('-')))
            n.chop(1);
        return n;
    };
    name = trim(name.left(56));
    if (name.isEmpty())
        name = QStringLiteral("node");
    QString unique = name;
    for (int n = 2; taken->contains(unique); ++n)
        unique = trim(name.left(52)) + QStringLiteral("-%1").arg(n);
    taken->insert(unique);
    return unique;
}

} // namespace

QByteArray openSloYaml(const Plan &plan, const GraphSnapshot &graph, QStringList *skipped)
{
    QList<const Slo *> slos;
    for (const Slo &s : plan.slos)
        slos.append(&s);
    std::sort(slos.begin(), slos.end(),
              [](const Slo *a, const Slo *b) { return a->node < b->node; });
    QString out = QStringLiteral("# OpenSLO v1: the service level objectives agreed in the "
                                 "continuity plan %1.\n"
                                 "# Bind each indicator's metric source to the monitoring that "
                                 "tells whether the node is up.\n")
                      .arg(yamlString(plan.name));
    QSet<QString> taken;
    const QString zone = plan.incidentPolicy.timeZone.isEmpty() ? QStringLiteral("UTC")
                                                                : plan.incidentPolicy.timeZone;
    for (const Slo *slo : std::as_const(slos)) {
        const int node = graph.indexOf(slo->node);
        std::optional<double> objective = slo->objective;
        if (!objective && node >= 0 && graph.tier(node) >= 0)
            objective = plan.tierPolicy.sloObjective(graph.tier(node));
        if (node < 0 || !objective) {
            if (skipped)
                skipped->append(slo->node);
            continue;
        }
        const QString name = openSloName(slo->node, &taken);
        const QString shown = graph.name(node);
        QString window;
        if (const std::optional<int> days = rollingWindowDays(slo->window)) {
            window = QStringLiteral("    - duration: %1d\n      isRolling: true\n").arg(*days);
        } else {
            // The calendar starts at the beginning of a year, so that months and quarters fall
            // on their boundaries in the plan's time zone.
            const bool quarter = slo->window == QLatin1String("quarter");
            window = QStringLiteral("    - duration: 1%1\n      isRolling: false\n"
                                    "      calendar:\n"
                                    "        startTime: \"2020-01-01 00:00:00\"\n"
                                    "        timeZone: %2\n")
                         .arg(quarter ? QLatin1Char('Q') : QLatin1Char('M'))
                         .arg(yamlString(zone));
        }
        const QString tier =
            graph.tier(node) >= 0 ? QString::number(graph.tier(node)) : QStringLiteral("none");
        out += QStringLiteral("---\napiVersion: openslo/v1\nkind: Service\nmetadata:\n"
                              "  name: %1\n  displayName: %2\nspec:\n  description: %3\n")
                   .arg(name, yamlString(shown),
                        yamlString(graph.isProcess(node)
                                       ? QStringLiteral("A business process of the plan")
                                       : QStringLiteral("A service of the plan")));
        QString description = slo->degradedCounts
                                  ? QStringLiteral("Share of minutes in which %1 is fully up "
                                                   "(degraded counts as down)")
                                  : QStringLiteral("Share of minutes in which %1 is not down");
        out += QStringLiteral("---\napiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: %1\n"
                              "  displayName: %2\n  labels:\n    tier: %3\n  annotations:\n"
                              "    continuity.plan/node: %4\n"
                              "    continuity.plan/objective-source: %5\n"
                              "    continuity.plan/degraded-counts: %6\n")
                   .arg(name, yamlString(shown), yamlString(tier), yamlString(slo->node),
                        yamlString(slo->objective ? QStringLiteral("own")
                                                  : QStringLiteral("tier default")),
                        yamlString(slo->degradedCounts ? QStringLiteral("true")
                                                       : QStringLiteral("false")));
        out += QStringLiteral("spec:\n  description: %1\n  service: %2\n"
                              "  indicator:\n    metadata:\n      name: %2-up\n"
                              "      displayName: %3\n"
                              "    spec:\n      ratioMetric:\n        counter: false\n"
                              "        good:\n          metricSource:\n"
                              "            type: unbound\n            spec: {}\n"
                              "        total:\n          metricSource:\n"
                              "            type: unbound\n            spec: {}\n")
                   .arg(yamlString(description.arg(shown)), name,
                        yamlString(shown + QStringLiteral(" is up")));
        out += QStringLiteral("  timeWindow:\n%1  budgetingMethod: Timeslices\n  objectives:\n"
                              "    - displayName: %2\n      op: gte\n      target: %3\n"
                              "      timeSliceTarget: 1\n      timeSliceWindow: 1m\n")
                   .arg(window, yamlString(QStringLiteral("Continuity plan objective")),
                        QString::number(*objective / 100.0, 'g', 10));
    }
    return out.toUtf8();
}

} // namespace Continuity::PlanExports
