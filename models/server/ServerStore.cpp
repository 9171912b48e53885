// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include "ServerPlan.h"

#include "rules/PlanRules.h"
#include "storage/OthersChanges.h"
#include "storage/PlanSql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>

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
        // As PlanSql's Statement does: a usable transaction again, to free the prepared query.
        if (!values.isEmpty())
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT cty_write"));
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
    if (usesDefaultConnectTimeout() &&
        !std::any_of(rest.cbegin(), rest.cend(), [](const QString &option) {
            return option.startsWith(QLatin1String("connect_timeout="));
        }))
        rest.append(QStringLiteral("connect_timeout='%1'").arg(DefaultConnectTimeoutSeconds));
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
             {}, &error) ||
        // Which client a write comes from (PlanStore::startWrite): a UUID, no quote in it.
        !run(db, QStringLiteral("SET cty.client TO '%1'").arg(m_client), {}, &error)) {
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
    store->m_client = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    QVariant hasLog;
    if (!run(db, QStringLiteral("SELECT to_regclass('cty_log') IS NOT NULL"), {}, &error,
             &hasLog)) {
        *errorMessage = error;
        return nullptr;
    }
    if (!hasLog.toBool()) {
        *errorMessage = Tr::tr("Plan \"%1\" on the server was pushed by an earlier Continuity, "
                               "which kept no record of who wrote what: pull it with that one "
                               "and push it again.")
                            .arg(plan);
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
    return store;
}

namespace {

// PlanSql::load on `db` that also notes in `seen` the highest write number its snapshot holds,
// and in `idOfKey` the nodes' keys.
bool loadNotingLastWrite(QSqlDatabase db, Plan *plan, qint64 *seen, QHash<qint64, QString> *idOfKey,
                         QString *errorMessage)
{
    return PlanSql(db).load(
        plan, errorMessage,
        [&](QSqlDatabase &snapshot, QString *error) {
            QVariant last;
            if (!run(snapshot, QStringLiteral("SELECT coalesce(max(seq), 0) FROM cty_log"), {},
                     error, &last))
                return false;
            *seen = last.toLongLong();
            return true;
        },
        idOfKey);
}

} // namespace

bool ServerStore::load(Plan *plan, QString *errorMessage)
{
    qint64 seen = 0;
    QHash<qint64, QString> idOfKey;
    if (!loadNotingLastWrite(database(), plan, &seen, &idOfKey, errorMessage))
        return false;
    m_seen = seen;
    m_idOfKey = std::move(idOfKey);
    return true;
}

void ServerStore::noteRead(const OthersChanges &read)
{
    m_seen = read.seen;
    if (read.whole) {
        m_idOfKey = read.nodeKeys;
        return;
    }
    // Keys are never given again (a sequence): those of nodes taken away stay, unused.
    for (auto it = read.nodeKeys.cbegin(); it != read.nodeKeys.cend(); ++it)
        m_idOfKey.insert(it.key(), it.value());
}

namespace {

// The most rows a catch-up reads one by one; where others' writes touched more (an import, a
// replace), it reads the whole plan, which the document then shows as a new plan anyway
// (PlanDocument::takeOthersChanges).
constexpr int MostRowsOneByOne = 300;

// The tables whose rows belong to one process or service: their keys begin with its node key.
bool isNodeTable(const QString &table)
{
    static const QSet<QString> tables = {
        QStringLiteral("nodes"),         QStringLiteral("processes"),
        QStringLiteral("bia_ratings"),   QStringLiteral("services"),
        QStringLiteral("service_tags"),  QStringLiteral("service_attributes"),
        QStringLiteral("node_positions")};
    return tables.contains(table);
}

// `known` with `read` taking the place of the items of the same id, `gone` left out and the
// new ones after the rest: the list the document will hold.
template <typename T>
QList<T> merged(const QList<T> &known, const QList<T> &read, const QSet<QString> &gone)
{
    QHash<QString, qsizetype> at;
    at.reserve(read.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        at.insert(read.at(i).id, i);
    QList<T> result;
    result.reserve(known.size() + read.size());
    for (const T &item : known) {
        if (gone.contains(item.id))
            continue;
        const auto it = at.constFind(item.id);
        if (it == at.constEnd()) {
            result.append(item);
        } else {
            result.append(read.at(*it));
            at.erase(it);
        }
    }
    for (const T &item : read) {
        if (at.contains(item.id))
            result.append(item);
    }
    return result;
}

} // namespace

std::function<bool(OthersChanges *, QString *)> ServerStore::changesReader(const Plan &known) const
{
    // The plan as the document holds it shares its lists with the document's (no copy); the
    // job reads them only.
    return [this, known, since = m_seen, before = m_idOfKey](OthersChanges *changes,
                                                             QString *errorMessage) {
        const QString name = nextConnectionName();
        bool ok = false;
        if (connect(name, errorMessage)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            ok = readChanges(db, known, before, since, changes, errorMessage);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };
}

bool ServerStore::readChanges(QSqlDatabase &db, const Plan &known,
                              const QHash<qint64, QString> &before, qint64 since,
                              OthersChanges *out, QString *errorMessage) const
{
    const auto wholePlan = [&] {
        out->whole = true;
        return loadNotingLastWrite(db, &out->plan, &out->seen, &out->nodeKeys, errorMessage);
    };
    // One state of the plan (REPEATABLE READ): the rows the log names, as they are now.
    if (!db.transaction()) {
        *errorMessage = db.lastError().text();
        return false;
    }
    auto snapshot = qScopeGuard([&] { db.rollback(); });
    QVariant last;
    if (!run(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM cty_log"), {}, errorMessage,
             &last))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT DISTINCT tbl, key FROM cty_log WHERE seq > ? LIMIT ?"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    q.addBindValue(since);
    q.addBindValue(MostRowsOneByOne + 1);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    // What the writes touched, by node key: nodes, dependencies (consumer, provider) and groups
    // (consumer, name); the consumers whose groups and dependencies are read.
    QSet<qint64> nodes;
    QSet<std::pair<qint64, qint64>> dependencies;
    QSet<std::pair<qint64, QString>> groups;
    QSet<qint64> consumers;
    int rows = 0;
    bool oneByOne = true;
    while (oneByOne && q.next()) {
        const QString table = q.value(0).toString();
        const QString key = q.value(1).toString();
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        bool ok = true;
        const qint64 first = key.left(slash).toLongLong(&ok);
        // The horizons are those of every process's ratings: a new plan, as good as.
        if (++rows > MostRowsOneByOne || table == QLatin1String("*") ||
            table == QLatin1String("bia_horizons")) {
            oneByOne = false;
        } else if (isNodeTable(table)) {
            oneByOne = ok;
            nodes.insert(first);
        } else if (table == QLatin1String("dependencies")) {
            bool second = false;
            const qint64 provider = key.mid(slash + 1).toLongLong(&second);
            oneByOne = ok && second && slash > 0;
            dependencies.insert({first, provider});
            consumers.insert(first);
        } else if (table == QLatin1String("redundancy_groups")) {
            oneByOne = ok && slash > 0;
            groups.insert({first, key.mid(slash + 1)});
            consumers.insert(first);
        }
    }
    q.finish();
    if (!oneByOne) {
        snapshot.dismiss();
        db.rollback();
        return wholePlan();
    }
    Plan read;
    QHash<qint64, QString> idOfKey;
    const PlanSql::Some some{nodes.values(), consumers.values()};
    if (!PlanSql(db).loadSome(&read, some, &idOfKey, errorMessage))
        return false;

    // A key named is a node there now, or one taken away, which the document knew by the key it
    // had when last read. One the document never knew (added and taken away since by others,
    // or added by this window and taken away before it read its key): the whole plan then.
    const auto idOf = [&](qint64 key) {
        const auto now = idOfKey.constFind(key);
        return now != idOfKey.constEnd() ? *now : before.value(key);
    };
    QSet<QString> gone;
    bool allKnown = true;
    const auto note = [&](qint64 key) {
        const QString id = before.value(key);
        if (const auto now = idOfKey.constFind(key); now != idOfKey.constEnd()) {
            // A node given another id (psql; the window never does): what refers to it by id
            // changed too, unnamed.
            if (!id.isEmpty() && id != *now)
                allKnown = false;
            return;
        }
        if (id.isEmpty())
            allKnown = false;
        else if (nodes.contains(key))
            gone.insert(id);
    };
    for (const qint64 key : std::as_const(nodes))
        note(key);
    for (const auto &[consumer, provider] : std::as_const(dependencies)) {
        note(consumer);
        note(provider);
    }
    for (const auto &group : std::as_const(groups))
        note(group.first);
    if (!allKnown) {
        snapshot.dismiss();
        db.rollback();
        return wholePlan();
    }

    // An id taken away and given to a new node since is that node, changed (as a whole read
    // compares by id).
    for (const Process &p : std::as_const(read.processes))
        gone.remove(p.id);
    for (const Service &s : std::as_const(read.services))
        gone.remove(s.id);

    // The dependencies and groups the writes touched, by ids: those there now, and the rest
    // gone (with those of the nodes gone).
    QSet<std::pair<QString, QString>> touchedDependencies;
    for (const auto &[consumer, provider] : std::as_const(dependencies))
        touchedDependencies.insert({idOf(consumer), idOf(provider)});
    QSet<std::pair<QString, QString>> touchedGroups;
    for (const auto &[consumer, name] : std::as_const(groups))
        touchedGroups.insert({idOf(consumer), name});
    Plan probe = read; // for the plan's rules: every group of the consumers read
    out->plan = std::move(read);
    Plan &result = out->plan;
    result.dependencies.removeIf([&](const Dependency &d) {
        return !touchedDependencies.remove({d.consumer, d.provider});
    });
    result.groups.removeIf([&](const RedundancyGroup &g) {
        return !touchedGroups.remove({g.consumer, g.name});
    });
    out->removedNodes = gone.values();
    out->removedDependencies.clear();
    out->removedGroups.clear();
    for (const auto &[consumer, provider] : std::as_const(touchedDependencies))
        out->removedDependencies.append({consumer, provider});
    for (const auto &[consumer, name] : std::as_const(touchedGroups))
        out->removedGroups.append({consumer, name});
    out->nodeKeys = std::move(idOfKey);

    // The plan's rules, as a load checks them: the nodes as they will be, the dependencies and
    // groups read (the rest of the graph is as it was checked before), everything else whole.
    probe.processes = merged(known.processes, result.processes, gone);
    probe.services = merged(known.services, result.services, gone);
    probe.dependencies = result.dependencies;
    QSet<QString> nodesRead;
    for (const Process &p : std::as_const(result.processes))
        nodesRead.insert(p.id);
    for (const Service &s : std::as_const(result.services))
        nodesRead.insert(s.id);
    const QList<FieldProblem> problems =
        Rules::checkPlan(probe, Rules::Scope::ValuesAndReferences, 5, &nodesRead);
    if (!problems.isEmpty()) {
        QStringList parts;
        for (const FieldProblem &p : problems)
            parts.append(p.field + QLatin1Char(' ') + p.rule);
        *errorMessage = Tr::tr("The plan on the server holds values Continuity does not accept, "
                               "so others' changes were not taken: %1.")
                            .arg(parts.join(QStringLiteral("; ")));
        return false;
    }
    out->whole = false;
    out->seen = last.toLongLong();
    return true;
}

bool ServerStore::startWrite(QSqlDatabase &db, std::optional<qint64> basis, bool whole,
                             qint64 *number, QString *errorMessage) const
{
    const qint64 since = basis.value_or(m_seen);
    QVariant n;
    // Where a failed statement goes back to, so that the queries of the write can be freed
    // before the write is rolled back (run() here, PlanSql's Statement).
    if (!run(db, QStringLiteral("SAVEPOINT cty_write"), {}, errorMessage))
        return false;
    // Writers take turns (the lock the audit trail's append takes as well): the numbers are
    // handed out in the order the writes commit.
    if (!run(db,
             QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema() || "
                            "'.audit'))"),
             {}, errorMessage) ||
        !run(db,
             QStringLiteral("SELECT set_config('cty.seq', nextval('cty_seq')::text, true), "
                            "set_config('cty.basis', ?, true)"),
             {QString::number(since)}, errorMessage, &n))
        return false;
    *number = n.toLongLong();
    if (!whole)
        return true;
    // A whole plan written over what someone else wrote since would lose it: refused, named.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT who, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD "
                                  "HH24:MI:SS') FROM cty_log WHERE seq > ? AND client <> ? "
                                  "ORDER BY seq DESC LIMIT 1"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    q.addBindValue(since);
    q.addBindValue(m_client);
    if (!q.exec()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    if (q.next()) {
        *errorMessage = QStringLiteral("cty-conflict|%1|%2|*|")
                            .arg(q.value(0).toString(), q.value(1).toString());
        return false;
    }
    return run(db, QStringLiteral("SELECT set_config('cty.bulk', 'on', true)"), {}, errorMessage) &&
           run(db,
               QStringLiteral("INSERT INTO cty_log (seq, tbl, key, op, client) VALUES (?, '*', "
                              "'', 'R', ?)"),
               {*number, m_client}, errorMessage);
}

std::optional<QString> ServerStore::refusalIn(const QString &error, const QString &item,
                                              bool stepping) const
{
    static const QRegularExpression conflict(
        QStringLiteral("cty-conflict\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|"));
    static const QRegularExpression approval(
        QStringLiteral("cty-approval\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|"));
    if (const QRegularExpressionMatch a = approval.match(error); a.hasMatch()) {
        return Tr::tr("Only an approver approves: %1 may change “%2” but not approve it; ask the "
                      "plan's owner for the role %3. Nothing was written.")
            .arg(a.captured(1), item, a.captured(2));
    }
    const QRegularExpressionMatch m = conflict.match(error);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.captured(3) == QLatin1String("*")) {
        return Tr::tr("%1 changed the plan at %2 UTC, after this window last read it: the whole "
                      "plan was not written over it. The window now shows the plan as it is.")
            .arg(m.captured(1), m.captured(2));
    }
    if (stepping) {
        return Tr::tr("%1 changed “%2” at %3 UTC, after the step you are undoing or redoing: it "
                      "was not taken back, so that %1's change stays. The window shows the plan "
                      "as it is.")
            .arg(m.captured(1), item, m.captured(2));
    }
    return Tr::tr("%1 changed “%2” at %3 UTC, after this window last read it: your change was "
                  "not written. The window now shows the plan as it is.")
        .arg(m.captured(1), item, m.captured(2));
}

bool ServerStore::othersHaveWritten(bool *written, QString *errorMessage)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT max(seq), coalesce(bool_or(client <> ?), false) FROM "
                                  "cty_log WHERE seq > ?"))) {
        *errorMessage = q.lastError().text();
        return false;
    }
    q.addBindValue(m_client);
    q.addBindValue(m_seen);
    if (!q.exec() || !q.next()) {
        *errorMessage = q.lastError().text();
        return false;
    }
    *written = q.value(1).toBool();
    if (!*written && !q.value(0).isNull())
        m_seen = q.value(0).toLongLong(); // only this window's own writes since
    return true;
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
    // The copy remembers where it came from, to be pushed back (Save As takes a plan offline).
    if (!pull(*connection, m_url.plan, part, {}, errorMessage, m_url.display()))
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
