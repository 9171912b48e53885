// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli report runbook|exercise PLAN -o FILE.pdf
#include "CliRunner.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include "report/CabReport.h"
#include "report/ControlReport.h"
#include "report/ExecutiveReport.h"

#include "analysis/AnalysisRun.h"
#include "analysis/Findings.h"
#include "analysis/GraphSnapshot.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"
#include "report/BiaReport.h"
#include "report/ContactSheet.h"
#include "report/ContinuityPlan.h"
#include "report/ExerciseReport.h"
#include "report/FindingsReport.h"
#include "report/OdtWriter.h"
#include "report/PostmortemReport.h"
#include "report/RunbookReport.h"
#include "report/ScenarioBrief.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QTextStream>

namespace Continuity::Cli {
namespace {

// Takes `--name VALUE` (or `--name=VALUE`) out of `args`: report kinds with value options of
// their own beside the -o and --id that prepareReport knows. Empty when absent; `*present`
// says whether it was given at all (a missing value is then empty).
QString takeOption(QStringList &args, const QString &name, bool *present)
{
    *present = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name) {
            *present = true;
            // An option after it is the next option, not its value.
            const bool hasValue =
                i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-'));
            const QString value = hasValue ? args.at(i + 1) : QString();
            args.remove(i, hasValue ? 2 : 1);
            return value;
        }
        if (args.at(i).startsWith(name + QLatin1Char('='))) {
            *present = true;
            const QString value = args.at(i).mid(name.size() + 1);
            args.remove(i);
            return value;
        }
    }
    return {};
}

// The document with the plan's audit head in its footer.
Report::Document withAudit(Report::Document document, const QString &head)
{
    if (document.footerAudit.isEmpty())
        document.footerAudit = head;
    return document;
}

} // namespace

