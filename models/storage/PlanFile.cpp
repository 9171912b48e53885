// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFile.h"

#include "AuditTrail.h"
#include "domain/Plan.h"
#include "io/AtomicFile.h"
#include "PlanSql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include <sys/stat.h>

namespace Continuity {

QList<Migration> builtInMigrations(); // Schema.cpp

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanFile)
};

std::optional<QList<Migration>> &migrationOverride()
{
    static std::optional<QList<Migration>> value;
    return value;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("continuity-plan-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Writable by the process and marked writable: root may write anywhere, but a file or folder
// its owner marked read-only is treated as read-only all the same.
bool isMarkedWritable(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// What the 100-byte SQLite header says, read without SQLite so that a foreign or newer file
// is refused before anything could possibly write to it.
struct HeaderCheck
{
    bool ok = false;
    int userVersion = 0;
    QString error;
};

HeaderCheck checkHeader(const QString &path, int currentVersion)
{
    HeaderCheck result;
    const QString shown = nativePath(path);
    QFile file(path);
    if (!file.exists()) {
        result.error = Tr::tr("%1 does not exist.").arg(shown);
        return result;
    }
    if (QFileInfo(path).isDir()) {
        result.error = Tr::tr("%1 is a folder, not a Continuity plan.").arg(shown);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("%1 cannot be read: %2.").arg(shown, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    if (size == 0) {
        result.error = Tr::tr("%1 is empty (0 bytes), so it is not a Continuity plan.").arg(shown);
        return result;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        result.error =
            Tr::tr("%1 is not a Continuity plan: it is not an SQLite database.").arg(shown);
        return result;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const qint32 userVersion = qFromBigEndian<qint32>(bytes + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        result.error = Tr::tr("%1 is damaged: its header gives an impossible page size (%2).")
                           .arg(shown)
                           .arg(pageSize);
        return result;
    }
    if (applicationId != PlanFile::ApplicationId) {
        result.error = Tr::tr("%1 is an SQLite database, but not a Continuity plan.").arg(shown);
        return result;
    }
    if (userVersion > currentVersion) {
        result.error = Tr::tr("%1 was made by a newer version of Continuity (plan format %2; this "
                              "version reads formats up to %3). Open it with a newer Continuity.")
                           .arg(shown)
                           .arg(userVersion)
                           .arg(currentVersion);
        return result;
    }
    if (userVersion < 1) {
        result.error = Tr::tr("%1 is damaged: it has no plan format version.").arg(shown);
        return result;
    }
    // A hot journal beside the file means a transaction was cut short (a crash, a kill):
    // the file may be mid-write until SQLite rolls it back on open, so its size says nothing.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!hotJournal && changeCounter == validFor && pageCount > 0 &&
        size < qint64(pageCount) * qint64(pageSize)) {
        result.error = Tr::tr("%1 is damaged: it is truncated (%2 bytes of the %3 it should "
                              "have). Restore it from a snapshot or a backup.")
                           .arg(shown)
                           .arg(size)
                           .arg(qint64(pageCount) * qint64(pageSize));
        return result;
    }
    if (!hotJournal && size % pageSize != 0) {
        result.error = Tr::tr("%1 is damaged: its size is not a whole number of pages. Restore "
                              "it from a snapshot or a backup.")
                           .arg(shown);
        return result;
    }
    result.ok = true;
    result.userVersion = userVersion;
    return result;
}

// How many names (hard links) the file has; 0 when it cannot be asked.
qulonglong linkCount(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return qulonglong(info.st_nlink);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (errorMessage)
            *errorMessage = query.lastError().text();
        return false;
    }
    return true;
}

// One object of an SQLite schema as sqlite_schema lists it.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

QString normalizedSql(const QString &sql)
{
    return sql.simplified();
}

// The schema of `db`, keyed by name. SQLite's statistics tables (sqlite_stat1..4) only guide
// its query planner; they are left out.
bool readSchema(QSqlDatabase db, QHash<QString, SchemaObject> *objects, QString *errorMessage)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"))) {
        *errorMessage = query.lastError().text();
        return false;
    }
    while (query.next()) {
        SchemaObject o{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), normalizedSql(query.value(3).toString())};
        if (o.name.startsWith(QLatin1String("sqlite_stat")))
            continue;
        objects->insert(o.name, o);
    }
    return true;
}

QString describeObject(const SchemaObject &o)
{
    if (o.type == QLatin1String("trigger"))
        return Tr::tr("the trigger \"%1\" on table \"%2\"").arg(o.name, o.table);
    if (o.type == QLatin1String("view"))
        return Tr::tr("the view \"%1\"").arg(o.name);
    if (o.type == QLatin1String("index"))
        return Tr::tr("the index \"%1\" on table \"%2\"").arg(o.name, o.table);
    if (o.sql.contains(QLatin1String("VIRTUAL TABLE"), Qt::CaseInsensitive))
        return Tr::tr("the virtual table \"%1\"").arg(o.name);
    return Tr::tr("the table \"%1\"").arg(o.name);
}

} // namespace

