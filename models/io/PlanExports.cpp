// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExports.h"

#include "analysis/Findings.h"
#include "domain/Plan.h"
#include "TextSafety.h"

#include <QLocale>

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

QByteArray table(const QStringList &header, const QList<QStringList> &rows)
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
    return table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
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
    return table({QStringLiteral("consumer"), QStringLiteral("provider"),
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
    return table({QStringLiteral("severity"), QStringLiteral("kind"), QStringLiteral("subject"),
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

} // namespace Continuity::PlanExports
