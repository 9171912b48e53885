// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include "ServerPlan.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace Continuity::Server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Server)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("continuity-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The plan's lock: two keys of PostgreSQL's advisory locks, the first Continuity's own, the
// second from the plan's name (the same in every client).
constexpr int LockSpace = 0x436f6e74; // "Cont"
int lockKey(const QString &plan)
{
    const QByteArray digest = QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256);
    return int(((uchar(digest[0]) << 24) | (uchar(digest[1]) << 16) | (uchar(digest[2]) << 8) |
                uchar(digest[3])) &
               0x7fffffff);
}

bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error,
         QVariant *first = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PostgreSQL prepares no SET: a statement without values runs as it is.
    if (!values.isEmpty() && !q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!(values.isEmpty() ? q.exec(sql) : q.exec())) {
        *error = q.lastError().text();
        return false;
    }
    if (first)
        *first = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace

ServerStore::~ServerStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close(); // the plan's lock goes with the session
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ServerStore::connect(const QString &name, QString *errorMessage) const
{
    PQconninfoOption *options = PQconninfoParse(m_url.connection.toUtf8().constData(), nullptr);
    if (!options) {
        *errorMessage = Tr::tr("\"%1\" is not a server URL libpq can read").arg(m_url.display());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QStringList rest;
    bool readable = true;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("host"))
            db.setHostName(value);
        else if (keyword == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (keyword == QLatin1String("user"))
            db.setUserName(value);
        else if (keyword == QLatin1String("password"))
            db.setPassword(value);
        else if (keyword == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')))
            readable = false; // the driver splits its options at ';'
        else
            rest.append(keyword + QStringLiteral("='") + value + QLatin1Char('\''));
    }
    PQconninfoFree(options);
    if (!readable) {
        *errorMessage = Tr::tr("%1 has an option Continuity cannot pass on (a ; or ' in a value)")
                            .arg(m_url.display());
        return false;
    }
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    rest.append(QStringLiteral("application_name='continuity'"));
    db.setConnectOptions(rest.join(QLatin1Char(';')));
    if (!db.open()) {
        *errorMessage = Tr::tr("Cannot connect to the server: %1").arg(db.lastError().text());
        return false;
    }
    QString error;
    // Identifiers of the plan: its name was checked to be a plain identifier.
    if (!run(db, QStringLiteral("SET search_path TO \"%1\"").arg(m_url.plan), {}, &error) ||
        !run(db,
             QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                            "REPEATABLE READ"),
             {}, &error)) {
        *errorMessage = Tr::tr("Cannot connect to the server: %1").arg(error);
        return false;
    }
    return true;
}

std::unique_ptr<ServerStore> ServerStore::open(const QString &url, OpenMode mode,
                                               QString *errorMessage, const QString &password)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_password = password;
    if (!ServerUrl::parse(url, &store->m_url, errorMessage))
        return nullptr;
    if (store->m_url.plan.isEmpty()) {
        *errorMessage = Tr::tr("%1 names no plan; add ?plan=NAME").arg(store->m_url.display());
        return nullptr;
    }
    store->m_connectionName = nextConnectionName();
    if (!store->connect(store->m_connectionName, errorMessage))
        return nullptr;
    QSqlDatabase db = store->database();
    const QString plan = store->m_url.plan;
    QString error;
    QVariant marker;
    if (!run(db,
             QStringLiteral("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE "
                            "nspname = ?"),
             {plan}, &error, &marker)) {
        *errorMessage = error;
        return nullptr;
    }
    const QString prefix = QStringLiteral("Continuity plan, format ");
    if (!marker.toString().startsWith(prefix)) {
        *errorMessage = Tr::tr("The server has no plan named \"%1\"").arg(plan);
        return nullptr;
    }
    const int format = marker.toString().mid(prefix.size()).toInt();
    if (format != PlanFile::currentSchemaVersion()) {
        *errorMessage = Tr::tr("Plan \"%1\" on the server is in plan format %2; this Continuity "
                               "reads format %3. Use the Continuity that pushed it.")
                            .arg(plan)
                            .arg(format)
                            .arg(PlanFile::currentSchemaVersion());
        return nullptr;
    }
    QVariant rights;
    if (!run(db,
             QStringLiteral("SELECT CASE WHEN has_schema_privilege(?, 'USAGE') THEN "
                            "has_table_privilege('services', 'SELECT')::int * 2 + "
                            "has_table_privilege('services', 'UPDATE')::int ELSE 0 END"),
             {plan}, &error, &rights)) {
        *errorMessage = error;
        return nullptr;
    }
    QVariant who;
    QVariant database;
    run(db, QStringLiteral("SELECT session_user"), {}, &error, &who);
    run(db, QStringLiteral("SELECT current_database()"), {}, &error, &database);
    if (rights.toInt() < 2) {
        *errorMessage =
            Tr::tr("%1 may not read plan \"%2\": ask its owner for the role %3")
                .arg(who.toString(), plan, roleName(database.toString(), plan, Access::Viewer));
        return nullptr;
    }
    if (mode == OpenMode::ReadOnly) {
        store->m_readOnlyReason = Tr::tr("opened for reading");
        return store;
    }
    if (rights.toInt() % 2 == 0) {
        store->m_readOnlyReason =
            Tr::tr("%1 may read this plan but not change it (the planner role gives that)")
                .arg(who.toString());
        return store;
    }
    QVariant locked;
    if (!run(db, QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"), {LockSpace, lockKey(plan)},
             &error, &locked)) {
        *errorMessage = error;
        return nullptr;
    }
    if (!locked.toBool()) {
        QVariant holder;
        run(db,
            // When the session began is shown only to those who may see others' sessions.
            QStringLiteral(
                "SELECT a.usename || coalesce(' (since ' || to_char(a.backend_start AT "
                "TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC)', '') FROM pg_locks l JOIN "
                "pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                "AND l.granted AND l.classid = ?::bigint::oid AND l.objid = "
                "?::bigint::oid AND l.objsubid = 2"),
            {LockSpace, lockKey(plan)}, &error, &holder);
        store->m_readOnlyReason =
            Tr::tr("%1 has it open for editing")
                .arg(holder.toString().isEmpty() ? Tr::tr("another window") : holder.toString());
    }
    return store;
}

void ServerStore::watchChanges(QObject *context, std::function<void()> changed)
{
    QSqlDriver *driver = database().driver();
    const QString channel = QStringLiteral("cty_") + m_url.plan;
    if (!driver || !driver->subscribeToNotification(channel))
        return;
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString &name,
                                                             QSqlDriver::NotificationSource source,
                                                             const QVariant &) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             changed();
                     });
}

QString ServerStore::path() const
{
    return m_url.display();
}

QSqlDatabase ServerStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerStore::runOnOwnConnection(const std::function<bool(QSqlDatabase &, QString *)> &work,
                                     QString *errorMessage) const
{
    if (isReadOnly()) {
        *errorMessage = Tr::tr("%1 is open read-only.").arg(path());
        return false;
    }
    const QString name = nextConnectionName();
    bool ok = false;
    if (connect(name, errorMessage)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        ok = work(db, errorMessage);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerStore::copyTo(const QString &target, QString *errorMessage) const
{
    std::unique_ptr<PgConnection> connection =
        PgConnection::connect(m_url.connection, errorMessage, m_password);
    if (!connection)
        return false;
    const QFileInfo info(target);
    const QString part = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    if (!pull(*connection, m_url.plan, part, {}, errorMessage))
        return false;
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        *errorMessage = Tr::tr("%1 cannot be written").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

} // namespace Continuity::Server