PlanFile::~PlanFile()
{
    m_appender.reset(); // its statements go before the connection
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

QList<Migration> PlanFile::migrations()
{
    if (migrationOverride())
        return *migrationOverride();
    return builtInMigrations();
}

void PlanFile::setMigrationsForTesting(const std::optional<QList<Migration>> &migrations)
{
    migrationOverride() = migrations;
}

int PlanFile::currentSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().toVersion;
}

QString PlanFile::sqliteVersion()
{
    static const QString version = [] {
        const QString name = nextConnectionName();
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                    result = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return version;
}

QString PlanFile::lockFilePath(const QString &planPath)
{
    // Keyed on the file, not on the name it was given: a symbolic link or a relative path to
    // a plan held elsewhere finds the same lock.
    return canonicalPath(planPath) + QStringLiteral(".lock");
}

QString PlanFile::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet: its folder resolved, its own name kept.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QSqlDatabase PlanFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int PlanFile::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool PlanFile::acquireLock(QString *reason)
{
    const QString lockPath = lockFilePath(m_path);
    m_lock = std::make_unique<QLockFile>(lockPath);
    // Only a dead holder makes a lock stale: a plan may stay open for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    // A lock file that names no holder (empty, garbage, unreadable) is no lock: QLockFile
    // writes its holder as it creates the file, so one still without a holder after
    // BrokenLockSeconds was left by something that died or was never a lock. Taken over.
    const QFileInfo lockInfo(lockPath);
    if (m_lock->error() == QLockFile::LockFailedError &&
        !m_lock->getLockInfo(nullptr, nullptr, nullptr) && lockInfo.exists() &&
        lockInfo.lastModified().secsTo(QDateTime::currentDateTime()) >= BrokenLockSeconds &&
        QFile::remove(lockPath) && m_lock->tryLock(0)) {
        m_notice = Tr::tr("The lock file %1 named no Continuity that holds the plan; it was "
                          "taken over.")
                       .arg(nativePath(lockPath));
        return true;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock->getLockInfo(&pid, &host, &application)) {
            *reason = Tr::tr("it is already open in Continuity on %1 (process %2). Close it "
                             "there to edit it here.")
                          .arg(host.isEmpty() ? Tr::tr("this computer") : host)
                          .arg(pid);
        } else {
            *reason = Tr::tr("it is already open in another Continuity window.");
        }
    } else {
        *reason = Tr::tr("its folder is read-only, so no lock can be taken beside it.");
    }
    m_lock.reset();
    return false;
}

bool PlanFile::openConnection(bool readOnly, QString *errorMessage)
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *errorMessage = Tr::tr("The SQLite driver of Qt (QSQLITE) is not installed.");
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *errorMessage =
            Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), db.lastError().text());
        return false;
    }
    return hardenConnection(db, errorMessage);
}

bool PlanFile::hardenConnection(QSqlDatabase &db, QString *errorMessage) const
{
    // A plan file is data from anywhere: functions with side effects never run from its schema
    // (views, triggers, defaults), and it cannot load extensions (Qt's driver never enables
    // them). Set before the first read.
    QString error;
    if (!exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"), &error)) {
        *errorMessage = Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), error);
        return false;
    }
    return true;
}

