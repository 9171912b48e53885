// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CmdbMapping.h"
#include "domain/Plan.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace Continuity {

// A row of a CMDB export that cannot be imported, and why, with the physical line a user sees
// in an editor.
struct CmdbProblem
{
    QString file;
    int line = 0;
    QString reason;
    QString text() const { return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason); }
};

struct CmdbImportResult
{
    Plan plan; // the plan as it will be after the import
    int added = 0;
    int changed = 0;
    int removed = 0; // services from an earlier import that this export no longer has
    int unchanged = 0;
    int dependenciesAdded = 0;
    int dependenciesRemoved = 0;
    int cisLeftOut = 0;                      // classes the mapping leaves out
    QMap<QString, int> relationshipsIgnored; // by type
    QList<CmdbProblem> problems;             // bad rows (skipped when asked to)
};

struct CmdbFile
{
    QString name; // for messages
    QByteArray bytes;
    // For a mapped file: gives back the pages up to a position the import has read past (see
    // read()); empty for bytes held in memory.
    std::function<void(qsizetype)> release = {};
    std::shared_ptr<QFile> mapping = {}; // keeps a mapped file's bytes

    // Reads the export at `path`, named `name` in messages; refuses a file larger than a CSV
    // may be (CsvLimits::MaxFileBytes) before reading it. `Mapped` maps the file instead of
    // reading it, for one import that starts at once (the command line): the file must not be
    // cut short by another program meanwhile (the process would be ended by the system), so a
    // window, which holds the files while its user chooses, reads them whole.
    enum class Reading { Whole, Mapped };
    static std::optional<CmdbFile> read(const QString &path, const QString &name,
                                        QString *errorMessage, Reading reading = Reading::Whole);
};

// PRODUCT §7: a ServiceNow CI list and relationship list (cmdb_rel_ci) into a plan. Services
// are matched by their `sys_id` attribute, so that importing next month's export updates,
// adds and removes instead of duplicating; what planners added by hand (processes, targets,
// positions, dependencies of their own) stays. Bad rows are collected in `problems`; the
// caller writes nothing while there are any unless the user chose to skip them (then
// `skipBadRows` leaves those rows out). nullopt and a message for a file that cannot be read
// at all (not UTF-8, a required column missing). Pure: no file or document access.
// `progress` (optional) hears the percentage done now and then; returning false cancels (nullopt
// and a message that nothing changed).
// `servicesMapped` (optional) hears the plan as it stands once the CIs are mapped, before the
// relationships: its processes and services are the result's unless services of an earlier
// import are removed at the end, so that a caller can start writing them meanwhile (and must
// compare). `planMade` (optional) hears the whole plan as it will be, before the plan's rules
// are checked, so that a caller can write it meanwhile: it keeps what it wrote only when the
// import then succeeds.
using CmdbProgress = std::function<bool(int percent)>;
using CmdbServicesMapped = std::function<void(const Plan &plan)>;
std::optional<CmdbImportResult>
importCmdb(const Plan &current, const CmdbFile &cis, const CmdbFile &relationships,
           const CmdbMapping &mapping, QString *errorMessage, const CmdbProgress &progress = {},
           const CmdbServicesMapped &servicesMapped = {}, const CmdbServicesMapped &planMade = {});

} // namespace Continuity
