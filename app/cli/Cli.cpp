// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "analysis/AnalysisRun.h"
#include "analysis/Cascade.h"
#include "analysis/Findings.h"
#include "analysis/Recovery.h"
#include "analysis/Spof.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"
#include "io/CmdbImport.h"
#include "io/PlanExports.h"
#include "io/AtomicFile.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "layout/GraphvizLayout.h"
#ifdef CONTINUITY_WITH_MAP
#include "map/MapExport.h"
#include "map/MapScene.h"
#include <QApplication>
#endif
#include "report/ExerciseReport.h"
#include "report/RunbookReport.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <future>
#include <optional>

namespace Continuity::Cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Cli)
};

QString usage()
{
    return Tr::tr(
        "Usage: continuity-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  new PLAN [--sample]                 create an empty plan, or the bundled sample\n"
        "  info PLAN                           counts, schema version, file checks\n"
        "  import PLAN --json FILE [--replace] load plan JSON into an empty (or new) plan;\n"
        "                                      --replace swaps a non-empty plan's content\n"
        "  import PLAN --cmdb-cis CIS.csv --cmdb-rels RELS.csv [--mapping MAP.json]\n"
        "             [--dry-run] [--skip-bad-rows]\n"
        "                                      import a ServiceNow CI and relationship export;\n"
        "                                      a re-import updates by sys_id\n"
        "  export PLAN [--services-csv F] [--dependencies-csv F] [--findings-csv F] [--dot F]\n"
        "                                      services, dependencies, findings as CSV; DOT\n"
        "  export PLAN --json FILE             write the whole plan as plan JSON ('-' for\n"
        "                                      standard output)\n"
        "  analyze cascade PLAN --fail ID[,ID...] [--json]\n"
        "                                      what fails with the given nodes\n"
        "  analyze spof PLAN [--max-tier N] [--json]\n"
        "                                      single points of failure of tier 0..N targets\n"
        "  analyze tiers PLAN [--json]         required tiers, tier/RTO/RPO inversions\n"
        "  analyze recovery PLAN --fail ID[,ID...] [--json]\n"
        "                                      recovery order, ready times, RTO gaps\n"
        "  check PLAN [--json]                 all findings; exit 1 if any is an error\n"
        "  map PLAN -o FILE.svg|.png|.pdf [--engine dot|sfdp] [--fail ID,...]\n"
        "                                      draw the dependency map; --engine lays it out\n"
        "                                      afresh, --fail colours the cascade\n"
        "  report runbook PLAN [--id ID] [--approved] -o FILE.pdf\n"
        "                                      print a runbook (--id: needed when the plan\n"
        "                                      has several; --approved: its last approved\n"
        "                                      version instead of a newer draft)\n"
        "  report exercise PLAN [--id ID] -o FILE.pdf\n"
        "                                      print a DR exercise report (--id: needed when\n"
        "                                      the plan has several)\n"
        "\n"
        "Options:\n"
        "  -h, --help                          show this help\n"
        "  -v, --version                       show the version\n"
        "\n"
        "Exit status: 0 on success, 1 when check finds errors, 2 on bad usage or bad\n"
        "input (nothing is changed). IDs may also be given as unique names.\n"
        "See docs/cli.md.\n");
}

// Parsed arguments of one command: positionals, flags and --option VALUE pairs.
// Writes a new plan file on a second thread while a CMDB import is still computing: the
// processes and services as soon as the CIs are mapped, the rest once the whole plan is known
// (PlanSql::insertNodes, insertLinks), so that SQLite writes while the relationships are mapped.
// If the services turned out different after all, the plan is written whole instead. Abandoned,
// or failing, it removes the file it created: nothing is left behind.
class EarlyPlanWriter
{
public:
    explicit EarlyPlanWriter(const QString &path)
        : m_path(path)
        , m_earlyPlan(m_early.get_future())
        , m_finalPlan(m_final.get_future())
    {
        m_done = std::async(std::launch::async, [this] { return run(); });
    }
    ~EarlyPlanWriter() { finish(nullptr); }
    EarlyPlanWriter(const EarlyPlanWriter &) = delete;
    EarlyPlanWriter &operator=(const EarlyPlanWriter &) = delete;