bool PlanFile::runOnOwnConnection(const std::function<bool(QSqlDatabase &, QString *)> &work,
                                  QString *errorMessage) const
{
    if (m_readOnly) {
        *errorMessage = Tr::tr("%1 is open read-only.").arg(nativePath(m_path));
        return false;
    }
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QString error;
        if (!db.open()) {
            *errorMessage =
                Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), db.lastError().text());
        } else if (!exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"), &error) ||
                   !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error) ||
                   !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &error) ||
                   !exec(db, QStringLiteral("PRAGMA cache_size = -65536"), &error)) {
            *errorMessage = Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), error);
        } else {
            ok = work(db, errorMessage);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PlanFile::configureConnection(QString *errorMessage)
{
    QSqlDatabase db = database();
    QString error;
    // A page cache of up to 64 MiB (the default is 2 MiB) keeps large plans and bulk imports
    // off the disk while a transaction builds up.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &error) ||
        !exec(db, QStringLiteral("PRAGMA cache_size = -65536"), &error)) {
        *errorMessage = Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), error);
        return false;
    }
    if (!m_readOnly) {
        QSqlQuery mode(db);
        if (mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next() &&
            mode.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            mode.finish();
            if (!exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), &error)) {
                *errorMessage = Tr::tr("%1 cannot be opened: %2").arg(nativePath(m_path), error);
                return false;
            }
        }
    }
    return true;
}

bool PlanFile::rollBackLeftJournal(const QString &path, QString *errorMessage)
{
    const QString journal = path + QStringLiteral("-journal");
    QLockFile lock(lockFilePath(path));
    lock.setStaleLockTime(0);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (isMarkedWritable(QFileInfo(path)) && isMarkedWritable(folder) && !lock.tryLock(0))
        return true; // another Continuity holds the plan and is writing it: not left over
    if (!isMarkedWritable(QFileInfo(path)) || !isMarkedWritable(folder)) {
        *errorMessage = Tr::tr("%1 holds a change that a program stopped in the middle of (the "
                               "journal %2 beside it). It must be rolled back before the plan can "
                               "be read, and that needs a file and folder that can be written: "
                               "copy both files to a writable folder and open the copy.")
                            .arg(nativePath(path), nativePath(journal));
        return false;
    }
    const QString name = nextConnectionName();
    bool ok = false;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            // The first read of a writable connection plays the journal back: page copies,
            // nothing from the file's schema runs.
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")) &&
                 query.exec(QStringLiteral("PRAGMA schema_version")) && query.next();
            if (!ok)
                error = query.lastError().text();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        *errorMessage = Tr::tr("%1 holds a change that a program stopped in the middle of, and it "
                               "could not be rolled back: %2")
                            .arg(nativePath(path), error);
        return false;
    }
    return true;
}

bool PlanFile::checkSchema(int version, QString *errorMessage) const
{
    // What Continuity makes a plan of this format to be: the migrations up to it, run on an
    // empty database in memory.
    const QString name = nextConnectionName();
    QHash<QString, SchemaObject> expected;
    QString error;
    bool made = true;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        made = memory.open();
        for (const Migration &migration : migrations()) {
            if (!made || migration.toVersion > version)
                break;
            for (const QString &statement : migration.statements) {
                made = exec(memory, statement, &error);
                if (!made)
                    break;
            }
        }
        made = made && readSchema(memory, &expected, &error);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!made) {
        *errorMessage = Tr::tr("%1 cannot be checked: %2").arg(nativePath(m_path), error);
        return false;
    }

    QHash<QString, SchemaObject> actual;
    if (!readSchema(database(), &actual, &error)) {
        *errorMessage = Tr::tr("%1 is damaged and cannot be read: %2. Restore it from a snapshot "
                               "or a backup.")
                            .arg(nativePath(m_path), error);
        return false;
    }
    // Anything Continuity did not create is refused by name, before any of it is used: a
    // trigger or a view in a file from someone else would otherwise run as this program.
    QStringList names = actual.keys();
    names.sort();
    for (const QString &objectName : std::as_const(names)) {
        const SchemaObject &o = actual.value(objectName);
        const auto it = expected.constFind(objectName);
        if (it == expected.cend()) {
            *errorMessage = Tr::tr("%1 was not opened: it holds %2, which Continuity does not "
                                   "create. A plan file holds data only; the file is unchanged.")
                                .arg(nativePath(m_path), describeObject(o));
            return false;
        }
        if (!(*it == o)) {
            *errorMessage = Tr::tr("%1 was not opened: %2 is not defined as Continuity defines "
                                   "it in plan format %3. The file is unchanged.")
                                .arg(nativePath(m_path), describeObject(o))
                                .arg(version);
            return false;
        }
    }
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            missing.append(it.key());
    }
    if (!missing.isEmpty()) {
        missing.sort();
        *errorMessage =
            Tr::tr("%1 is damaged: %2 of plan format %3 is missing. Restore it from a "
                   "snapshot or a backup.")
                .arg(nativePath(m_path), describeObject(expected.value(missing.first())))
                .arg(version);
        return false;
    }
    return true;
}

