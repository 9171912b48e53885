// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli controls PLAN [--at DATE] [--json]   (product/14-governance.md)
#include "CliRunner.h"

#include "analysis/Controls.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"
#include "rules/Catalogue.h"

#include <QTextStream>

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
    int answered = 0;
    int total = 0;
    QSet<QString> covered;
    for (const Control &c : plan.controls)
        covered.unite(QSet<QString>(c.requirements.cbegin(), c.requirements.cend()));
    for (const Framework &f : Catalogue::shipped().frameworks()) {
        for (const Requirement &r : f.requirements) {
            ++total;
            answered += covered.contains(r.id);
        }
    }
    m_out << Tr::tr("%n control(s); %1 of %2 requirements of the catalogue answered by a control",
                    nullptr, int(statuses.size()))
                 .arg(answered)
                 .arg(total)
          << '\n';
    m_out.flush();
    return Success;
}

} // namespace Continuity::Cli