    // From importCmdb(): the plan with its services mapped (copied; the import goes on).
    void servicesMapped(const Plan &plan)
    {
        if (!m_earlySent) {
            m_earlySent = true;
            m_early.set_value(plan);
        }
    }
    // Writes `plan` (which must live until this returns), or with nullptr abandons the file.
    bool finish(const Plan *plan, QString *error = nullptr)
    {
        if (!m_earlySent) {
            m_earlySent = true;
            m_early.set_value(std::nullopt);
        }
        if (!m_finalSent) {
            m_finalSent = true;
            m_final.set_value(plan);
        }
        if (!m_done.valid())
            return false;
        const bool ok = m_done.get();
        if (!ok && error)
            *error = m_error;
        return ok;
    }

private:
    bool run()
    {
        std::unique_ptr<PlanFile> file = PlanFile::create(m_path, &m_error);
        std::optional<PlanSql> sql;
        if (file)
            sql.emplace(file->database());
        const std::optional<Plan> early = m_earlyPlan.get();
        QHash<QString, qint64> keys;
        bool begun = false;
        bool nodesWritten = false;
        if (sql && early) {
            begun = sql->beginBulk(&m_error);
            nodesWritten = begun && sql->insertNodes(*early, &keys, &m_error);
        }
        const Plan *plan = m_finalPlan.get();
        bool ok = false;
        if (sql && plan) {
            if (nodesWritten && plan->processes == early->processes &&
                plan->services == early->services) {
                ok = sql->insertLinks(*plan, keys, &m_error) && sql->commit(&m_error);
            } else {
                if (begun)
                    sql->rollback();
                m_error.clear();
                ok = sql->beginBulk(&m_error) && sql->insertPlan(*plan, &m_error) &&
                     sql->commit(&m_error);
            }
            if (!ok)
                sql->rollback();
        } else if (begun) {
            sql->rollback();
        }
        sql.reset();
        if (!ok && file) {
            const QString created = file->path();
            file.reset();
            QFile::remove(created);
        }
        if (!plan)
            m_error.clear();
        return ok;
    }

    QString m_path;
    QString m_error;
    std::promise<std::optional<Plan>> m_early;
    std::promise<const Plan *> m_final;
    std::future<std::optional<Plan>> m_earlyPlan;
    std::future<const Plan *> m_finalPlan;
    std::future<bool> m_done;
    bool m_earlySent = false;
    bool m_finalSent = false;
};

struct Arguments
{
    QStringList positionals;
    QMap<QString, QString> options;
    QStringList flags;
    QString error;
};

