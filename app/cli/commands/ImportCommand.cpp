// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli import PLAN --json FILE | --cmdb-cis CIS --cmdb-rels RELS
#include "CliRunner.h"

#include "io/ICalendar.h"
#include "io/SnowChangeImport.h"

#include "document/PlanDocument.h"
#include "io/VCard.h"
#include "server/PgConnection.h"

#include "domain/Plan.h"
#include "io/CmdbImport.h"
#include "io/PlanJson.h"
#include "io/SnowIncidentImport.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <functional>
#include <future>
#include <optional>

namespace Continuity::Cli {

namespace {

// Writes a new plan file on a second thread while a CMDB import is still computing: the
// processes and services as soon as the CIs are mapped, the rest once the whole plan is known
// (PlanSql::insertNodes, insertLinks) while the import checks the plan's rules, so that SQLite
// writes while the relationships are mapped and checked. If the services turned out different
// after all, the plan is written whole instead. It commits only when told to keep what it
// wrote (finish(true)); abandoned, or failing, it removes the file it created: nothing is left
// behind.
class EarlyPlanWriter
{
public:
    explicit EarlyPlanWriter(const QString &path)
        : m_path(path)
        , m_earlyPlan(m_early.get_future())
        , m_finalPlan(m_final.get_future())
        , m_kept(m_keep.get_future())
    {
        m_done = std::async(std::launch::async, [this] { return run(); });
    }
    ~EarlyPlanWriter() { finish(false); }
    EarlyPlanWriter(const EarlyPlanWriter &) = delete;
    EarlyPlanWriter &operator=(const EarlyPlanWriter &) = delete;

    // From importCmdb(): the plan with its services mapped, then the whole plan (copies; the
    // import goes on).
    void servicesMapped(const Plan &plan)
    {
        if (!m_earlySent) {
            m_earlySent = true;
            m_early.set_value(plan);
        }
    }
    void planMade(const Plan &plan)
    {
        servicesMapped(plan);
        if (!m_finalSent) {
            m_finalSent = true;
            m_final.set_value(plan);
        }
    }
    // Commits the plan written (`keep`) or abandons the file, once the writing is done.
    bool finish(bool keep, QString *error = nullptr)
    {
        if (!m_earlySent) {
            m_earlySent = true;
            m_early.set_value(std::nullopt);
        }
        if (!m_finalSent) {
            m_finalSent = true;
            m_final.set_value(std::nullopt);
        }
        if (!m_keepSent) {
            m_keepSent = true;
            m_keep.set_value(keep);
        }
        if (!m_done.valid())
            return false;
        const bool ok = m_done.get();
        if (!ok && error)
            *error = m_error;
        return ok;
    }

private:
    static Audit::Entry auditEntry(const Plan &plan)
    {
        return PlanDocument::wholePlanEntry(Tr::tr("Import from the CMDB"), Plan(), plan);
    }
    bool run()
    {
        std::unique_ptr<PlanFile> file = PlanFile::create(m_path, &m_error);
        std::optional<PlanSql> sql;
        if (file)
            sql.emplace(file->database());
        const std::optional<Plan> early = m_earlyPlan.get();
        QHash<IdView, qint64> keys;
        bool begun = false;
        bool nodesWritten = false;
        if (sql && early) {
            begun = sql->beginBulk(&m_error);
            nodesWritten = begun && sql->insertNodes(*early, &keys, &m_error);
        }
        const std::optional<Plan> plan = m_finalPlan.get();
        bool ok = false;
        if (sql && plan) {
            if (nodesWritten && plan->processes == early->processes &&
                plan->services == early->services) {
                ok = sql->insertLinks(*plan, keys, &m_error);
            } else {
                if (begun)
                    sql->rollback();
                m_error.clear();
                begun = sql->beginBulk(&m_error);
                ok = begun && sql->insertPlan(*plan, &m_error);
            }
        }
        const bool keep = m_kept.get();
        ok = ok && keep && Audit::append(file->database(), auditEntry(*plan), nullptr, &m_error) &&
             sql->commit(&m_error);
        if (!ok && begun)
            sql->rollback();
        sql.reset();
        if (!ok && file) {
            const QString created = file->path();
            file.reset();
            QFile::remove(created);
        }
        if (!keep)
            m_error.clear();
        return ok;
    }