bool PlanFile::migrate(int fromVersion, QString *errorMessage)
{
    QSqlDatabase db = database();
    for (const Migration &migration : migrations()) {
        if (migration.toVersion <= fromVersion)
            continue;
        QString error;
        // Foreign keys can only be switched outside a transaction.
        bool ok = !migration.rebuildsTables ||
                  exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), &error);
        ok = ok && db.transaction();
        for (const QString &statement : migration.statements) {
            if (!ok)
                break;
            ok = exec(db, statement, &error);
        }
        if (ok && migration.rebuildsTables) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                ok = false;
                error = check.lastError().text();
            } else if (check.next()) {
                ok = false;
                error = Tr::tr("a row of %1 names a row of %2 that does not exist")
                            .arg(check.value(0).toString(), check.value(2).toString());
            }
        }
        if (ok) {
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion),
                      &error);
        }
        if (ok && !db.commit()) {
            ok = false;
            error = db.lastError().text();
        }
        if (!ok)
            db.rollback();
        if (migration.rebuildsTables)
            exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
        if (!ok) {
            *errorMessage = Tr::tr("%1 could not be upgraded to plan format %2 (%3): %4. The file "
                                   "is unchanged.")
                                .arg(nativePath(m_path))
                                .arg(migration.toVersion)
                                .arg(migration.description, error);
            return false;
        }
    }
    return true;
}

std::unique_ptr<PlanFile> PlanFile::create(const QString &path, QString *errorMessage)
{
    QString scratch;
    QString *error = errorMessage ? errorMessage : &scratch;
    const QString absolute = canonicalPath(path);
    if (QFileInfo::exists(absolute) || QFileInfo(path).isSymLink()) {
        *error = Tr::tr("%1 already exists; choose another name.").arg(nativePath(absolute));
        return nullptr;
    }
    const QFileInfo folder(QFileInfo(absolute).absolutePath());
    if (!folder.isDir()) {
        *error = Tr::tr("The folder %1 does not exist.").arg(nativePath(folder.filePath()));
        return nullptr;
    }
    if (!isMarkedWritable(folder)) {
        *error = Tr::tr("%1 cannot be created: the folder is read-only.").arg(nativePath(absolute));
        return nullptr;
    }
    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = absolute;
    QString lockReason;
    if (!file->acquireLock(&lockReason)) {
        *error = Tr::tr("%1 cannot be created: %2").arg(nativePath(absolute), lockReason);
        return nullptr;
    }
    auto fail = [&](const QString &message) -> std::unique_ptr<PlanFile> {
        *error = message;
        file.reset();
        QFile::remove(absolute);
        QFile::remove(absolute + QStringLiteral("-journal"));
        return nullptr;
    };
    if (!file->openConnection(false, error))
        return fail(*error);
    QString sqlError;
    QSqlDatabase db = file->database();
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &sqlError)) {
        return fail(Tr::tr("%1 cannot be created: %2").arg(nativePath(absolute), sqlError));
    }
    if (!file->configureConnection(error) || !file->migrate(0, error))
        return fail(*error);
    return file;
}