// One command's arguments through Qt's QCommandLineParser, so that every command takes its
// options the same way ("--json FILE" and "--json=FILE", "-o FILE"); the messages stay ours.
Arguments parse(const QStringList &args, const QStringList &valueOptions,
                const QStringList &flagOptions)
{
    Arguments result;
    auto bare = [](const QString &option) {
        QString name = option;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        return name;
    };
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString &option : valueOptions)
        parser.addOption(QCommandLineOption(bare(option), QString(), QStringLiteral("value")));
    for (const QString &flag : flagOptions)
        parser.addOption(QCommandLineOption(bare(flag)));
    // A value option at the very end has no value: said in our words before Qt's.
    if (!args.isEmpty() && valueOptions.contains(args.constLast())) {
        result.error = Tr::tr("%1 needs a value").arg(args.constLast());
        return result;
    }
    if (!parser.parse(QStringList{QStringLiteral("continuity-cli")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.constFirst();
            result.error = Tr::tr("unknown option %1")
                               .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                                    name);
        } else {
            result.error = parser.errorText();
        }
        return result;
    }
    for (const QString &option : valueOptions) {
        if (parser.isSet(bare(option)))
            result.options.insert(option, parser.values(bare(option)).constLast());
    }
    for (const QString &flag : flagOptions) {
        if (parser.isSet(bare(flag)))
            result.flags.append(flag);
    }
    result.positionals = parser.positionalArguments();
    return result;
}

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int fail(const QString &message, int code = BadInput)
    {
        m_err << "continuity-cli: " << message << Qt::endl;
        return code;
    }

    int badUsage(const QString &message)
    {
        m_err << "continuity-cli: " << message << "\n"
              << Tr::tr("Run 'continuity-cli --help' for usage.") << Qt::endl;
        return BadInput;
    }

    int newPlan(const QStringList &args)
    {
        const Arguments a = parse(args, {}, {QStringLiteral("--sample")});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("new needs exactly one PLAN file"));
        const QString path = a.positionals.first();
        Plan plan = Plan::empty(QFileInfo(path).completeBaseName());
        if (a.flags.contains(QLatin1String("--sample"))) {
            QString error;
            std::optional<Plan> sample = samplePlan(&error);
            if (!sample)
                return fail(error);
            plan = *sample;
        }
        QString error;
        if (!createWith(path, plan, &error))
            return fail(error);
        m_out << Tr::tr("Created %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Success;
    }

    // import PLAN --cmdb-cis CIS.csv --cmdb-rels RELS.csv [--mapping MAP.json] [--dry-run]
    //        [--skip-bad-rows] (PRODUCT §7)
    int importCmdbFiles(const Arguments &a)
    {
        if (a.positionals.size() != 1 || !a.options.contains(QStringLiteral("--cmdb-cis")) ||
            !a.options.contains(QStringLiteral("--cmdb-rels")) ||
            a.options.contains(QStringLiteral("--json")))
            return badUsage(Tr::tr("a CMDB import needs a PLAN file, --cmdb-cis CIS.csv and "
                                   "--cmdb-rels RELS.csv"));
        const QString planPath = a.positionals.first();
        auto readFile = [](const QString &path, CmdbFile *file, QString *error) {
            std::optional<CmdbFile> read =
                CmdbFile::read(path, QDir::toNativeSeparators(path), error);
            if (read)
                *file = std::move(*read);
            return read.has_value();
        };
        QString error;
        CmdbFile cis;
        CmdbFile rels;
        if (!readFile(a.options.value(QStringLiteral("--cmdb-cis")), &cis, &error) ||
            !readFile(a.options.value(QStringLiteral("--cmdb-rels")), &rels, &error))
            return fail(error);
        CmdbMapping mapping = CmdbMapping::defaults();
        if (a.options.contains(QStringLiteral("--mapping"))) {
            CmdbFile file;
            if (!readFile(a.options.value(QStringLiteral("--mapping")), &file, &error))
                return fail(error);
            QStringList errors;
            const std::optional<CmdbMapping> loaded = CmdbMapping::fromJson(file.bytes, &errors);
            if (!loaded) {
                for (const QString &e : std::as_const(errors))
                    m_err << "continuity-cli: " << file.name << ": " << e << '\n';
                m_err << Tr::tr("continuity-cli: nothing was imported.") << Qt::endl;
                return BadInput;
            }
            mapping = *loaded;
        }

        // The plan as it is (or empty, for a new file), then the import computed in memory.
        const bool exists = QFileInfo::exists(planPath);
        std::unique_ptr<PlanFile> file;
        Plan current = Plan::empty(QFileInfo(planPath).completeBaseName());
        if (exists) {
            file =
                PlanFile::open(planPath,
                               a.flags.contains(QLatin1String("--dry-run")) ? OpenMode::ReadOnly
                                                                            : OpenMode::ReadWrite,
                               &error);
            if (!file)
                return fail(error);
            if (!a.flags.contains(QLatin1String("--dry-run")) && file->isReadOnly())
                return fail(
                    Tr::tr("%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(file->path()), file->readOnlyReason()));
            if (!PlanSql(file->database()).load(&current, &error))
                return fail(error);
        }
        // Without --mapping the plan's own mapping applies (saved by an earlier import or the
        // wizard); a --mapping file becomes the plan's mapping for the next import.
        if (!a.options.contains(QStringLiteral("--mapping")) && !current.cmdbMapping.isEmpty()) {
            QStringList errors;
            if (const std::optional<CmdbMapping> saved =
                    CmdbMapping::fromJson(current.cmdbMapping.toUtf8(), &errors))
                mapping = *saved;
        }
        // A new file is written while the import computes (EarlyPlanWriter); a failed or
        // refused import removes it again.
        const bool dryRun = a.flags.contains(QLatin1String("--dry-run"));
        std::optional<EarlyPlanWriter> writer;
        if (!exists && !dryRun)
            writer.emplace(planPath);
        CmdbServicesMapped servicesMapped;
        if (writer)
            servicesMapped = [&writer](const Plan &plan) { writer->servicesMapped(plan); };
        std::optional<CmdbImportResult> result =
            importCmdb(current, cis, rels, mapping, &error, {}, servicesMapped);
        if (!result)
            return fail(error);
        if (a.options.contains(QStringLiteral("--mapping")))
            result->plan.cmdbMapping = QString::fromUtf8(mapping.toJson());
        for (const CmdbProblem &p : result->problems)
            m_err << "continuity-cli: " << p.text() << '\n';
        const bool skip = a.flags.contains(QLatin1String("--skip-bad-rows"));
        if (!result->problems.isEmpty() && !skip) {
            m_err << Tr::tr("continuity-cli: %1 bad row(s); nothing was imported (fix them, or "
                            "use --skip-bad-rows to leave them out).")
                         .arg(result->problems.size())
                  << Qt::endl;
            return BadInput;
        }
        m_out << (dryRun ? Tr::tr("Would import (dry run, nothing written):") : Tr::tr("Imported:"))
              << '\n'
              << Tr::tr("  services: %1 added, %2 changed, %3 removed, %4 unchanged")
                     .arg(result->added)
                     .arg(result->changed)
                     .arg(result->removed)
                     .arg(result->unchanged)
              << '\n'
              << Tr::tr("  dependencies: %1 added, %2 removed")
                     .arg(result->dependenciesAdded)
                     .arg(result->dependenciesRemoved)
              << '\n';
        if (result->cisLeftOut > 0)
            m_out << Tr::tr("  CIs left out by their class: %1").arg(result->cisLeftOut) << '\n';
        for (auto it = result->relationshipsIgnored.cbegin();
             it != result->relationshipsIgnored.cend(); ++it)
            m_out << Tr::tr("  relationships ignored: %1 × %2").arg(it.value()).arg(it.key())
                  << '\n';
        if (!result->problems.isEmpty())
            m_out << Tr::tr("  bad rows left out: %1").arg(result->problems.size()) << '\n';
        m_out.flush();
        if (dryRun)
            return Success;
        if (writer)
            return writer->finish(&result->plan, &error) ? Success : fail(error);
        // One transaction: all of it or none of it.
        PlanSql sql(file->database());
        if (!sql.beginBulk(&error) || !sql.clearContent(&error) ||
            !sql.insertPlan(result->plan, &error) || !sql.commit(&error)) {
            sql.rollback();
            return fail(error);
        }
        return Success;
    }

    bool createWith(const QString &path, const Plan &plan, QString *error)
    {
        std::unique_ptr<PlanFile> file = PlanFile::create(path, error);
        if (!file)
            return false;
        PlanSql sql(file->database());
        if (sql.beginBulk(error) && sql.insertPlan(plan, error) && sql.commit(error))
            return true;
        sql.rollback();
        const QString created = file->path();
        file.reset();
        QFile::remove(created);
        return false;
    }

    int info(const QStringList &args)
    {
        const Arguments a = parse(args, {}, {});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("info needs exactly one PLAN file"));
        QString error;
        std::unique_ptr<PlanFile> file =
            PlanFile::open(a.positionals.first(), OpenMode::ReadOnly, &error);
        if (!file)
            return fail(error);
        Plan plan;
        if (!PlanSql(file->database()).load(&plan, &error))
            return fail(error);
        QMap<QString, int> kinds;
        for (const Service &s : plan.services)
            ++kinds[toString(s.kind)];
        QStringList kindList;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            kindList.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        int soft = 0;
        int grouped = 0;
        for (const Dependency &d : plan.dependencies) {
            soft += d.strength == Strength::Soft;
            grouped += !d.group.isEmpty();
        }
        const QStringList problems = file->integrityProblems();
        m_out << Tr::tr("Plan:              %1").arg(QDir::toNativeSeparators(file->path())) << '\n'
              << Tr::tr("Name:              %1").arg(plan.name) << '\n'
              << Tr::tr("Plan format:       %1 (this Continuity writes %2)")
                     .arg(file->schemaVersion())
                     .arg(PlanFile::currentSchemaVersion())
              << '\n'
              << Tr::tr("Processes:         %1").arg(plan.processes.size()) << '\n'
              << Tr::tr("Services:          %1").arg(plan.services.size())
              << (kindList.isEmpty() ? QString()
                                     : QStringLiteral(" (") + kindList.join(QStringLiteral(", ")) +
                                           QStringLiteral(")"))
              << '\n'
              << Tr::tr("Dependencies:      %1 (%2 hard, %3 soft, %4 in redundancy groups)")
                     .arg(plan.dependencies.size())
                     .arg(plan.dependencies.size() - soft)
                     .arg(soft)
                     .arg(grouped)
              << '\n'
              << Tr::tr("Redundancy groups: %1").arg(plan.groups.size()) << '\n'
              << Tr::tr("Runbooks:          %1").arg(plan.runbooks.size()) << '\n'
              << Tr::tr("Exercises:         %1").arg(plan.exercises.size()) << '\n'
              << Tr::tr("File checks:       %1")
                     .arg(problems.isEmpty() ? Tr::tr("integrity ok, foreign keys ok")
                                             : problems.join(QStringLiteral("; ")))
              << Qt::endl;
        return problems.isEmpty() ? Success : BadInput;
    }

    int exportPlan(const QStringList &args)
    {
        const QStringList formats{QStringLiteral("--json"), QStringLiteral("--services-csv"),
                                  QStringLiteral("--dependencies-csv"),
                                  QStringLiteral("--findings-csv"), QStringLiteral("--dot")};
        const Arguments a = parse(args, formats, {});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        const bool any = std::any_of(formats.cbegin(), formats.cend(),
                                     [&](const QString &f) { return a.options.contains(f); });
        if (a.positionals.size() != 1 || !any)
            return badUsage(Tr::tr("export needs a PLAN file and --json FILE (or --services-csv, "
                                   "--dependencies-csv, --findings-csv, --dot FILE)"));
        QString error;
        std::unique_ptr<PlanFile> file =
            PlanFile::open(a.positionals.first(), OpenMode::ReadOnly, &error);
        if (!file)
            return fail(error);
        Plan plan;
        if (!PlanSql(file->database()).load(&plan, &error))
            return fail(error);
        auto save = [this](const QString &target, const QByteArray &bytes) {
            QString error;
            if (!AtomicFile::write(target, bytes, &error)) {
                m_err << "continuity-cli: " << error << Qt::endl;
                return false;
            }
            return true;
        };
        if (a.options.contains(QStringLiteral("--services-csv")) &&
            !save(a.options.value(QStringLiteral("--services-csv")),
                  PlanExports::servicesCsv(plan)))
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
        if (!a.options.contains(QStringLiteral("--json")))
            return Success;
        const QByteArray json = PlanJson::write(plan);
        const QString target = a.options.value(QStringLiteral("--json"));
        if (target == QLatin1String("-")) {
            m_out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
                stdoutFile.write(json) != json.size())
                return fail(Tr::tr("could not write to standard output"));
            return Success;
        }
        if (!AtomicFile::write(target, json, &error))
            return fail(error);
        return Success;
    }

    int importPlan(const QStringList &args)
    {
        const Arguments a = parse(args,
                                  {QStringLiteral("--json"), QStringLiteral("--cmdb-cis"),
                                   QStringLiteral("--cmdb-rels"), QStringLiteral("--mapping")},
                                  {QStringLiteral("--replace"), QStringLiteral("--dry-run"),
                                   QStringLiteral("--skip-bad-rows")});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.options.contains(QStringLiteral("--cmdb-cis")) ||
            a.options.contains(QStringLiteral("--cmdb-rels")))
            return importCmdbFiles(a);
        if (a.positionals.size() != 1 || !a.options.contains(QStringLiteral("--json")))
            return badUsage(Tr::tr("import needs a PLAN file and --json FILE"));
        const QString planPath = a.positionals.first();
        const QString jsonPath = a.options.value(QStringLiteral("--json"));

        // Read and validate all of the input before the plan is touched.
        QFile input(jsonPath);
        if (!input.open(QIODevice::ReadOnly)) {
            return fail(Tr::tr("%1: cannot be read: %2")
                            .arg(QDir::toNativeSeparators(jsonPath), input.errorString()));
        }
        QStringList errors;
        const std::optional<Plan> plan = PlanJson::read(input.readAll(), &errors);
        if (!plan) {
            for (const QString &e : std::as_const(errors))
                m_err << "continuity-cli: " << QDir::toNativeSeparators(jsonPath) << ": " << e
                      << '\n';
            m_err << Tr::tr("continuity-cli: nothing was imported.") << Qt::endl;
            return BadInput;
        }

        QString error;
        if (!QFileInfo::exists(planPath)) {
            if (!createWith(planPath, *plan, &error))
                return fail(error);
            m_out << Tr::tr("Created %1 from %2")
                         .arg(QDir::toNativeSeparators(planPath),
                              QDir::toNativeSeparators(jsonPath))
                  << Qt::endl;
            return Success;
        }
        std::unique_ptr<PlanFile> file = PlanFile::open(planPath, OpenMode::ReadWrite, &error);
        if (!file)
            return fail(error);
        if (!file->notice().isEmpty())
            m_err << "continuity-cli: " << file->notice() << Qt::endl;
        if (file->isReadOnly()) {
            return fail(Tr::tr("%1 cannot be changed: %2")
                            .arg(QDir::toNativeSeparators(file->path()), file->readOnlyReason()));
        }
        PlanSql sql(file->database());
        Plan existing;
        if (!sql.load(&existing, &error))
            return fail(error);
        const bool replace = a.flags.contains(QLatin1String("--replace"));
        if (existing.hasContent() && !replace) {
            return fail(Tr::tr("%1 already holds processes or services; use --replace to swap "
                               "its content for the JSON")
                            .arg(QDir::toNativeSeparators(file->path())));
        }
        if (!sql.beginBulk(&error) || !sql.clearContent(&error) || !sql.insertPlan(*plan, &error) ||
            !sql.commit(&error)) {
            sql.rollback();
            return fail(error);
        }
        m_out << Tr::tr("Imported %1 into %2")
                     .arg(QDir::toNativeSeparators(jsonPath),
                          QDir::toNativeSeparators(file->path()))
              << Qt::endl;
        return Success;
    }

    // Loads a plan read-only for an analysis; false and a message on failure.
    bool loadForAnalysis(const QString &path, Plan *plan, QString *error)
    {
        std::unique_ptr<PlanFile> file = PlanFile::open(path, OpenMode::ReadOnly, error);
        return file && PlanSql(file->database()).load(plan, error);
    }

    // --fail a,b,c: ids, or names where a name is unique.
    bool resolveNodes(const GraphSnapshot &graph, const QString &list, std::vector<int> *nodes,
                      QString *error)
    {
        const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (items.isEmpty()) {
            *error = Tr::tr("--fail needs at least one id");
            return false;
        }
        for (const QString &raw : items) {
            const QString item = raw.trimmed();
            int node = graph.indexOf(item);
            if (node < 0) {
                QStringList matches;
                for (int v = 0; v < graph.nodeCount(); ++v) {
                    if (graph.name(v) == item) {
                        matches.append(graph.id(v));
                        node = v;
                    }
                }
                if (matches.size() > 1) {
                    *error = Tr::tr("--fail: the name \"%1\" is used by %2; give an id")
                                 .arg(item, matches.join(QStringLiteral(", ")));
                    return false;
                }
                if (matches.isEmpty()) {
                    *error =
                        Tr::tr("--fail: no process or service has the id or name \"%1\"").arg(item);
                    return false;
                }
            }
            nodes->push_back(node);
        }
        return true;
    }

    void writeJson(const QByteArray &json)
    {
        m_out << QString::fromUtf8(json);
        m_out.flush();
    }

    static QString hoursText(double h)
    {
        if (std::isnan(h) || std::isinf(h))
            return QStringLiteral("—");
        return QLocale::c().toString(h, 'g', 6) + QStringLiteral(" h");
    }

    int analyze(const QStringList &args)
    {
        if (args.isEmpty())
            return badUsage(Tr::tr("analyze needs one of: cascade, spof, tiers, recovery"));
        const QString what = args.first();
        const bool needsScenario =
            what == QLatin1String("cascade") || what == QLatin1String("recovery");
        QStringList valueOptions;
        if (needsScenario)
            valueOptions.append(QStringLiteral("--fail"));
        if (what == QLatin1String("spof"))
            valueOptions.append(QStringLiteral("--max-tier"));
        if (!needsScenario && what != QLatin1String("spof") && what != QLatin1String("tiers"))
            return badUsage(
                Tr::tr("unknown analysis '%1' (cascade, spof, tiers, recovery)").arg(what));
        const Arguments a = parse(args.mid(1), valueOptions, {QStringLiteral("--json")});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("analyze %1 needs exactly one PLAN file").arg(what));
        if (needsScenario && !a.options.contains(QStringLiteral("--fail")))
            return badUsage(Tr::tr("analyze %1 needs --fail ID[,ID...]").arg(what));
        const bool json = a.flags.contains(QLatin1String("--json"));

        QString error;
        Plan plan;
        if (!loadForAnalysis(a.positionals.first(), &plan, &error))
            return fail(error);
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);

        if (what == QLatin1String("cascade")) {
            std::vector<int> scenario;
            if (!resolveNodes(graph, a.options.value(QStringLiteral("--fail")), &scenario, &error))
                return fail(error);
            const CascadeResult result = runCascade(graph, scenario);
            if (json) {
                writeJson(AnalysisJson::cascade(graph, result));
                return Success;
            }
            int down = 0;
            for (int node : result.affected)
                down += result.state[node] == NodeState::Down;
            m_out << Tr::tr("%1 down, %2 degraded; loss per hour of down processes: %3")
                         .arg(down)
                         .arg(result.affected.size() - down)
                         .arg(QLocale::c().toString(result.lossPerHour, 'f', 0))
                  << '\n';
            for (std::size_t i = 0; i < result.affected.size(); ++i) {
                const int node = result.affected[i];
                QStringList causes;
                for (int c : result.causes(i))
                    causes.append(graph.id(c));
                m_out << QStringLiteral("  %1 %2").arg(result.state[node] == NodeState::Down
                                                           ? QStringLiteral("down    ")
                                                           : QStringLiteral("degraded"),
                                                       graph.id(node))
                      << (causes.isEmpty()
                              ? Tr::tr("  (failed)")
                              : QStringLiteral("  ← ") + causes.join(QStringLiteral(", ")))
                      << '\n';
            }
            m_out.flush();
            return Success;
        }
        if (what == QLatin1String("recovery")) {
            std::vector<int> scenario;
            if (!resolveNodes(graph, a.options.value(QStringLiteral("--fail")), &scenario, &error))
                return fail(error);
            const RecoveryResult result = runRecovery(graph, scenario, false);
            if (json) {
                writeJson(AnalysisJson::recovery(graph, result));
                return Success;
            }
            m_out << Tr::tr("wave  ready     target    gap       node") << '\n';
            for (const RecoveryNode &r : result.nodes) {
                const double target = graph.rtoHours(r.node);
                if (r.isBlocked()) {
                    QStringList cycle;
                    std::size_t total = 0;
                    for (int c : result.blockingNodes(r, 10, &total))
                        cycle.append(graph.id(c));
                    if (total > std::size_t(cycle.size()))
                        cycle.append(QStringLiteral("and %1 more").arg(total - cycle.size()));
                    m_out << QStringLiteral("  —   blocked by the cycle %1: %2")
                                 .arg(cycle.join(QStringLiteral(", ")), graph.id(r.node))
                          << '\n';
                    continue;
                }
                const double gap = std::isnan(target) ? target : r.readyHours - target;
                m_out << QStringLiteral("%1  %2 %3 %4 %5")
                             .arg(r.wave, 4)
                             .arg(hoursText(r.readyHours), -9)
                             .arg(hoursText(target), -9)
                             .arg(hoursText(gap), -9)
                             .arg(graph.id(r.node))
                      << '\n';
            }
            m_out.flush();
            return Success;
        }
        if (what == QLatin1String("spof")) {
            int maxTier = 1;
            if (a.options.contains(QStringLiteral("--max-tier"))) {
                bool ok = false;
                maxTier = a.options.value(QStringLiteral("--max-tier")).toInt(&ok);
                if (!ok || maxTier < 0 || maxTier > 3)
                    return badUsage(Tr::tr("--max-tier must be a tier from 0 to 3"));
            }
            const SpofResult result = findSpofs(graph, defaultSpofTargets(graph, maxTier));
            if (json) {
                writeJson(AnalysisJson::spof(graph, result));
                return Success;
            }
            for (const SpofTarget &t : result.targets) {
                QStringList spofs;
                for (int s : t.spofs)
                    spofs.append(graph.id(s));
                spofs.sort();
                m_out << QStringLiteral("%1 (tier %2): ").arg(graph.id(t.node)).arg(t.tier)
                      << (spofs.isEmpty() ? Tr::tr("no single point of failure")
                                          : spofs.join(QStringLiteral(", ")))
                      << '\n';
            }
            m_out.flush();
            return Success;
        }
        const TierAnalysis result = analyzeTiers(graph, plan.tierPolicy);
        if (json) {
            writeJson(AnalysisJson::tiers(graph, result));
            return Success;
        }
        printFindings(result.findings);
        return Success;
    }

    void printFindings(const std::vector<Finding> &findings)
    {
        for (const Finding &f : findings) {
            m_out << QStringLiteral("%1 %2 %3: %4")
                         .arg(toString(f.severity), -8)
                         .arg(f.kind, -22)
                         .arg(f.subject, f.message)
                  << '\n';
        }
        m_out << Tr::tr("%1 finding(s)").arg(findings.size()) << '\n';
        m_out.flush();
    }

    // continuity-cli map PLAN -o FILE [--engine dot|sfdp] [--fail ID,...] (PRODUCT §6)
    int map(const QStringList &args)
    {
#ifndef CONTINUITY_WITH_MAP
        Q_UNUSED(args);
        return fail(Tr::tr("this continuity-cli was built without the widgets layer, so it "
                           "cannot draw maps (CONTINUITY_BUILD_GUI=OFF)"));
#else
        const Arguments a = parse(args,
                                  {QStringLiteral("-o"), QStringLiteral("--output"),
                                   QStringLiteral("--engine"), QStringLiteral("--fail")},
                                  {});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("map needs exactly one PLAN file"));
        const QString output =
            a.options.value(QStringLiteral("-o"), a.options.value(QStringLiteral("--output")));
        if (output.isEmpty())
            return badUsage(Tr::tr("map needs -o FILE.svg, FILE.png or FILE.pdf"));
        if (!MapExport::isSupported(output))
            return badUsage(Tr::tr("%1: the map can be written as .png, .svg or .pdf").arg(output));
        std::optional<LayoutEngine> engine;
        if (a.options.contains(QStringLiteral("--engine"))) {
            const QString name = a.options.value(QStringLiteral("--engine"));
            if (name == QLatin1String("dot"))
                engine = LayoutEngine::Dot;
            else if (name == QLatin1String("sfdp"))
                engine = LayoutEngine::Sfdp;
            else
                return badUsage(Tr::tr("--engine must be dot or sfdp, not \"%1\"").arg(name));
        }
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return fail(Tr::tr("map needs the drawing support of Qt Widgets; run it as "
                               "continuity-cli, not from a library without a QApplication"));

        QString error;
        Plan plan;
        if (!loadForAnalysis(a.positionals.first(), &plan, &error))
            return fail(error);
        QStringList scenario;
        if (a.options.contains(QStringLiteral("--fail"))) {
            const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
            std::vector<int> nodes;
            if (!resolveNodes(graph, a.options.value(QStringLiteral("--fail")), &nodes, &error))
                return fail(error);
            for (int node : nodes)
                scenario.append(graph.id(node));
        }

        MapScene scene(plan);
        // Positions kept in the plan are used as they are; --engine, or a plan that was never
        // laid out, gets a fresh layout (not written back: this command changes nothing).
        if (engine || !scene.hasPlacedNodes()) {
            QStringList ids;
            const LayoutEngine chosen =
                engine.value_or(defaultLayoutEngine(scene.shownNodeCount()));
            const LayoutResult layout = runGraphvizLayout(scene.layoutRequest(chosen, false, &ids));
            if (!layout.error.isEmpty())
                return fail(layout.error);
            if (!scene.applyLayout(ids, layout.centres, QString(), &error))
                return fail(error);
        }
        if (!scenario.isEmpty()) {
            auto results = std::make_shared<AnalysisOutput>(runAnalyses(plan, scenario));
            scene.setScenarioResults(results);
            scene.setColourMode(MapColourMode::Scenario);
        }
        const QString title =
            plan.name.isEmpty() ? QFileInfo(a.positionals.first()).completeBaseName() : plan.name;
        if (!MapExport::write(&scene, output, title, &error))
            return fail(error);
        m_out << Tr::tr("Wrote the map of %1 nodes to %2")
                     .arg(scene.shownNodeCount())
                     .arg(QDir::toNativeSeparators(output))
              << Qt::endl;
        return Success;
