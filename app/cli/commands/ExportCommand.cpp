// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli export PLAN --json FILE | CSV | DOT
#include "CliRunner.h"

#include "io/ICalendar.h"

#include "analysis/DoraRegister.h"
#include "io/DoraExport.h"

#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "domain/Plan.h"
#include "io/AtomicFile.h"
#include "io/PlanExports.h"
#include "io/PlanJson.h"
#include "io/VCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace Continuity::Cli {

int Runner::exportPlan(const QStringList &args)
{
    const QStringList formats{QStringLiteral("--json"),
                              QStringLiteral("--services-csv"),
                              QStringLiteral("--dependencies-csv"),
                              QStringLiteral("--findings-csv"),
                              QStringLiteral("--dot"),
                              QStringLiteral("--vcard"),
                              QStringLiteral("--openslo"),
                              QStringLiteral("--ics"),
                              QStringLiteral("--dora-register")};
    const Arguments a = parse(args,
                              formats + QStringList{QStringLiteral("--vcard-version"),
                                                    QStringLiteral("--reference-date")},
                              {QStringLiteral("--without-personal-data")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    const bool any = std::any_of(formats.cbegin(), formats.cend(),
                                 [&](const QString &f) { return a.options.contains(f); });
    if (a.positionals.size() != 1 || !any)
        return badUsage(
            Tr::tr("export needs a PLAN file and --json FILE (or --services-csv, "
                   "--dependencies-csv, --findings-csv, --dot, --vcard, --openslo, --ics, "
                   "--dora-register FILE)"));
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    // For sharing with a supplier or consultant: people reduced to their names and roles.
    if (a.flags.contains(QStringLiteral("--without-personal-data")))
        plan = VCard::withoutPersonalData(plan);
    const QString vcardVersion =
        a.options.value(QStringLiteral("--vcard-version"), QStringLiteral("4"));
    if (vcardVersion != QLatin1String("3") && vcardVersion != QLatin1String("4"))
        return badUsage(Tr::tr("--vcard-version must be 3 or 4"));
    auto save = [this](const QString &target, const QByteArray &bytes) {
        QString error;
        if (!AtomicFile::write(target, bytes, &error)) {
            m_err << "continuity-cli: " << error << Qt::endl;
            return false;
        }
        return true;
    };
    if (a.options.contains(QStringLiteral("--services-csv")) &&
        !save(a.options.value(QStringLiteral("--services-csv")), PlanExports::servicesCsv(plan)))
        return BadInput;
    if (a.options.contains(QStringLiteral("--dependencies-csv")) &&
        !save(a.options.value(QStringLiteral("--dependencies-csv")),
              PlanExports::dependenciesCsv(plan)))
        return BadInput;
    if (a.options.contains(QStringLiteral("--findings-csv"))) {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        if (!save(a.options.value(QStringLiteral("--findings-csv")),
                  PlanExports::findingsCsv(plan, checkPlan(graph, plan))))
            return BadInput;
    }
    if (a.options.contains(QStringLiteral("--dot")) &&
        !save(a.options.value(QStringLiteral("--dot")), PlanExports::graphDot(plan)))
        return BadInput;
    if (a.options.contains(QStringLiteral("--vcard")) &&
        !save(a.options.value(QStringLiteral("--vcard")),
              VCard::write(plan.persons, vcardVersion.toInt())))
        return BadInput;
    if (a.options.contains(QStringLiteral("--openslo"))) {
        QStringList skipped;
        const QByteArray yaml =
            PlanExports::openSloYaml(plan, GraphSnapshot::fromPlan(plan), &skipped);
        if (!save(a.options.value(QStringLiteral("--openslo")), yaml))
            return BadInput;
        // Said, not refused: the other SLOs are written.
        if (!skipped.isEmpty())
            m_err << Tr::tr("continuity-cli: left out of the OpenSLO file (no objective, or a "
                            "node the plan lacks): %1")
                         .arg(skipped.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    if (a.options.contains(QStringLiteral("--dora-register")) &&
        !exportDoraRegister(plan, a.options.value(QStringLiteral("--dora-register")),
                            a.options.value(QStringLiteral("--reference-date"))))
        return BadInput;
    if (a.options.contains(QStringLiteral("--ics")) &&
        !save(a.options.value(QStringLiteral("--ics")), ICalendar::write(plan)))
        return BadInput;
    if (!a.options.contains(QStringLiteral("--json")))
        return Success;
    const QByteArray json = PlanJson::write(plan);
    const QString target = a.options.value(QStringLiteral("--json"));
    if (target == QLatin1String("-")) {
        m_out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(json) != json.size())
            return fail(Tr::tr("could not write to standard output"));
        return Success;
    }
    if (!AtomicFile::write(target, json, &error))
        return fail(error);
    return Success;
}

// DORA's register of information (docs/dora-register.md): every problem named, errors first;
// nothing written on an error.
bool Runner::exportDoraRegister(const Plan &plan, const QString &target,
                                const QString &referenceText)
{
    QDate reference = defaultReferenceDate(QDate::currentDate());
    if (!referenceText.isEmpty()) {
        reference = QDate::fromString(referenceText, Qt::ISODate);
        if (!reference.isValid()) {
            m_err << "continuity-cli: " << Tr::tr("--reference-date must be a date (YYYY-MM-DD)")
                  << Qt::endl;
            return false;
        }
    }
    const DoraRegister reg = buildDoraRegister(
        plan, reference, QDate::currentDate(),
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    for (const bool errors : {true, false}) {
        for (const RegisterProblem &p : reg.problems) {
            if (p.error == errors)
                m_err << (p.error ? Tr::tr("error") : Tr::tr("warning")) << "  " << p.where << ": "
                      << p.text << Qt::endl;
        }
    }
    QString error;
    if (!DoraExport::write(reg, target, &error)) {
        m_err << "continuity-cli: " << error << Qt::endl;
        return false;
    }
    int rows = 0;
    for (const RegisterTable &t : reg.tables)
        rows += int(t.rows.size());
    m_out << Tr::tr("Wrote the register of information as of %1 to %2: %3 templates, %4 rows, "
                    "%5 warning(s).")
                 .arg(reference.toString(Qt::ISODate), target)
                 .arg(reg.tables.size())
                 .arg(rows)
                 .arg(reg.problems.size())
          << Qt::endl;
    return true;
}

} // namespace Continuity::Cli
