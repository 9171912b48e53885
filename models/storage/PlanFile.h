// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanStore.h"

#include <QSqlDatabase>

#include <functional>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

class QTemporaryDir;

namespace Continuity {
namespace Audit {
class Appender;
}

// One schema step: the statements that take a plan file from version `toVersion - 1` to
// `toVersion`. Each migration runs in one transaction together with the new user_version.
struct Migration
{
    int toVersion = 0;
    QString description;
    QStringList statements;
    // Makes a table anew (a CHECK cannot be changed in place): runs with foreign keys off and
    // checks them before its commit.
    bool rebuildsTables = false;
};

enum class OpenMode { ReadWrite, ReadOnly };
// Whether opening reads every page of the file (quick_check) before anything else, or leaves
// damage to be found by the reads that meet it: a reader that reads only a few tables and
// checks every value it reads (PlanSql::loadGraph) skips it (docs/decisions/graph-read.md).
enum class PageCheck { Full, Skip };

// An open plan file (PRODUCT §2, STYLE "Document, storage, undo"): the SQLite connection, the
// lock beside the file that keeps a second writer out, the checks made on open and the schema
// migrations. A PlanFile that was opened read-only says why (readOnlyReason()). The SQL that
// reads and writes plan content lives in PlanSql. Owned by PlanDocument, or used on its own
// by the command line.
class PlanFile : public PlanStore
{
public:
    static constexpr quint32 ApplicationId = 0x436f6e74; // "Cont"
    static constexpr const char *Extension = "continuity";

    ~PlanFile() override;
    PlanFile(const PlanFile &) = delete;
    PlanFile &operator=(const PlanFile &) = delete;

    // Creates a new plan file with the current schema; refuses to touch an existing file.
    static std::unique_ptr<PlanFile> create(const QString &path, QString *errorMessage);

    // Opens an existing plan. Foreign, corrupt, truncated and newer files are refused with a
    // message and left byte for byte as they were. With OpenMode::ReadWrite the file still
    // opens read-only when it is locked by another Continuity, or is read-only itself, or
    // sits in a read-only folder: readOnlyReason() says which.
    static std::unique_ptr<PlanFile> open(const QString &path, OpenMode mode, QString *errorMessage,
                                          PageCheck pageCheck = PageCheck::Full);

    QString path() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    int schemaVersion() const;
    QSqlDatabase database() const override;

    // Writes a compact, consistent copy of the plan to `target` (VACUUM INTO), replacing an
    // existing file atomically. Used by Save As and for snapshots.
    bool copyTo(const QString &target, QString *errorMessage) const override;

    // Runs `work` on a connection of its own to this plan, opened and configured like the first
    // one on the calling thread and closed afterwards: how a worker thread writes a large
    // change (an import) while the GUI thread keeps its connection. This process holds the
    // lock already; the caller keeps the first connection from writing meanwhile.
    bool runOnOwnConnection(const std::function<bool(QSqlDatabase &, QString *)> &work,
                            QString *errorMessage) const override;

    // "ok", or the problems PRAGMA integrity_check and foreign_key_check report.
    QStringList integrityProblems() const override;

    static int currentSchemaVersion();
    static QList<Migration> migrations();
    // Tests replace the migration list to exercise the mechanism; nullopt restores it.
    static void setMigrationsForTesting(const std::optional<QList<Migration>> &migrations);

    // The version of the SQLite library behind Qt's QSQLITE driver ("3.40.1").
    static QString sqliteVersion();

    // The path of the lock file that guards `planPath`: beside the file itself, whatever
    // symbolic link or relative path named it.
    static QString lockFilePath(const QString &planPath);
    // `path` with symbolic links resolved (for a file not there yet: its folder resolved).
    static QString canonicalPath(const QString &path);
    // A lock file that names no holder is taken over once it is this old (docs/decisions/
    // untrusted-files.md): QLockFile writes the holder as it creates the file.
    static constexpr int BrokenLockSeconds = 10;
    // Something the user should hear about the opening that did not stop it (a broken lock
    // file taken over); empty when there is none.
    QString notice() const override { return m_notice; }
    bool appendAudit(const QSqlDatabase &db, const Audit::Entry &entry, Audit::Head *head,
                     QString *errorMessage) override;

private:
    PlanFile() = default;
    bool openConnection(bool readOnly, QString *errorMessage);
    bool hardenConnection(QSqlDatabase &db, QString *errorMessage) const;
    // Rolls back the journal a stopped program left beside `path`, for a read-only opening
    // (docs/decisions/untrusted-files.md); true when there was nothing to do or it was done.
    static bool rollBackLeftJournal(const QString &path, QString *errorMessage);
    // Refuses a file whose schema is not exactly that of plan format `version`: an object
    // Continuity does not create (a trigger, a view, a virtual table, an index), one defined
    // otherwise, or one missing, each named in the message.
    bool checkSchema(int version, QString *errorMessage) const;
    bool configureConnection(QString *errorMessage);
    bool migrate(int fromVersion, QString *errorMessage);
    bool acquireLock(QString *reason);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_notice;
    // A file in an older format opened read-only is read from an upgraded copy here; the file
    // itself is never touched.
    std::unique_ptr<QTemporaryDir> m_upgradedCopy;
    std::unique_ptr<Audit::Appender> m_appender; // for the connection above, made at first use
};

} // namespace Continuity
