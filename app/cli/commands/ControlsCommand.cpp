// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli controls PLAN [--at DATE] [--json]   (product/14-governance.md)
#include "CliRunner.h"

#include "analysis/Controls.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"

#include <QTextStream>

#include <algorithm>

namespace Continuity::Cli {

int Runner::controls(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--at")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("controls needs exactly one PLAN file"));
    QDate at = QDate::currentDate();
    if (a.options.contains(QStringLiteral("--at"))) {
        at = QDate::fromString(a.options.value(QStringLiteral("--at")), Qt::ISODate);
        if (!at.isValid())
            return badUsage(Tr::tr("--at must be a date (YYYY-MM-DD)"));
    }
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const QList<ControlStatus> statuses = evaluateControls(plan, at);
    if (a.flags.contains(QLatin1String("--json"))) {
        writeJson(AnalysisJson::controls(plan, statuses, at));
        return Success;
    }
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const Control &c = plan.controls.at(i);
        const ControlStatus &s = statuses.at(i);
        m_out << QStringLiteral("%1 %2 %3").arg(toString(s.state), -12).arg(c.id, -10).arg(c.title);
        if (!s.acceptedBy.isEmpty())
            m_out << ' ' << Tr::tr("[accepted by exception %1]").arg(s.acceptedBy);
        m_out << "\n    " << s.summary << '\n';
        for (const ControlItem &item : s.items) {
            if (!item.holds)
                m_out << "    - " << item.id << ": " << item.why << '\n';
        }
    }
    const QList<RequirementStatus> requirements = requirementStatuses(plan, statuses);
    const auto answered = std::count_if(requirements.cbegin(), requirements.cend(),
                                        [](const RequirementStatus &r) { return r.state; });
    m_out << Tr::tr("%n control(s); %1 of %2 requirements of the catalogue answered by a control",
                    nullptr, int(statuses.size()))
                 .arg(answered)
                 .arg(requirements.size())
          << '\n';
    m_out.flush();
    return Success;
}

} // namespace Continuity::Cli