std::unique_ptr<PlanFile> PlanFile::open(const QString &path, OpenMode mode, QString *errorMessage,
                                         PageCheck pageCheck)
{
    QString scratch;
    QString *error = errorMessage ? errorMessage : &scratch;
    const QString absolute = canonicalPath(path);
    const int current = currentSchemaVersion();
    const HeaderCheck header = checkHeader(absolute, current);
    if (!header.ok) {
        *error = header.error;
        return nullptr;
    }

    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = absolute;
    if (mode == OpenMode::ReadOnly) {
        file->m_readOnly = true;
        file->m_readOnlyReason = Tr::tr("it was opened read-only.");
    } else if (!isMarkedWritable(QFileInfo(absolute))) {
        file->m_readOnly = true;
        file->m_readOnlyReason = Tr::tr("the file is read-only.");
    } else if (!isMarkedWritable(QFileInfo(QFileInfo(absolute).absolutePath()))) {
        file->m_readOnly = true;
        file->m_readOnlyReason =
            Tr::tr("its folder is read-only, so no lock can be taken beside it.");
    } else if (linkCount(absolute) > 1) {
        // Another name of the same file (a hard link) would have a lock of its own: one writer
        // per file cannot be promised, so no writer at all.
        file->m_readOnly = true;
        file->m_readOnlyReason = Tr::tr("the file has more than one name (a hard link), so no "
                                        "lock can keep a second writer out. Copy it to edit it.");
    } else if (QString reason; !file->acquireLock(&reason)) {
        file->m_readOnly = true;
        file->m_readOnlyReason = reason;
    }

    // A journal left by a program that stopped mid-change must be rolled back before the file
    // can be read; a read-only connection cannot, so it is done here once, under the lock.
    if (file->m_readOnly && QFileInfo(absolute + QStringLiteral("-journal")).size() > 0 &&
        !rollBackLeftJournal(absolute, error))
        return nullptr;
    if (!file->openConnection(file->m_readOnly, error))
        return nullptr;

    QStringList checkTables; // tables with a row that breaks the schema's CHECK constraints
    if (pageCheck == PageCheck::Full) {
        // quick_check reads every page; a damaged file says so here, before anything else.
        QSqlQuery check(file->database());
        check.setForwardOnly(true);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
            *error = Tr::tr("%1 is damaged and cannot be read: %2. Restore it from a snapshot or "
                            "a backup.")
                         .arg(nativePath(absolute), check.lastError().text());
            return nullptr;
        }
        QStringList problems;
        static const QRegularExpression checkFailed(
            QStringLiteral("^CHECK constraint failed in (\\w+)$"));
        while (check.next()) {
            const QString problem = check.value(0).toString();
            problems.append(problem);
            if (const auto m = checkFailed.match(problem); m.hasMatch()) {
                if (!checkTables.contains(m.captured(1)))
                    checkTables.append(m.captured(1));
            }
        }
        const bool onlyChecks =
            !checkTables.isEmpty() &&
            std::all_of(problems.cbegin(), problems.cend(),
                        [](const QString &p) { return checkFailed.match(p).hasMatch(); });
        if (!onlyChecks && problems != QStringList{QStringLiteral("ok")}) {
            *error = Tr::tr("%1 is damaged: %2. Restore it from a snapshot or a backup.")
                         .arg(nativePath(absolute), problems.join(QStringLiteral("; ")));
            return nullptr;
        }
    }
    if (!file->checkSchema(header.userVersion, error))
        return nullptr;
    if (!checkTables.isEmpty()) {
        // Values written past the schema's own rules (by hand, or by another program). The
        // schema is Continuity's, so the plan's rules can say which value, row and column; a
        // file of an older format, or a value they do not cover, is named by its table.
        QString precise;
        if (header.userVersion == current) {
            Plan plan;
            PlanSql(file->database()).load(&plan, &precise);
        }
        if (precise.isEmpty()) {
            QStringList tables;
            for (const QString &table : std::as_const(checkTables))
                tables.append(
                    Tr::tr("a value in table %1 breaks the rules of its column").arg(table));
            *error = Tr::tr("%1 holds values Continuity does not accept, so it was not read: "
                            "%2. The file is unchanged.")
                         .arg(nativePath(absolute), tables.join(QStringLiteral("; ")));
        } else {
            *error = Tr::tr("%1: %2 The file is unchanged.").arg(nativePath(absolute), precise);
        }
        return nullptr;
    }
    if (!file->configureConnection(error))
        return nullptr;

    const int version = file->schemaVersion();
    if (version != header.userVersion || version < 1 || version > current) {
        *error = Tr::tr("%1 is damaged: its plan format version cannot be read.")
                     .arg(nativePath(absolute));
        return nullptr;
    }
    if (version < current) {
        if (file->m_readOnly) {
            // Read an upgraded copy instead: the file stays exactly as it is.
            auto copyDir = std::make_unique<QTemporaryDir>();
            const QString copyPath =
                copyDir->filePath(QStringLiteral("upgraded.") + QLatin1String(Extension));
            QString copyError;
            std::unique_ptr<PlanFile> copy;
            if (copyDir->isValid() && file->copyTo(copyPath, &copyError))
                copy = open(copyPath, OpenMode::ReadWrite, &copyError);
            if (!copy || copy->isReadOnly()) {
                *error = Tr::tr("%1 uses the older plan format %2 and must be upgraded to format "
                                "%3 before it can be read, but %4 (%5)")
                             .arg(nativePath(absolute))
                             .arg(version)
                             .arg(current)
                             .arg(file->m_readOnlyReason, copyError);
                return nullptr;
            }
            copy->m_path = absolute;
            copy->m_readOnly = true;
            copy->m_readOnlyReason = file->m_readOnlyReason;
            copy->m_upgradedCopy = std::move(copyDir);
            return copy;
        }
        if (!file->migrate(version, error))
            return nullptr;
    }
    return file;
}