    QString m_path;
    QString m_error;
    std::promise<std::optional<Plan>> m_early;
    std::promise<std::optional<Plan>> m_final;
    std::promise<bool> m_keep;
    std::future<std::optional<Plan>> m_earlyPlan;
    std::future<std::optional<Plan>> m_finalPlan;
    std::future<bool> m_kept;
    std::future<bool> m_done;
    bool m_earlySent = false;
    bool m_finalSent = false;
    bool m_keepSent = false;
};

} // namespace

namespace {

// The audit record of a plan made or replaced from plan JSON (PRODUCT §14): "imported", with
// the file's name and SHA-256 beside the counts.
Audit::Entry jsonOrigin(const Plan &before, const Plan &after, const QString &path,
                        const QString &sha256)
{
    Audit::Entry entry = PlanDocument::wholePlanEntry(Tr::tr("Import plan JSON"), before, after);
    QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    details.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    details.insert(QStringLiteral("sha256"), sha256);
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return entry;
}

} // namespace

int Runner::importPlan(const QStringList &args)
{
    const Arguments a = parse(args,
                              {QStringLiteral("--json"), QStringLiteral("--cmdb-cis"),
                               QStringLiteral("--cmdb-rels"), QStringLiteral("--mapping"),
                               QStringLiteral("--vcard"), QStringLiteral("--snow-incidents"),
                               QStringLiteral("--supplier-ics"), QStringLiteral("--node"),
                               QStringLiteral("--snow-changes")},
                              {QStringLiteral("--replace"), QStringLiteral("--dry-run"),
                               QStringLiteral("--skip-bad-rows")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.options.contains(QStringLiteral("--cmdb-cis")) ||
        a.options.contains(QStringLiteral("--cmdb-rels")))
        return importCmdbFiles(a);
    if (a.options.contains(QStringLiteral("--vcard")))
        return importVCard(a);
    if (a.options.contains(QStringLiteral("--snow-incidents")))
        return importSnowIncidentFile(a);
    if (a.options.contains(QStringLiteral("--supplier-ics")))
        return importSupplierCalendar(a);
    if (a.options.contains(QStringLiteral("--snow-changes")))
        return importSnowChangeFile(a);
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
    // The file is mapped, not copied, and the pages the read has gone past are given back as it
    // goes: a 140 MB plan JSON does not stay in memory beside the plan it becomes. A file that
    // cannot be mapped (a pipe) is read whole (docs/decisions/streamed-json-import.md).
    QByteArray whole;
    uchar *mapped = input.size() > 0 ? input.map(0, input.size()) : nullptr;
    if (!mapped)
        whole = input.readAll();
    const QByteArrayView json =
        mapped ? QByteArrayView(mapped, input.size()) : QByteArrayView(whole);
    std::function<void(qsizetype)> release;
#ifdef Q_OS_UNIX
    if (mapped) {
        release = [mapped](qsizetype n) {
            const qsizetype page = sysconf(_SC_PAGESIZE);
            if (n / page > 0)
                madvise(mapped, std::size_t(n / page * page), MADV_DONTNEED);
        };
    }
#endif
    // The file's SHA-256 for the audit record, worked out on another core while it is read
    // (half a second of a big plan's import), from the file in small parts when it is mapped;
    // std::async's future waits for it on every way out.
    std::future<QString> digest = std::async(std::launch::async, [&json, mapped, &jsonPath] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QFile again(jsonPath);
        if (!mapped || !again.open(QIODevice::ReadOnly) || !hash.addData(&again)) {
            hash.reset(); // the bytes read, when the file was not mapped or cannot be read again
            hash.addData(json);
        }
        return QString::fromLatin1(hash.result().toHex());
    });
    const std::optional<Plan> plan =
        PlanJson::read(json, &errors, PlanJson::Reading::Streamed, release);
    if (!plan) {
        for (const QString &e : std::as_const(errors))
            m_err << "continuity-cli: " << QDir::toNativeSeparators(jsonPath) << ": " << e << '\n';
        m_err << Tr::tr("continuity-cli: nothing was imported.") << Qt::endl;
        return BadInput;
    }

    QString error;
    // A plan on a server is written through the document: its turn among the writers, and
    // refused when someone else changed the plan while the import was read (docs/team-server.md).
    if (Server::ServerUrl::isServerUrl(planPath)) {
        std::unique_ptr<PlanDocument> document = PlanDocument::open(planPath, &error);
        if (!document)
            return fail(error);
        if (document->isReadOnly())
            return fail(
                Tr::tr("%1 cannot be changed: %2").arg(planPath, document->readOnlyReason()));
        if (document->plan().hasContent() && !a.flags.contains(QLatin1String("--replace"))) {
            return fail(Tr::tr("%1 already holds processes or services; use --replace to swap "
                               "its content for the JSON")
                            .arg(planPath));
        }
        if (!document->replacePlan(*plan, Tr::tr("Import %1").arg(QFileInfo(jsonPath).fileName()),
                                   &error))
            return fail(Tr::tr("%1; nothing was imported.").arg(error));
        m_out << Tr::tr("Imported %1 into %2")
                     .arg(QDir::toNativeSeparators(jsonPath), document->filePath())
              << Qt::endl;
        return Success;
    }
    if (!QFileInfo::exists(planPath)) {
        if (!createWith(planPath, *plan, &error, jsonOrigin(Plan(), *plan, jsonPath, digest.get())))
            return fail(error);
        m_out << Tr::tr("Created %1 from %2")
                     .arg(QDir::toNativeSeparators(planPath), QDir::toNativeSeparators(jsonPath))
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
        !Audit::append(file->database(), jsonOrigin(existing, *plan, jsonPath, digest.get()),
                       nullptr, &error) ||
        !sql.commit(&error)) {
        sql.rollback();
        return fail(error);
    }
    m_out << Tr::tr("Imported %1 into %2")
                 .arg(QDir::toNativeSeparators(jsonPath), QDir::toNativeSeparators(file->path()))
          << Qt::endl;
    return Success;
}

// import PLAN --cmdb-cis CIS.csv --cmdb-rels RELS.csv [--mapping MAP.json] [--dry-run]
//        [--skip-bad-rows] (PRODUCT §7)
int Runner::importCmdbFiles(const Arguments &a)
{
    if (a.positionals.size() != 1 || !a.options.contains(QStringLiteral("--cmdb-cis")) ||
        !a.options.contains(QStringLiteral("--cmdb-rels")) ||
        a.options.contains(QStringLiteral("--json")))
        return badUsage(Tr::tr("a CMDB import needs a PLAN file, --cmdb-cis CIS.csv and "
                               "--cmdb-rels RELS.csv"));
    const QString planPath = a.positionals.first();
    // The exports are mapped, read a record at a time, not copied (CmdbFile::Reading).
    auto readFile = [](const QString &path, CmdbFile *file, QString *error,
                       CmdbFile::Reading reading = CmdbFile::Reading::Whole) {
        std::optional<CmdbFile> read =
            CmdbFile::read(path, QDir::toNativeSeparators(path), error, reading);
        if (read)
            *file = std::move(*read);
        return read.has_value();
    };
    QString error;
    CmdbFile cis;
    CmdbFile rels;
    if (!readFile(a.options.value(QStringLiteral("--cmdb-cis")), &cis, &error,
                  CmdbFile::Reading::Mapped) ||
        !readFile(a.options.value(QStringLiteral("--cmdb-rels")), &rels, &error,
                  CmdbFile::Reading::Mapped))
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

    // The plan as it is (or empty, for a new file), then the import computed in memory. A plan
    // on a server is read and written through the document (docs/team-server.md).
    const bool onServer = Server::ServerUrl::isServerUrl(planPath);
    const bool exists = onServer || QFileInfo::exists(planPath);
    std::unique_ptr<PlanFile> file;
    std::unique_ptr<PlanDocument> document;
    Plan current = Plan::empty(QFileInfo(planPath).completeBaseName());
    if (onServer) {
        document = PlanDocument::open(planPath, &error);
        if (!document)
            return fail(error);
        if (!a.flags.contains(QLatin1String("--dry-run")) && document->isReadOnly())
            return fail(
                Tr::tr("%1 cannot be written: %2").arg(planPath, document->readOnlyReason()));
        current = document->plan();
    } else if (exists) {
        file = PlanFile::open(planPath,
                              a.flags.contains(QLatin1String("--dry-run")) ? OpenMode::ReadOnly
                                                                           : OpenMode::ReadWrite,
                              &error);
        if (!file)
            return fail(error);
        if (!a.flags.contains(QLatin1String("--dry-run")) && file->isReadOnly())
            return fail(Tr::tr("%1 cannot be written: %2")
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
    CmdbServicesMapped planMade;
    if (writer) {
        servicesMapped = [&writer](const Plan &plan) { writer->servicesMapped(plan); };
        planMade = [&writer](const Plan &plan) { writer->planMade(plan); };
    }
    // A --mapping file becomes the plan's mapping for the next import; set before the import
    // so that the plan the writer gets early has it.
    const Plan before = current;
    if (a.options.contains(QStringLiteral("--mapping")))
        current.cmdbMapping = QString::fromUtf8(mapping.toJson());
    std::optional<CmdbImportResult> result =
        importCmdb(current, cis, rels, mapping, &error, {}, servicesMapped, planMade);
    if (!result)
        return fail(error);
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
    for (auto it = result->relationshipsIgnored.cbegin(); it != result->relationshipsIgnored.cend();
         ++it)
        m_out << Tr::tr("  relationships ignored: %1 × %2").arg(it.value()).arg(it.key()) << '\n';
    if (!result->problems.isEmpty())
        m_out << Tr::tr("  bad rows left out: %1").arg(result->problems.size()) << '\n';
    m_out.flush();
    if (dryRun)
        return Success;
    if (writer)
        return writer->finish(true, &error) ? Success : fail(error);
    if (document) {
        return document->replacePlan(result->plan, Tr::tr("Import from the CMDB"), &error)
                   ? Success
                   : fail(Tr::tr("%1; nothing was imported.").arg(error));
    }
    // One transaction: all of it or none of it.
    PlanSql sql(file->database());
    if (!sql.beginBulk(&error) || !sql.clearContent(&error) ||
        !sql.insertPlan(result->plan, &error) ||
        !Audit::append(
            file->database(),
            PlanDocument::wholePlanEntry(Tr::tr("Import from the CMDB"), before, result->plan),
            nullptr, &error) ||
        !sql.commit(&error)) {
        sql.rollback();
        return fail(error);
    }
    return Success;
}

int Runner::importVCard(const Arguments &a)
{
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("import needs a PLAN file and --vcard FILE.vcf"));
    const QString planPath = a.positionals.first();
    const QString cardsPath = a.options.value(QStringLiteral("--vcard"));
    QFile input(cardsPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(Tr::tr("%1: cannot be read: %2")
                        .arg(QDir::toNativeSeparators(cardsPath), input.errorString()));
    QString error;
    const std::optional<QList<Person>> cards = VCard::read(input.readAll(), &error);
    if (!cards)
        return fail(Tr::tr("%1: %2; nothing was imported.")
                        .arg(QDir::toNativeSeparators(cardsPath), error));
    std::unique_ptr<PlanDocument> document = PlanDocument::open(planPath, &error);
    if (!document)
        return fail(error);
    if (document->isReadOnly())
        return fail(Tr::tr("%1 is open read-only: %2")
                        .arg(QDir::toNativeSeparators(planPath), document->readOnlyReason()));
    const VCard::Merge merged = VCard::merge(document->plan(), *cards);
    if (!a.flags.contains(QStringLiteral("--dry-run")) &&
        !document->setPersons(merged.persons,
                              Tr::tr("Import %1").arg(QFileInfo(cardsPath).fileName()), &error))
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    m_out << Tr::tr("%1 added, %2 updated, %3 unchanged%4")
                 .arg(merged.added)
                 .arg(merged.updated)
                 .arg(merged.unchanged)
                 .arg(a.flags.contains(QStringLiteral("--dry-run")) ? Tr::tr(" (dry run)")
                                                                    : QString())
          << Qt::endl;
    return Success;
}

// import PLAN --snow-incidents incident.csv [--mapping MAP.json] [--skip-bad-rows] [--dry-run]
int Runner::importSnowIncidentFile(const Arguments &a)
{
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("import needs a PLAN file and --snow-incidents FILE.csv"));
    const QString planPath = a.positionals.first();
    const QString csvPath = a.options.value(QStringLiteral("--snow-incidents"));
    QString error;
    const std::optional<CmdbFile> file =
        CmdbFile::read(csvPath, QDir::toNativeSeparators(csvPath), &error);
    if (!file)
        return fail(error);
    SnowIncidentMapping mapping;
    if (a.options.contains(QStringLiteral("--mapping"))) {
        const QString mappingPath = a.options.value(QStringLiteral("--mapping"));
        const std::optional<CmdbFile> read =
            CmdbFile::read(mappingPath, QDir::toNativeSeparators(mappingPath), &error);
        if (!read)
            return fail(error);
        QStringList errors;
        const std::optional<SnowIncidentMapping> loaded =
            SnowIncidentMapping::fromJson(read->bytes, &errors);
        if (!loaded) {
            for (const QString &e : std::as_const(errors))
                m_err << "continuity-cli: " << QDir::toNativeSeparators(mappingPath) << ": " << e
                      << '\n';
            return fail(Tr::tr("the mapping file has errors; nothing was imported"));
        }
        mapping = *loaded;
    }
    std::unique_ptr<PlanDocument> document = PlanDocument::open(planPath, &error);
    if (!document)
        return fail(error);
    if (document->isReadOnly())
        return fail(Tr::tr("%1 is open read-only: %2")
                        .arg(QDir::toNativeSeparators(planPath), document->readOnlyReason()));
    const bool skip = a.flags.contains(QLatin1String("--skip-bad-rows"));
    const std::optional<SnowIncidentResult> result =
        importSnowIncidents(document->plan(), *file, mapping, skip, &error);
    if (!result)
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    for (const CmdbProblem &p : result->problems)
        m_err << "continuity-cli: " << p.text() << '\n';
    if (!result->problems.isEmpty() && !skip) {
        m_err << Tr::tr("continuity-cli: %1 bad row(s); nothing was imported (fix them, or "
                        "use --skip-bad-rows to leave them out).")
                     .arg(result->problems.size())
              << Qt::endl;
        return BadInput;
    }
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    m_out << (dryRun ? Tr::tr("Would import (dry run, nothing written):") : Tr::tr("Imported:"))
          << '\n'
          << Tr::tr("  incidents: %1 added, %2 updated, %3 unchanged")
                 .arg(result->added)
                 .arg(result->updated)
                 .arg(result->unchanged)
          << '\n';
    if (!result->unknownItems.isEmpty())
        m_out << Tr::tr("  configuration items that name no node of the plan: %1")
                     .arg(result->unknownItems.join(QStringLiteral(", ")))
              << '\n';
    if (!result->problems.isEmpty())
        m_out << Tr::tr("  bad rows left out: %1").arg(result->problems.size()) << '\n';
    m_out.flush();
    if (dryRun || (result->added == 0 && result->updated == 0))
        return Success;
    if (!document->replacePlan(
            result->plan, Tr::tr("Import incidents from %1").arg(QFileInfo(csvPath).fileName()),
            &error))
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    return Success;
}

// import PLAN --supplier-ics FILE.ics --node ID [--dry-run]
int Runner::importSupplierCalendar(const Arguments &a)
{
    const QString node = a.options.value(QStringLiteral("--node"));
    if (a.positionals.size() != 1 || node.isEmpty())
        return badUsage(
            Tr::tr("import needs a PLAN file, --supplier-ics FILE.ics and --node SUPPLIER"));
    const QString planPath = a.positionals.first();
    const QString icsPath = a.options.value(QStringLiteral("--supplier-ics"));
    QString error;
    const std::optional<CmdbFile> file =
        CmdbFile::read(icsPath, QDir::toNativeSeparators(icsPath), &error);
    if (!file)
        return fail(error);
    std::unique_ptr<PlanDocument> document = PlanDocument::open(planPath, &error);
    if (!document)
        return fail(error);
    if (!document->process(node) && !document->service(node))
        return fail(
            Tr::tr("the plan has no process or service \"%1\"; nothing was imported").arg(node),
            BadInput);
    if (document->isReadOnly())
        return fail(Tr::tr("%1 is open read-only: %2")
                        .arg(QDir::toNativeSeparators(planPath), document->readOnlyReason()));
    QStringList errors;
    const std::optional<QList<MaintenanceWindow>> windows =
        ICalendar::supplierWindows(file->bytes, node, ICalendar::supplierPrefix(node), &errors);
    if (!windows) {
        for (const QString &e : std::as_const(errors))
            m_err << "continuity-cli: " << QDir::toNativeSeparators(icsPath) << ": " << e << '\n';
        return fail(Tr::tr("the calendar has errors; nothing was imported"), BadInput);
    }
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    m_out << (dryRun ? Tr::tr("Would import (dry run, nothing written):") : Tr::tr("Imported:"))
          << '\n'
          << Tr::tr("  supplier maintenance windows of %1: %2").arg(node).arg(windows->size())
          << '\n';
    m_out.flush();
    if (dryRun)
        return Success;
    if (!document->replacePlan(ICalendar::withSupplierWindows(document->plan(), node, *windows),
                               Tr::tr("Import the maintenance calendar of %1").arg(node), &error))
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    return Success;
}

// import PLAN --snow-changes change_request.csv [--mapping MAP.json] [--skip-bad-rows] [--dry-run]
int Runner::importSnowChangeFile(const Arguments &a)
{
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("import needs a PLAN file and --snow-changes FILE.csv"));
    const QString planPath = a.positionals.first();
    const QString csvPath = a.options.value(QStringLiteral("--snow-changes"));
    QString error;
    const std::optional<CmdbFile> file =
        CmdbFile::read(csvPath, QDir::toNativeSeparators(csvPath), &error);
    if (!file)
        return fail(error);
    SnowChangeMapping mapping;
    if (a.options.contains(QStringLiteral("--mapping"))) {
        const QString mappingPath = a.options.value(QStringLiteral("--mapping"));
        const std::optional<CmdbFile> read =
            CmdbFile::read(mappingPath, QDir::toNativeSeparators(mappingPath), &error);
        if (!read)
            return fail(error);
        QStringList errors;
        const std::optional<SnowChangeMapping> loaded =
            SnowChangeMapping::fromJson(read->bytes, &errors);
        if (!loaded) {
            for (const QString &e : std::as_const(errors))
                m_err << "continuity-cli: " << QDir::toNativeSeparators(mappingPath) << ": " << e
                      << '\n';
            return fail(Tr::tr("the mapping file has errors; nothing was imported"));
        }
        mapping = *loaded;
    }
    std::unique_ptr<PlanDocument> document = PlanDocument::open(planPath, &error);
    if (!document)
        return fail(error);
    if (document->isReadOnly())
        return fail(Tr::tr("%1 is open read-only: %2")
                        .arg(QDir::toNativeSeparators(planPath), document->readOnlyReason()));
    const bool skip = a.flags.contains(QLatin1String("--skip-bad-rows"));
    const std::optional<SnowChangeResult> result = importSnowChanges(
        document->plan(), *file, mapping, skip, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!result)
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    for (const CmdbProblem &p : result->problems)
        m_err << "continuity-cli: " << p.text() << '\n';
    if (!result->problems.isEmpty() && !skip) {
        m_err << Tr::tr("continuity-cli: %1 bad row(s); nothing was imported (fix them, or "
                        "use --skip-bad-rows to leave them out).")
                     .arg(result->problems.size())
              << Qt::endl;
        return BadInput;
    }
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    m_out << (dryRun ? Tr::tr("Would import (dry run, nothing written):") : Tr::tr("Imported:"))
          << '\n'
          << Tr::tr("  changes: %1 added, %2 updated, %3 unchanged")
                 .arg(result->added)
                 .arg(result->updated)
                 .arg(result->unchanged)
          << '\n';
    if (!result->unknownItems.isEmpty())
        m_out << Tr::tr("  configuration items that name no node of the plan: %1")
                     .arg(result->unknownItems.join(QStringLiteral(", ")))
              << '\n';
    if (!result->unknownPeople.isEmpty())
        m_out << Tr::tr("  assignees who are not a person of the plan: %1")
                     .arg(result->unknownPeople.join(QStringLiteral(", ")))
              << '\n';
    m_out.flush();
    if (dryRun || (result->added == 0 && result->updated == 0))
        return Success;
    if (!document->replacePlan(result->plan,
                               Tr::tr("Import changes from %1").arg(QFileInfo(csvPath).fileName()),
                               &error))
        return fail(Tr::tr("%1; nothing was imported.").arg(error));
    return Success;
}

} // namespace Continuity::Cli
