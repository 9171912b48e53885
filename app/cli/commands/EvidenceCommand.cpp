// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli evidence PLAN [--from DATE] [--to DATE] -o PACK.zip
// continuity-cli evidence --verify PACK.zip                      (product/14-governance.md)
#include "CliRunner.h"

#include "domain/Plan.h"
#include "io/EvidencePack.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"

#include <QDir>
#include <QTextStream>

namespace Continuity::Cli {

int Runner::evidence(const QStringList &args)
{
    const Arguments a =
        parse(args, {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("-o")},
              {QStringLiteral("--verify")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.flags.contains(QLatin1String("--verify"))) {
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("evidence --verify needs exactly one PACK.zip"));
        const EvidencePack::Verification v = EvidencePack::verify(a.positionals.first());
        if (v.ok) {
            m_out << Tr::tr("Verified: %1 files match the manifest (period %2, audit trail %3).")
                         .arg(v.files)
                         .arg(v.period, v.auditHead)
                  << Qt::endl;
            return Success;
        }
        for (const QString &problem : v.problems)
            m_err << Tr::tr("continuity-cli: %1").arg(problem) << '\n';
        m_err.flush();
        return FindingsHaveErrors;
    }
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("evidence needs exactly one PLAN file"));
    const QString output = a.options.value(QStringLiteral("-o"));
    if (output.isEmpty())
        return badUsage(Tr::tr("evidence needs -o PACK.zip"));
    EvidencePack::Input in;
    in.to = a.options.contains(QStringLiteral("--to"))
                ? QDate::fromString(a.options.value(QStringLiteral("--to")), Qt::ISODate)
                : QDate::currentDate();
    in.from = a.options.contains(QStringLiteral("--from"))
                  ? QDate::fromString(a.options.value(QStringLiteral("--from")), Qt::ISODate)
                  : in.to.addYears(-1).addDays(1);
    if (!in.from.isValid() || !in.to.isValid())
        return badUsage(Tr::tr("--from and --to must be dates written YYYY-MM-DD"));
    if (in.to < in.from)
        return badUsage(Tr::tr("--to must not be before --from"));
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    {
        std::unique_ptr<PlanFile> file = openReadOnly(a.positionals.first(), &error);
        if (!file)
            return fail(error);
        if (!Audit::list(file->database(), {}, &in.audit, &error))
            return fail(error);
        Audit::head(file->database(), &in.head, nullptr);
    }
    in.planFile = a.positionals.first();
    EvidencePack::Result result;
    if (!EvidencePack::write(plan, in, output, &result, &error))
        return fail(error);
    m_out << Tr::tr("Wrote the evidence pack for %1 to %2 (%3 files, audit trail %4) to %5")
                 .arg(in.from.toString(Qt::ISODate), in.to.toString(Qt::ISODate))
                 .arg(result.files)
                 .arg(in.head.shortText(), QDir::toNativeSeparators(output))
          << Qt::endl;
    for (const QString &missing : std::as_const(result.missingEvidence))
        m_out << Tr::tr("Not in the pack: %1").arg(missing) << Qt::endl;
    return Success;
}

} // namespace Continuity::Cli