bool PlanFile::copyTo(const QString &target, QString *errorMessage) const
{
    QString scratch;
    QString *error = errorMessage ? errorMessage : &scratch;
    const QString absolute = canonicalPath(target);
    if (absolute == m_path) {
        *error = Tr::tr("A plan cannot be copied onto itself.");
        return false;
    }
    QLockFile targetLock(lockFilePath(absolute));
    targetLock.setStaleLockTime(0);
    if (QFileInfo::exists(absolute) && !targetLock.tryLock(0)) {
        *error =
            Tr::tr("%1 is open in Continuity; close it there first.").arg(nativePath(absolute));
        return false;
    }
    const QString temporary = absolute + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        *error = Tr::tr("The plan could not be written to %1: %2")
                     .arg(nativePath(absolute), query.lastError().text());
        QFile::remove(temporary);
        return false;
    }
    // Synced and renamed over the target only when whole (a full disk fails VACUUM INTO or the
    // sync, and the old file stays).
    if (!AtomicFile::commit(temporary, absolute, std::nullopt, error))
        return false;
    return true;
}

QStringList PlanFile::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return {query.lastError().text()};
    }
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << query.lastError().text();
    while (query.next()) {
        problems.append(Tr::tr("row %1 of table %2 refers to a missing row of table %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

bool PlanStore::load(Plan *plan, QString *errorMessage)
{
    return PlanSql(database()).load(plan, errorMessage);
}

bool PlanStore::appendAudit(const QSqlDatabase &db, const Audit::Entry &entry, Audit::Head *head,
                            QString *errorMessage)
{
    return Audit::append(db, entry, head, errorMessage);
}

bool PlanFile::appendAudit(const QSqlDatabase &db, const Audit::Entry &entry, Audit::Head *head,
                           QString *errorMessage)
{
    if (!m_appender && db.connectionName() == m_connectionName)
        m_appender = std::make_unique<Audit::Appender>(db);
    return m_appender ? m_appender->append(db, entry, head, errorMessage)
                      : Audit::append(db, entry, head, errorMessage);
}

} // namespace Continuity