#endif
    }

    // What the report commands share: PLAN, -o FILE.pdf, the plan loaded.
    struct ReportSetup
    {
        Arguments args;
        QString output;
        Plan plan;
    };
    int prepareReport(const QStringList &args, const QString &kind, const QStringList &flags,
                      ReportSetup *setup)
    {
        setup->args =
            parse(args, {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--id")},
                  flags);
        const Arguments &a = setup->args;
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("report %1 needs exactly one PLAN file").arg(kind));
        setup->output =
            a.options.value(QStringLiteral("-o"), a.options.value(QStringLiteral("--output")));
        if (setup->output.isEmpty() ||
            !setup->output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return badUsage(Tr::tr("report needs -o FILE.pdf"));
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(Tr::tr("report needs Qt's fonts and painting; run it as continuity-cli"));
        QString error;
        if (!loadForAnalysis(a.positionals.first(), &setup->plan, &error))
            return fail(error);
        return Success;
    }

    // The item --id names, or the only one; a message listing the ids otherwise.
    template <typename T>
    int pick(const QList<T> &items, const Arguments &a, const QString &noun, const QString &plural,
             const T **chosen)
    {
        if (items.isEmpty())
            return fail(Tr::tr("%1 has no %2").arg(a.positionals.first(), plural));
        QStringList ids;
        for (const T &item : items)
            ids.append(item.id);
        if (a.options.contains(QStringLiteral("--id"))) {
            const QString wanted = a.options.value(QStringLiteral("--id"));
            for (const T &item : items) {
                if (item.id == wanted)
                    *chosen = &item;
            }
            if (!*chosen)
                return fail(Tr::tr("no %1 has the id \"%2\"; the plan has: %3")
                                .arg(noun, wanted, ids.join(QStringLiteral(", "))));
            return Success;
        }
        if (items.size() == 1) {
            *chosen = &items.first();
            return Success;
        }
        return badUsage(Tr::tr("the plan has %1 %2; choose one with --id: %3")
                            .arg(items.size())
                            .arg(plural, ids.join(QStringLiteral(", "))));
    }

    int report(const QStringList &args)
    {
        if (args.isEmpty())
            return badUsage(Tr::tr("report needs a kind: runbook or exercise"));
        const QString kind = args.first();
        if (kind == QLatin1String("exercise"))
            return reportExercise(args.mid(1));
        if (kind != QLatin1String("runbook"))
            return badUsage(
                Tr::tr("this version prints these reports: runbook, exercise (not \"%1\")")
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
        if (const int code = pick(plan.runbooks, a, QStringLiteral("runbook"),
                                  QStringLiteral("runbooks"), &runbook);
            code != Success)
            return code;
        Runbook chosen = *runbook;
        if (a.flags.contains(QLatin1String("--approved")) &&
            chosen.status != RunbookStatus::Approved) {
            if (chosen.previousVersions.isEmpty())
                return fail(Tr::tr("runbook \"%1\" has never been approved").arg(chosen.id));
            chosen = chosen.previousVersions.last();
        }
        const Report::Document document = runbookReport(plan, chosen, QDateTime::currentDateTime());
        int pages = 0;
        if (!Report::writePdf(document, output, chosen.title, &error, {}, &pages))
            return fail(error);
        m_out << Tr::tr("Wrote runbook \"%1\" (%2 steps, %3 pages) to %4")
                     .arg(chosen.id)
                     .arg(chosen.steps.size())
                     .arg(pages)
                     .arg(QDir::toNativeSeparators(output))
              << Qt::endl;
        return Success;
    }

    int reportExercise(const QStringList &args)
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
        const Report::Document document =
            exerciseReport(plan, *exercise, QDateTime::currentDateTime());
        int pages = 0;
        if (!Report::writePdf(document, output, exercise->title, &error, {}, &pages))
            return fail(error);
        m_out << Tr::tr("Wrote exercise \"%1\" (%2 pages) to %3")
                     .arg(exercise->id)
                     .arg(pages)
                     .arg(QDir::toNativeSeparators(output))
              << Qt::endl;
        return Success;
    }

    int check(const QStringList &args)
    {
        const Arguments a = parse(args, {}, {QStringLiteral("--json")});
        if (!a.error.isEmpty())
            return badUsage(a.error);
        if (a.positionals.size() != 1)
            return badUsage(Tr::tr("check needs exactly one PLAN file"));
        QString error;
        Plan plan;
        if (!loadForAnalysis(a.positionals.first(), &plan, &error))
            return fail(error);
        const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
        const std::vector<Finding> findings = checkPlan(graph, plan);
        if (a.flags.contains(QLatin1String("--json")))
            writeJson(AnalysisJson::check(findings));
        else
            printFindings(findings);
        const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
            return f.severity == Severity::Error;
        });
        return errors ? FindingsHaveErrors : Success;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Runner runner(out, err);
    if (arguments.isEmpty())
        return runner.badUsage(Tr::tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "continuity-cli " << CONTINUITY_VERSION << " (Qt " << qVersion() << ", SQLite "
            << PlanFile::sqliteVersion() << ", Graphviz " << graphvizVersion() << ", plan format "
            << PlanFile::currentSchemaVersion() << ")\n"
            << "Licence: GPL-3.0-or-later" << Qt::endl;
        return Success;
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("new"))
        return runner.newPlan(rest);
    if (command == QLatin1String("info"))
        return runner.info(rest);
    if (command == QLatin1String("import"))
        return runner.importPlan(rest);
    if (command == QLatin1String("export"))
        return runner.exportPlan(rest);
    if (command == QLatin1String("analyze"))
        return runner.analyze(rest);
    if (command == QLatin1String("check"))
        return runner.check(rest);
    if (command == QLatin1String("map"))
        return runner.map(rest);
    if (command == QLatin1String("report"))
        return runner.report(rest);
    return runner.badUsage(Tr::tr("unknown command '%1'").arg(command));
}

} // namespace Continuity::Cli