int Runner::prepareReport(const QStringList &args, const QString &kind, const QStringList &flags,
                          ReportSetup *setup)
{
    setup->args = parse(
        args, {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--id")}, flags);
    const Arguments &a = setup->args;
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("report %1 needs exactly one PLAN file").arg(kind));
    setup->output =
        a.options.value(QStringLiteral("-o"), a.options.value(QStringLiteral("--output")));
    // The continuity plan is also written as OpenDocument Text, to be extended by hand.
    const bool odt = kind == QLatin1String("plan") &&
                     setup->output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (setup->output.isEmpty() ||
        (!odt && !setup->output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
        return badUsage(kind == QLatin1String("plan")
                            ? Tr::tr("report plan needs -o FILE.pdf or -o FILE.odt")
                            : Tr::tr("report needs -o FILE.pdf"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Tr::tr("report needs Qt's fonts and painting; run it as continuity-cli"));
    QString error;
    std::unique_ptr<PlanFile> file = openReadOnly(a.positionals.first(), &error);
    if (!file || !PlanSql(file->database()).load(&setup->plan, &error))
        return fail(error);
    // The footer anchors the audit trail (a plan from before the trail has none).
    Audit::Head head;
    if (Audit::head(file->database(), &head, nullptr))
        setup->auditHead = head.shortText();
    return Success;
}

int Runner::report(const QStringList &args)
{
    if (args.isEmpty())
        return badUsage(Tr::tr("report needs a kind: runbook or exercise"));
    const QString kind = args.first();
    if (kind == QLatin1String("exercise"))
        return reportExercise(args.mid(1));
    if (kind == QLatin1String("contacts"))
        return reportContacts(args.mid(1));
    if (kind == QLatin1String("findings"))
        return reportFindings(args.mid(1));
    if (kind == QLatin1String("scenario"))
        return reportScenario(args.mid(1));
    if (kind == QLatin1String("bia"))
        return reportBia(args.mid(1));
    if (kind == QLatin1String("plan"))
        return reportPlan(args.mid(1));
    if (kind == QLatin1String("postmortem"))
        return reportPostmortem(args.mid(1));
    if (kind == QLatin1String("cab"))
        return reportCab(args.mid(1));
    if (kind == QLatin1String("controls"))
        return reportControls(args.mid(1));
    if (kind == QLatin1String("executive"))
        return reportExecutive(args.mid(1));
    if (kind != QLatin1String("runbook"))
        return badUsage(
            Tr::tr(
                "this version prints these reports: runbook, exercise, contacts, "
                "findings, scenario, bia, plan, postmortem, cab, controls, executive (not \"%1\")")
                .arg(kind));
    ReportSetup setup;
    if (const int code = prepareReport(args.mid(1), QStringLiteral("runbook"),
                                       {QStringLiteral("--approved")}, &setup);
        code != Success)
        return code;
    const Arguments &a = setup.args;
    const QString &output = setup.output;
    const Plan &plan = setup.plan;
    QString error;
    const Runbook *runbook = nullptr;
    if (const int code =
            pick(plan.runbooks, a, QStringLiteral("runbook"), QStringLiteral("runbooks"), &runbook);
        code != Success)
        return code;
    Runbook chosen = *runbook;
    if (a.flags.contains(QLatin1String("--approved")) && chosen.status != RunbookStatus::Approved) {
        if (chosen.previousVersions.isEmpty())
            return fail(Tr::tr("runbook \"%1\" has never been approved").arg(chosen.id));
        chosen = chosen.previousVersions.last();
    }
    const Report::Document document = runbookReport(plan, chosen, QDateTime::currentDateTime());
    int pages = 0;
    if (!Report::writePdf(withAudit(document, setup.auditHead), output, chosen.title, &error, {},
                          &pages))
        return fail(error);
    m_out << Tr::tr("Wrote runbook \"%1\" (%2 steps, %3 pages) to %4")
                 .arg(chosen.id)
                 .arg(chosen.steps.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(output))
          << Qt::endl;
    return Success;
}

int Runner::reportExercise(const QStringList &args)
{
    ReportSetup setup;
    if (const int code = prepareReport(args, QStringLiteral("exercise"), {}, &setup);
        code != Success)
        return code;
    const QString &output = setup.output;
    const Plan &plan = setup.plan;
    QString error;
    const Exercise *exercise = nullptr;
    if (const int code = pick(plan.exercises, setup.args, QStringLiteral("exercise"),
                              QStringLiteral("exercises"), &exercise);
        code != Success)
        return code;
    const Report::Document document = exerciseReport(plan, *exercise, QDateTime::currentDateTime());
    int pages = 0;
    if (!Report::writePdf(withAudit(document, setup.auditHead), output, exercise->title, &error, {},
                          &pages))
        return fail(error);
    m_out << Tr::tr("Wrote exercise \"%1\" (%2 pages) to %3")
                 .arg(exercise->id)
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(output))
          << Qt::endl;
    return Success;
}

int Runner::reportContacts(const QStringList &args)
{
    // --fail is a value option of its own here; prepareReport knows -o and --id.
    QStringList rest = args;
    QString failList;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1String("--fail") && i + 1 < rest.size()) {
            failList = rest.at(i + 1);
            rest.remove(i, 2);
            break;
        }
        if (rest.at(i).startsWith(QLatin1String("--fail="))) {
            failList = rest.at(i).mid(7);
            rest.remove(i);
            break;
        }
    }
    ReportSetup setup;
    if (const int code = prepareReport(rest, QStringLiteral("contacts"), {}, &setup);
        code != Success)
        return code;
    const Plan &plan = setup.plan;
    QStringList failed;
    if (!failList.isEmpty()) {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        std::vector<int> nodes;
        QString error;
        if (!resolveNodes(graph, failList, &nodes, &error))
            return badUsage(error);
        for (int node : nodes)
            failed.append(graph.id(node));
    }
    const Report::Document document = contactSheet(plan, failed, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Contact sheet"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the contact sheet (%1 pages) to %2")
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

int Runner::reportFindings(const QStringList &args)
{
    QStringList rest = args;
    bool since = false;
    const QString olderPath = takeOption(rest, QStringLiteral("--since"), &since);
    if (since && olderPath.isEmpty())
        return badUsage(Tr::tr("--since needs the older copy of the plan"));
    ReportSetup setup;
    if (const int code = prepareReport(rest, QStringLiteral("findings"), {}, &setup);
        code != Success)
        return code;
    const Plan &plan = setup.plan;
    QString error;
    std::vector<Finding> older;
    if (since) {
        Plan olderPlan;
        if (!loadReadOnly(olderPath, &olderPlan, &error))
            return fail(error);
        older = checkPlan(GraphSnapshot::fromPlan(olderPlan), olderPlan);
    }
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    FindingsReview review;
    review.findings = checkPlan(graph, plan);
    if (since) {
        review.older = &older;
        review.olderLabel = QFileInfo(olderPath).fileName();
    }
    const SpofResult spofs = findSpofs(graph, defaultSpofTargets(graph));
    const Report::Document document =
        findingsReport(plan, graph, review, spofs, QDateTime::currentDateTime());
    int pages = 0;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Findings review"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the findings review (%1 findings, %2 pages) to %3")
                 .arg(review.findings.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

int Runner::reportScenario(const QStringList &args)
{
    QStringList rest = args;
    bool given = false;
    const QString failList = takeOption(rest, QStringLiteral("--fail"), &given);
    if (failList.isEmpty())
        return badUsage(Tr::tr("report scenario needs --fail ID[,ID...]: what fails"));
    ReportSetup setup;
    if (const int code = prepareReport(rest, QStringLiteral("scenario"), {}, &setup);
        code != Success)
        return code;
    const Plan &plan = setup.plan;
    QStringList failed;
    {
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        std::vector<int> nodes;
        QString error;
        if (!resolveNodes(graph, failList, &nodes, &error))
            return badUsage(error);
        for (int node : nodes)
            failed.append(graph.id(node));
    }
    const AnalysisOutput results = runAnalyses(plan, failed);
    const Report::Document document = scenarioBrief(plan, results, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Scenario brief"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the scenario brief (%1 down, %2 pages) to %3")
                 .arg(results.cascade().affected.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

int Runner::reportBia(const QStringList &args)
{
    QStringList rest = args;
    bool given = false;
    const QString processList = takeOption(rest, QStringLiteral("--process"), &given);
    if (given && processList.isEmpty())
        return badUsage(Tr::tr("--process needs ID[,ID...]: the processes to report"));
    ReportSetup setup;
    if (const int code = prepareReport(rest, QStringLiteral("bia"), {}, &setup); code != Success)
        return code;
    const Plan &plan = setup.plan;
    QStringList ids;
    for (const QString &id : processList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        const bool known = std::any_of(plan.processes.cbegin(), plan.processes.cend(),
                                       [&](const Process &p) { return p.id == trimmed; });
        if (!known)
            return badUsage(Tr::tr("there is no process with the id \"%1\"").arg(trimmed));
        ids.append(trimmed);
    }
    if (plan.processes.isEmpty())
        return fail(Tr::tr("the plan has no processes: there is no BIA to report"));
    const Report::Document document = biaReport(plan, ids, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Business impact analysis"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the BIA report (%1 processes, %2 pages) to %3")
                 .arg(ids.isEmpty() ? plan.processes.size() : ids.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

int Runner::reportPlan(const QStringList &args)
{
    QStringList rest = args;
    bool given = false;
    const QString scopeText = takeOption(rest, QStringLiteral("--scope"), &given);
    if (given && scopeText.isEmpty())
        return badUsage(Tr::tr("--scope needs site:ID or process:ID[,ID...]"));
    ReportSetup setup;
    if (const int code = prepareReport(rest, QStringLiteral("plan"), {}, &setup); code != Success)
        return code;
    const Plan &plan = setup.plan;
    QString error;
    const std::optional<PlanScope> scope = parsePlanScope(plan, scopeText, &error);
    if (!scope)
        return badUsage(error);
    const Report::Document document = continuityPlan(plan, *scope, QDateTime::currentDateTime());
    const QString title = Tr::tr("Business continuity plan");
    if (setup.output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        if (!Report::writeOdt(withAudit(document, setup.auditHead), setup.output, title, &error))
            return fail(error);
        m_out << Tr::tr("Wrote the business continuity plan to %1")
                     .arg(QDir::toNativeSeparators(setup.output))
              << Qt::endl;
        return Success;
    }
    int pages = 0;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output, title, &error, {},
                          &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the business continuity plan (%1 pages) to %2")
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

int Runner::reportPostmortem(const QStringList &args)
{
    ReportSetup setup;
    if (const int code =
            prepareReport(args, QStringLiteral("postmortem"), {QStringLiteral("--names")}, &setup);
        code != Success)
        return code;
    const Plan &plan = setup.plan;
    const Incident *incident = nullptr;
    if (const int code = pick(plan.incidents, setup.args, QStringLiteral("incident"),
                              QStringLiteral("incidents"), &incident);
        code != Success)
        return code;
    const bool names = setup.args.flags.contains(QLatin1String("--names"));
    const Report::Document document =
        postmortemReport(plan, *incident, names, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Post-mortem %1").arg(incident->id), &error, {}, &pages))
        return fail(error);
    m_out << (incident->postmortem ? Tr::tr("Wrote the post-mortem of %1 (%2 pages) to %3")
                                   : Tr::tr("Wrote %1 (%2 pages; it has no post-mortem yet) to %3"))
                 .arg(incident->id)
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

// report cab PLAN [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE.pdf
int Runner::reportCab(const QStringList &arguments)
{
    QStringList args = arguments;
    bool hasFrom = false;
    bool hasTo = false;
    const QString fromText = takeOption(args, QStringLiteral("--from"), &hasFrom);
    const QString toText = takeOption(args, QStringLiteral("--to"), &hasTo);
    const QDate today = QDate::currentDate();
    const QDate from = hasFrom ? QDate::fromString(fromText, Qt::ISODate) : today;
    const QDate to = hasTo ? QDate::fromString(toText, Qt::ISODate) : from.addDays(13);
    if (!from.isValid() || !to.isValid())
        return badUsage(Tr::tr("--from and --to must be dates written YYYY-MM-DD"));
    if (to < from)
        return badUsage(Tr::tr("--to must not be before --from"));
    if (from.daysTo(to) > 366)
        return badUsage(Tr::tr("a CAB pack covers at most a year"));
    ReportSetup setup;
    if (const int code = prepareReport(args, QStringLiteral("cab"), {}, &setup); code != Success)
        return code;
    const Report::Document document = cabReport(setup.plan, from, to, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Change advisory board"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the CAB pack for %1 to %2 (%3 pages) to %4")
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

// report controls PLAN [--at YYYY-MM-DD] -o FILE.pdf
int Runner::reportControls(const QStringList &arguments)
{
    QStringList args = arguments;
    bool hasAt = false;
    const QString atText = takeOption(args, QStringLiteral("--at"), &hasAt);
    const QDate at = hasAt ? QDate::fromString(atText, Qt::ISODate) : QDate::currentDate();
    if (!at.isValid())
        return badUsage(Tr::tr("--at must be a date (YYYY-MM-DD)"));
    ReportSetup setup;
    if (const int code = prepareReport(args, QStringLiteral("controls"), {}, &setup);
        code != Success)
        return code;
    const Report::Document document =
        controlStatusReport(setup.plan, at, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Control status"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the control status on %1 (%2 controls, %3 pages) to %4")
                 .arg(at.toString(Qt::ISODate))
                 .arg(setup.plan.controls.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

// report executive PLAN [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o FILE.pdf
int Runner::reportExecutive(const QStringList &arguments)
{
    QStringList args = arguments;
    bool hasFrom = false;
    bool hasTo = false;
    const QString fromText = takeOption(args, QStringLiteral("--from"), &hasFrom);
    const QString toText = takeOption(args, QStringLiteral("--to"), &hasTo);
    const QDate to = hasTo ? QDate::fromString(toText, Qt::ISODate) : QDate::currentDate();
    const QDate from =
        hasFrom ? QDate::fromString(fromText, Qt::ISODate) : to.addYears(-1).addDays(1);
    if (!from.isValid() || !to.isValid())
        return badUsage(Tr::tr("--from and --to must be dates written YYYY-MM-DD"));
    if (to < from)
        return badUsage(Tr::tr("--to must not be before --from"));
    if (from.daysTo(to) > 3 * 366)
        return badUsage(Tr::tr("an executive report covers at most three years"));
    ReportSetup setup;
    if (const int code = prepareReport(args, QStringLiteral("executive"), {}, &setup);
        code != Success)
        return code;
    const Report::Document document =
        executiveReport(setup.plan, from, to, QDateTime::currentDateTime());
    int pages = 0;
    QString error;
    if (!Report::writePdf(withAudit(document, setup.auditHead), setup.output,
                          Tr::tr("Availability and resilience"), &error, {}, &pages))
        return fail(error);
    m_out << Tr::tr("Wrote the executive report for %1 to %2 (%3 pages) to %4")
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(setup.output))
          << Qt::endl;
    return Success;
}

} // namespace Continuity::Cli
