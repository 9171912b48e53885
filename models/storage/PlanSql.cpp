// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSql.h"

#include "io/PlanJson.h"
#include "rules/PlanRules.h"

#include "domain/Fields.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::PlanSql)
};

QVariant bindable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant bindable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}
std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}
// A null QString would bind as SQL NULL; text columns hold '' for "no text". Optional text is
// passed as an invalid QVariant (bindable(), nullIfEmpty()) and stays NULL.
// A flag is stored as 0 or 1 (PostgreSQL's driver would send true or false to an integer column).
QVariant bindableText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.metaType().id() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

// The row key an INSERT … RETURNING key gave (SQLite and PostgreSQL alike; QtSql's lastInsertId()
// is the row's OID on PostgreSQL).
qint64 returnedKey(QSqlQuery &query)
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

// A prepared statement that reports its failure in the words of the plan file.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql)
        : m_db(db)
        , m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }
    QSqlQuery &query() { return m_query; }
    bool run(const QVariantList &values, QString *errorMessage)
    {
        if (m_prepared) {
            for (int i = 0; i < values.size(); ++i)
                m_query.bindValue(i, bindableText(values.at(i)));
            if (m_query.exec())
                return true;
            recoverTransaction();
        }
        if (errorMessage) {
            *errorMessage =
                Tr::tr("The plan file could not be written: %1").arg(m_query.lastError().text());
        }
        return false;
    }
    bool select(const QVariantList &values, QString *errorMessage)
    {
        if (m_prepared) {
            for (int i = 0; i < values.size(); ++i)
                m_query.bindValue(i, values.at(i));
            if (m_query.exec())
                return true;
            recoverTransaction();
        }
        if (errorMessage) {
            *errorMessage =
                Tr::tr("The plan file could not be read: %1").arg(m_query.lastError().text());
        }
        return false;
    }

private:
    // A failed statement leaves a PostgreSQL transaction unusable until it ends, and QtSql frees
    // a prepared statement when its query goes, before the caller rolls back: the server would
    // refuse that (Qt warns "Unable to free statement") and keep the statement for the rest of
    // the session. A write on a server starts with a savepoint (ServerStore::startWrite);
    // going back to it makes the transaction usable again for the frees, and the caller still
    // rolls back the whole write. Not prepared, so nothing more is left to free.
    void recoverTransaction()
    {
        if (m_db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
            return;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT cty_write"));
    }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Whether SQLite's own interface may be used on the QSQLITE driver's handle: only when the
// library behind the driver is the one this program links (the same source id), so that one
// SQLite, never two, touches a file (STYLE: storage). Decided once per process.
std::optional<bool> &nativeBulkOverride()
{
    static std::optional<bool> value;
    return value;
}

// Whether `db` is a plan file (SQLite) rather than a plan on a server (PostgreSQL): the few
// statements that differ between the two ask this (docs/team-server.md).
bool isFile(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

bool driverSqliteIsOurs(const QSqlDatabase &db)
{
    static const bool same = [&] {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next())
            return false;
        return query.value(0).toString().toUtf8() == QByteArray(sqlite3_sourceid());
    }();
    return same;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!isFile(db) || (nativeBulkOverride() ? !*nativeBulkOverride() : !driverSqliteIsOurs(db)))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// Inserts rows through SQLite's own interface: one statement prepared once, parameters bound
// per row, one step each (what sqlite3's .import does). Through QtSql every value would go by
// way of QVariant and the driver's placeholder handling, which is what dominated a bulk write;
// here the time is SQLite's. Text is bound as UTF-8 from buffers owned by the writer. When the
// driver's SQLite is not the one linked here (nativeHandle()), the same rows go through QtSql.
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const QString &table, const QString &columns)
        : m_db(nativeHandle(db))
    {
        const int count = int(columns.count(QLatin1Char(','))) + 1;
        m_text.resize(std::size_t(count));
        QByteArray sql = "INSERT INTO " + table.toUtf8() + '(' + columns.toUtf8() + ") VALUES(";
        for (int c = 0; c < count; ++c)
            sql += c == 0 ? "?" : ", ?";
        sql += ')';
        // Table and column names come from the code, never from input.
        if (m_db) {
            sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr);
        } else {
            m_fallback = std::make_unique<QSqlQuery>(db);
            m_fallbackPrepared = m_fallback->prepare(QString::fromUtf8(sql));
            m_fallbackValues.resize(count);
        }
    }
    ~RowWriter() { sqlite3_finalize(m_statement); }
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    RowWriter &integer(qint64 value)
    {
        if (m_fallback)
            return fallback(QVariant(value));
        sqlite3_bind_int64(m_statement, ++m_column, value);
        return *this;
    }
    RowWriter &null()
    {
        if (m_fallback)
            return fallback(QVariant());
        sqlite3_bind_null(m_statement, ++m_column);
        return *this;
    }
    // Text columns hold '' for "no text".
    RowWriter &text(QStringView value)
    {
        if (m_fallback)
            return fallback(QVariant(value.isNull() ? QStringLiteral("") : value.toString()));
        QByteArray &buffer = m_text[std::size_t(m_column)];
        buffer.resize(value.size() * 3);
        char *end = m_encoder.appendToBuffer(buffer.data(), value);
        sqlite3_bind_text(m_statement, ++m_column, buffer.constData(),
                          int(end - buffer.constData()), SQLITE_STATIC);
        return *this;
    }
    // Optional text: NULL when empty.
    RowWriter &textOrNull(QStringView value) { return value.isEmpty() ? null() : text(value); }
    // A value as the QVariant-based statements bind it: invalid is NULL, a null string ''.
    RowWriter &value(const QVariant &v)
    {
        switch (v.metaType().id()) {
        case QMetaType::QString:
            return text(*static_cast<const QString *>(v.constData()));
        case QMetaType::Double:
            if (m_fallback)
                return fallback(QVariant(v.toDouble()));
            sqlite3_bind_double(m_statement, ++m_column, v.toDouble());
            return *this;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            return integer(v.toLongLong());
        default:
            Q_ASSERT(!v.isValid() || v.isNull());
            return null();
        }
    }
    RowWriter &values(const QVariantList &row)
    {
        for (const QVariant &v : row)
            value(v);
        return *this;
    }
    bool insert(QString *errorMessage)
    {
        m_column = 0;
        if (m_fallback) {
            if (m_fallbackPrepared) {
                for (int i = 0; i < m_fallbackValues.size(); ++i)
                    m_fallback->bindValue(i, m_fallbackValues.at(i));
                if (m_fallback->exec())
                    return true;
            }
            if (errorMessage) {
                *errorMessage = Tr::tr("The plan file could not be written: %1")
                                    .arg(m_fallback->lastError().text());
            }
            return false;
        }
        if (m_statement && sqlite3_step(m_statement) == SQLITE_DONE &&
            sqlite3_reset(m_statement) == SQLITE_OK)
            return true;
        if (errorMessage) {
            const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                        : QStringLiteral("not an SQLite database");
            *errorMessage = Tr::tr("The plan file could not be written: %1").arg(reason);
        }
        if (m_statement)
            sqlite3_reset(m_statement);
        return false;
    }

private:
    RowWriter &fallback(QVariant value)
    {
        if (m_column < m_fallbackValues.size())
            m_fallbackValues[m_column] = std::move(value);
        ++m_column;
        return *this;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
    std::vector<QByteArray> m_text;
    // Stateless: a stray surrogate at the end of one value must not carry over to the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    // The QtSql path (another SQLite behind the driver).
    std::unique_ptr<QSqlQuery> m_fallback;
    bool m_fallbackPrepared = false;
    QVariantList m_fallbackValues;
};

} // namespace

bool PlanSql::usesNativeBulkWrites(const QSqlDatabase &db)
{
    return nativeHandle(db) != nullptr;
}

sqlite3 *PlanSql::nativeConnection(const QSqlDatabase &db)
{
    return nativeHandle(db);
}

void PlanSql::setNativeBulkWritesForTesting(std::optional<bool> allowed)
{
    nativeBulkOverride() = allowed;
}

namespace {

// The columns of the processes and services tables, from the plan's field tables
// (domain/Fields.h), and an item's values in their order.
const QString processColumns = columnList(processFields());
const QString serviceColumns = columnList(serviceFields());

QVariantList processValues(const Process &p)
{
    return fieldValues(p, processFields());
}

QVariantList serviceValues(const Service &s)
{
    return fieldValues(s, serviceFields());
}

// Sets the table's fields of `item` from the query's columns from `first` on, in table order;
// a name that is not one of a field's choices (written past the schema's CHECKs) is refused
// with its table and column.
template <typename T>
bool setFields(T &item, Fields<T> fields, const QSqlQuery &q, int first, const char *table,
               QString *errorMessage)
{
    for (int i = 0; i < int(fields.size()); ++i) {
        if (fields[i].setValue(item, q.value(first + i)))
            continue;
        if (errorMessage) {
            *errorMessage = Tr::tr("The plan file holds a value Continuity does not accept, so it "
                                   "was not read: table %1, column %2: must be one of: %3.")
                                .arg(QLatin1String(table), QLatin1String(fields[i].column),
                                     fields[i].choice->names().join(QStringLiteral(", ")));
        }
        return false;
    }
    return true;
}

QString placeholders(int count)
{
    QString result;
    for (int i = 0; i < count; ++i)
        result += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return result;
}

QString assignments(const QString &columns)
{
    QStringList parts = columns.split(QStringLiteral(", "));
    for (QString &part : parts)
        part += QStringLiteral(" = ?");
    return parts.join(QStringLiteral(", "));
}

} // namespace

PlanSql::PlanSql(QSqlDatabase database)
    : m_db(std::move(database))
{}

bool PlanSql::begin(QString *errorMessage)
{
    QSqlQuery query(m_db);
    // IMMEDIATE takes the write lock at once, so a reader elsewhere cannot make the commit fail.
    // On a server each row is locked as it is written, and a write sees what was committed
    // before each of its statements (writers take turns: PlanStore::startWrite).
    if (query.exec(isFile(m_db) ? QStringLiteral("BEGIN IMMEDIATE")
                                : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")))
        return true;
    if (errorMessage) {
        *errorMessage =
            Tr::tr("The plan file could not be written: %1").arg(query.lastError().text());
    }
    return false;
}

bool PlanSql::beginBulk(QString *errorMessage)
{
    // On a server the foreign keys are checked at the commit (they are deferrable there).
    if (!isFile(m_db)) {
        QSqlQuery defer(m_db);
        if (begin(errorMessage) && defer.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
            return true;
        if (errorMessage && errorMessage->isEmpty())
            *errorMessage = defer.lastError().text();
        rollback();
        return false;
    }
    // Only outside a transaction does SQLite change this.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        if (errorMessage) {
            *errorMessage =
                Tr::tr("The plan file could not be written: %1").arg(query.lastError().text());
        }
        return false;
    }
    m_foreignKeysOff = true;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        m_cacheSize = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB));
    }
    if (begin(errorMessage))
        return true;
    endBulk();
    return false;
}

void PlanSql::endBulk()
{
    if (!m_foreignKeysOff)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_foreignKeysOff = false;
    if (m_cacheSize)
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
    m_cacheSize.reset();
}

bool PlanSql::commit(QString *errorMessage)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("COMMIT"))) {
        endBulk();
        return true;
    }
    if (errorMessage) {
        *errorMessage =
            Tr::tr("The plan file could not be written: %1").arg(query.lastError().text());
    }
    rollback();
    return false;
}

void PlanSql::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    endBulk();
}

bool PlanSql::load(Plan *plan, QString *errorMessage) const
{
    return load(plan, errorMessage, {});
}

bool PlanSql::load(Plan *plan, QString *errorMessage,
                   const std::function<bool(QSqlDatabase &, QString *)> &alsoRead,
                   QHash<qint64, QString> *idOfKey) const
{
    // One read transaction: every table is read from one state of the file, so that a writer
    // in another process commits before or after the whole read, never in the middle of it.
    QSqlDatabase db = m_db;
    const bool snapshot =
        !db.driver()->hasFeature(QSqlDriver::Transactions) ? false : db.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            db.rollback();
    });
    if (alsoRead && !alsoRead(db, errorMessage))
        return false;
    return loadContent(plan, errorMessage, true, nullptr, idOfKey);
}

bool PlanSql::loadSome(Plan *plan, const Some &some, QHash<qint64, QString> *idOfKey,
                       QString *errorMessage) const
{
    return loadContent(plan, errorMessage, true, &some, idOfKey);
}

bool PlanSql::loadContent(Plan *plan, QString *errorMessage, bool withDependencies,
                          const Some *some, QHash<qint64, QString> *idOfKeyOut) const
{
    Plan result;
    // A statement over one of the node tables: all its rows, or with `some` those whose
    // `column` is one of its keys (bound, one placeholder each; none: not run at all).
    const auto nodeRows = [&](const QString &select, const char *column, const QString &order,
                              const QList<qint64> &keys, auto &&read) {
        QString sql = select;
        QVariantList values;
        if (some) {
            if (keys.isEmpty())
                return true;
            sql += QStringLiteral(" WHERE ") + QLatin1String(column) + QStringLiteral(" IN (") +
                   placeholders(int(keys.size())) + QLatin1Char(')');
            values.reserve(keys.size());
            for (const qint64 key : keys)
                values.append(key);
        }
        if (!order.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + order;
        Statement st(m_db, sql);
        if (!st.select(values, errorMessage))
            return false;
        while (st.query().next()) {
            if (!read(st.query()))
                return false;
        }
        return true;
    };
    const QList<qint64> noKeys;
    const QList<qint64> &nodeKeys = some ? some->nodes : noKeys;
    const QList<qint64> &consumerKeys = some ? some->consumers : noKeys;
    {
        // Not the plan as a file pulled from a server remembers it (Server::recordOrigin).
        Statement st(m_db, QStringLiteral("SELECT key, value FROM plan_info WHERE key <> "
                                          "'server_base'"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QString key = st.query().value(0).toString();
            if (key == QLatin1String("name"))
                result.name = st.query().value(1).toString();
            else if (key == QLatin1String("cmdb_mapping"))
                result.cmdbMapping = st.query().value(1).toString();
            else if (key == QLatin1String("contact_verify_days")) {
                // Checked with the plan's rules below, as every value read.
                bool ok = false;
                const QString text = st.query().value(1).toString();
                const int days = text.toInt(&ok);
                result.peoplePolicy.verifyWithinDays = ok ? days : -1;
            } else if (key == QLatin1String("postmortem_business_days") ||
                       key == QLatin1String("postmortem_sev1_days")) {
                bool ok = false;
                const int days = st.query().value(1).toString().toInt(&ok);
                (key == QLatin1String("postmortem_sev1_days")
                     ? result.incidentPolicy.postmortemSev1Days
                     : result.incidentPolicy.postmortemBusinessDays) = ok ? days : -1;
            } else if (key == QLatin1String("time_zone")) {
                result.incidentPolicy.timeZone = st.query().value(1).toString();
            } else if (key == QLatin1String("financial_entity")) {
                result.incidentPolicy.financialEntity =
                    st.query().value(1).toString() == QLatin1String("1");
            } else if (key == QLatin1String("degraded_loss_factor")) {
                bool ok = false;
                const double factor = st.query().value(1).toString().toDouble(&ok);
                result.changePolicy.degradedLossFactor = ok ? factor : -1;
            } else if (key == QLatin1String("min_lead_days")) {
                bool ok = false;
                const int days = st.query().value(1).toString().toInt(&ok);
                result.changePolicy.minLeadDays = ok ? days : -1;
            } else if (key == QLatin1String("risk_owner_role")) {
                result.governancePolicy.riskOwnerRole = st.query().value(1).toString();
            } else if (key == QLatin1String("entity_name")) {
                result.governancePolicy.entityName = st.query().value(1).toString();
            } else if (key == QLatin1String("entity_lei")) {
                result.governancePolicy.entityLei = st.query().value(1).toString();
            } else if (key == QLatin1String("entity_country")) {
                result.governancePolicy.entityCountry = st.query().value(1).toString();
            } else if (key == QLatin1String("entity_type")) {
                result.governancePolicy.entityType = st.query().value(1).toString();
            } else if (key == QLatin1String("competent_authority")) {
                result.governancePolicy.competentAuthority = st.query().value(1).toString();
            } else if (key == QLatin1String("entity_currency")) {
                result.governancePolicy.currency = st.query().value(1).toString();
            } else if (key == QLatin1String("critical_max_tier")) {
                bool ok = false;
                const int tier = st.query().value(1).toString().toInt(&ok);
                result.governancePolicy.criticalMaxTier = ok ? tier : -1;
            } else if (key == QLatin1String("bia_review_months")) {
                bool ok = false;
                const int months = st.query().value(1).toString().toInt(&ok);
                result.tierPolicy.biaReviewMonths = ok ? months : -1;
            }
        }
    }
    {
        Statement st(m_db, QStringLiteral("SELECT hours FROM bia_horizons ORDER BY position"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next())
            result.biaHorizonsHours.append(st.query().value(0).toDouble());
    }
    {
        Statement st(m_db, QStringLiteral("SELECT tier, max_mtd_hours, min_loss_per_hour, "
                                          "test_every_months, slo_objective FROM tier_rules "
                                          "ORDER BY tier"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            result.tierPolicy.tiers.append({q.value(0).toInt(), optionalDouble(q.value(1)),
                                            optionalDouble(q.value(2)), optionalInt(q.value(3)),
                                            optionalDouble(q.value(4))});
        }
    }
    {
        Statement st(m_db, QStringLiteral("SELECT tag, min_tier, max_rpo_hours FROM "
                                          "regulatory_rules ORDER BY tag"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            result.tierPolicy.regulatory.append(
                {q.value(0).toString(), optionalInt(q.value(1)), optionalDouble(q.value(2))});
        }
    }

    QHash<qint64, QString> idOfKey;
    if (some) {
        // Only the nodes the part read names: its own, the providers of its dependencies, the
        // services of the runbooks (read whole).
        QString sql = QStringLiteral("SELECT key, id FROM nodes WHERE key IN (SELECT service FROM "
                                     "runbooks)");
        QVariantList values;
        if (!some->nodes.isEmpty())
            sql += QStringLiteral(" OR key IN (") + placeholders(int(some->nodes.size())) +
                   QLatin1Char(')');
        if (!some->consumers.isEmpty())
            sql += QStringLiteral(" OR key IN (") + placeholders(int(some->consumers.size())) +
                   QStringLiteral(") OR key IN (SELECT provider FROM dependencies WHERE consumer "
                                  "IN (") +
                   placeholders(int(some->consumers.size())) + QStringLiteral("))");
        for (const QList<qint64> *keys : {&some->nodes, &some->consumers, &some->consumers}) {
            for (const qint64 key : *keys)
                values.append(key);
        }
        Statement st(m_db, sql);
        if (!st.select(values, errorMessage))
            return false;
        while (st.query().next())
            idOfKey.insert(st.query().value(0).toLongLong(), st.query().value(1).toString());
    } else {
        Statement count(m_db, QStringLiteral("SELECT count(*) FROM nodes"));
        if (!count.select({}, errorMessage))
            return false;
        if (count.query().next())
            idOfKey.reserve(count.query().value(0).toInt());
        Statement st(m_db, QStringLiteral("SELECT key, id FROM nodes"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next())
            idOfKey.insert(st.query().value(0).toLongLong(), st.query().value(1).toString());
    }

    QHash<qint64, qsizetype> processOfKey;
    if (!nodeRows(QStringLiteral("SELECT node, ") + processColumns +
                      QStringLiteral(" FROM processes"),
                  "node", QStringLiteral("node"), nodeKeys, [&](const QSqlQuery &q) {
                      Process p;
                      const qint64 key = q.value(0).toLongLong();
                      p.id = idOfKey.value(key);
                      if (!setFields(p, processFields(), q, 1, "processes", errorMessage))
                          return false;
                      processOfKey.insert(key, result.processes.size());
                      result.processes.append(std::move(p));
                      return true;
                  }))
        return false;
    if (!nodeRows(
            QStringLiteral("SELECT process, category, horizon, rating FROM bia_ratings"), "process",
            QStringLiteral("process, category, horizon"), nodeKeys, [&](const QSqlQuery &q) {
                const auto index = processOfKey.value(q.value(0).toLongLong(), -1);
                const auto category = impactCategoryFromString(q.value(1).toString());
                // Checked before it indexes anything: the file may come from anywhere.
                const qint64 horizon = q.value(2).toLongLong();
                if (index < 0)
                    return true;
                if (!category || horizon < 0 || horizon >= result.biaHorizonsHours.size()) {
                    if (errorMessage) {
                        *errorMessage =
                            Tr::tr(
                                "The plan file holds a value Continuity does not accept, so it was "
                                "not read: table bia_ratings, process \"%1\", column %2: %3.")
                                .arg(result.processes.at(index).id,
                                     !category ? QStringLiteral("category")
                                               : QStringLiteral("horizon"),
                                     !category ? Tr::tr("not an impact category")
                                               : Tr::tr("must be a time horizon from 0 to %1")
                                                     .arg(result.biaHorizonsHours.size() - 1));
                    }
                    return false;
                }
                QList<int> &ratings = result.processes[index].impact(*category);
                if (ratings.size() <= horizon)
                    ratings.resize(horizon + 1, 0);
                ratings[horizon] = q.value(3).toInt();
                return true;
            }))
        return false;

    QHash<qint64, qsizetype> serviceOfKey;
    if (!some) {
        serviceOfKey.reserve(idOfKey.size());
        result.services.reserve(idOfKey.size() - result.processes.size());
    }
    if (!nodeRows(QStringLiteral("SELECT node, ") + serviceColumns +
                      QStringLiteral(" FROM services"),
                  "node", QStringLiteral("node"), nodeKeys,
                  [&](const QSqlQuery &q) {
                      Service s;
                      const qint64 key = q.value(0).toLongLong();
                      s.id = idOfKey.value(key);
                      if (!setFields(s, serviceFields(), q, 1, "services", errorMessage))
                          return false;
                      serviceOfKey.insert(key, result.services.size());
                      result.services.append(std::move(s));
                      return true;
                  }) ||
        !nodeRows(QStringLiteral("SELECT service, tag FROM service_tags"), "service", QString(),
                  nodeKeys,
                  [&](const QSqlQuery &q) {
                      const auto index = serviceOfKey.value(q.value(0).toLongLong(), -1);
                      if (index >= 0)
                          result.services[index].tags.append(q.value(1).toString());
                      return true;
                  }) ||
        !nodeRows(QStringLiteral("SELECT service, name, value FROM service_attributes"), "service",
                  QString(), nodeKeys,
                  [&](const QSqlQuery &q) {
                      const auto index = serviceOfKey.value(q.value(0).toLongLong(), -1);
                      if (index >= 0)
                          result.services[index].attributes.insert(q.value(1).toString(),
                                                                   q.value(2).toString());
                      return true;
                  }) ||
        !nodeRows(QStringLiteral("SELECT node, x, y FROM node_positions"), "node", QString(),
                  nodeKeys,
                  [&](const QSqlQuery &q) {
                      const qint64 key = q.value(0).toLongLong();
                      const QPointF position(q.value(1).toDouble(), q.value(2).toDouble());
                      if (const auto s = serviceOfKey.value(key, -1); s >= 0)
                          result.services[s].position = position;
                      else if (const auto p = processOfKey.value(key, -1); p >= 0)
                          result.processes[p].position = position;
                      return true;
                  }) ||
        !nodeRows(QStringLiteral("SELECT consumer, name, quorum FROM redundancy_groups"),
                  "consumer", QString(), consumerKeys, [&](const QSqlQuery &q) {
                      result.groups.append({idOfKey.value(q.value(0).toLongLong()),
                                            q.value(1).toString(), q.value(2).toInt()});
                      return true;
                  }))
        return false;
    if (withDependencies) {
        // No count(*) first: on a table without rowid it reads the whole table once more.
        if (!some)
            result.dependencies.reserve(idOfKey.size() * 8);
        const bool read = nodeRows(
            QStringLiteral("SELECT consumer, provider, CASE strength WHEN 'soft' THEN 1 WHEN "
                           "'hard' THEN 0 END, group_name FROM dependencies"),
            "consumer", QString(), consumerKeys, [&](const QSqlQuery &q) {
                if (q.value(2).isNull()) {
                    if (errorMessage) {
                        *errorMessage =
                            Tr::tr("The plan file holds a value Continuity does not "
                                   "accept, so it was not read: table %1, column %2: "
                                   "must be one of: %3.")
                                .arg(QStringLiteral("dependencies"), QStringLiteral("strength"),
                                     strengthNames().join(QStringLiteral(", ")));
                    }
                    return false;
                }
                // A group named by no text is no group either: refused, as the graph read and the
                // group's foreign key refuse it, not read as a dependency in no group.
                if (!q.value(3).isNull() && q.value(3).toString().isEmpty()) {
                    if (errorMessage)
                        *errorMessage =
                            Tr::tr(
                                "The plan file holds values Continuity does not accept, so it was "
                                "not read: %1.")
                                .arg(Tr::tr(
                                    "a dependency in a redundancy group its consumer does not "
                                    "have"));
                    return false;
                }
                // The ids are shared with the node table above: no copy of the text per edge.
                result.dependencies.append(
                    {idOfKey.value(q.value(0).toLongLong()), idOfKey.value(q.value(1).toLongLong()),
                     q.value(2).toInt() ? Strength::Soft : Strength::Hard, q.value(3).toString()});
                return true;
            });
        if (!read)
            return false;
        result.dependencies.squeeze();
    }

    QHash<qint64, qsizetype> runbookOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, id, service, ") +
                               columnList(runbookFields()) +
                               QStringLiteral(" FROM runbooks ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            Runbook r;
            r.id = q.value(1).toString();
            r.service = q.value(2).isNull() ? QString() : idOfKey.value(q.value(2).toLongLong());
            if (!setFields(r, runbookFields(), q, 3, "runbooks", errorMessage))
                return false;
            runbookOfKey.insert(q.value(0).toLongLong(), result.runbooks.size());
            result.runbooks.append(std::move(r));
        }
    }
    {
        Statement st(m_db, QStringLiteral("SELECT runbook, ") + columnList(runbookStepFields()) +
                               QStringLiteral(" FROM runbook_steps ORDER BY runbook, position"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            const auto index = runbookOfKey.value(q.value(0).toLongLong(), -1);
            if (index < 0)
                continue;
            RunbookStep step;
            if (!setFields(step, runbookStepFields(), q, 1, "runbook_steps", errorMessage))
                return false;
            result.runbooks[index].steps.append(std::move(step));
        }
    }
    {
        Statement st(m_db, QStringLiteral("SELECT runbook, step, waits_for FROM "
                                          "runbook_step_waits ORDER BY runbook, step, position"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            const auto index = runbookOfKey.value(q.value(0).toLongLong(), -1);
            if (index < 0)
                continue;
            const QString stepId = q.value(1).toString();
            for (RunbookStep &step : result.runbooks[index].steps) {
                if (step.id == stepId) {
                    step.waitsFor.append(q.value(2).toString());
                    break;
                }
            }
        }
    }

    {
        Statement st(m_db, QStringLiteral("SELECT runbook, content FROM runbook_versions "
                                          "ORDER BY runbook, position"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            const auto index = runbookOfKey.value(q.value(0).toLongLong(), -1);
            if (index < 0)
                continue;
            QStringList errors;
            auto version = PlanJson::runbookFromJson(q.value(1).toByteArray(), &errors);
            if (!version) {
                if (errorMessage)
                    *errorMessage =
                        Tr::tr("An earlier version of runbook \"%1\" cannot be read: %2")
                            .arg(result.runbooks.at(index).id, errors.join(u"; "));
                return false;
            }
            result.runbooks[index].previousVersions.append(std::move(*version));
        }
    }

    QHash<qint64, qsizetype> exerciseOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(exerciseFields()) +
                               QStringLiteral(" FROM exercises ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            Exercise e;
            if (!setFields(e, exerciseFields(), q, 1, "exercises", errorMessage))
                return false;
            exerciseOfKey.insert(q.value(0).toLongLong(), result.exercises.size());
            result.exercises.append(std::move(e));
        }
    }
    // Each child table of exercises, in position order, handed row by row to `read`.
    auto readRows = [&](const QString &sql, const auto &read) {
        Statement st(m_db, sql);
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            const auto index = exerciseOfKey.value(q.value(0).toLongLong(), -1);
            if (index >= 0)
                read(result.exercises[index], q);
        }
        return true;
    };
    // A child table of items, each read by its table, in `order` (position unless said).
    auto readItems = [&](const QString &table, auto member, const auto &fields,
                         const QString &order = QStringLiteral("position")) {
        // Table names come from the code, never from input.
        const QByteArray name = table.toLatin1();
        bool valid = true;
        return readRows(QStringLiteral("SELECT exercise, ") + columnList(fields) +
                            QStringLiteral(" FROM ") + table +
                            QStringLiteral(" ORDER BY exercise, ") + order,
                        [&](Exercise &e, const QSqlQuery &q) {
                            auto &list = e.*member;
                            typename std::decay_t<decltype(list)>::value_type item;
                            valid = valid &&
                                    setFields(item, fields, q, 1, name.constData(), errorMessage);
                            list.append(std::move(item));
                        }) &&
               valid;
    };
    const bool exercisesRead =
        readRows(
            QStringLiteral("SELECT exercise, runbook FROM exercise_runbooks "
                           "ORDER BY exercise, position"),
            [](Exercise &e, const QSqlQuery &q) { e.runbooks.append(q.value(1).toString()); }) &&
        readRows(
            QStringLiteral("SELECT exercise, service FROM exercise_services "
                           "ORDER BY exercise, position"),
            [](Exercise &e, const QSqlQuery &q) { e.services.append(q.value(1).toString()); }) &&
        readItems(QStringLiteral("exercise_participants"), &Exercise::participants,
                  participantFields()) &&
        readItems(QStringLiteral("exercise_pauses"), &Exercise::pauses, pauseFields()) &&
        readItems(QStringLiteral("exercise_log"), &Exercise::log, logEntryFields()) &&
        readItems(QStringLiteral("exercise_corrections"), &Exercise::corrections,
                  correctionFields()) &&
        readItems(QStringLiteral("exercise_results"), &Exercise::results, resultFields(),
                  QStringLiteral("service")) &&
        readRows(
            QStringLiteral("SELECT exercise, text FROM exercise_findings "
                           "ORDER BY exercise, position"),
            [](Exercise &e, const QSqlQuery &q) { e.findings.append(q.value(1).toString()); }) &&
        readItems(QStringLiteral("exercise_actions"), &Exercise::actions, actionFields()) &&
        readItems(QStringLiteral("exercise_drill_calls"), &Exercise::drill, drillCallFields());
    if (!exercisesRead || !loadPeople(&result, errorMessage) ||
        !loadPeoplePolicy(&result, errorMessage) || !loadIncidents(&result, errorMessage) ||
        !loadChanges(&result, errorMessage) || !loadGovernance(&result, errorMessage))
        return false;
    if (idOfKeyOut)
        *idOfKeyOut = idOfKey;
    if (some) {
        *plan = std::move(result);
        return true;
    }
    // Every value and reference is checked by the plan's rules before anyone uses it: a file
    // written by another program may hold what this one would never have written.
    const QList<FieldProblem> problems =
        Rules::checkPlan(result, Rules::Scope::ValuesAndReferences, 5);
    if (!problems.isEmpty()) {
        if (errorMessage) {
            QStringList parts;
            for (const FieldProblem &p : problems)
                parts.append(p.field + QLatin1Char(' ') + p.rule);
            *errorMessage = Tr::tr("The plan file holds values Continuity does not accept, so it "
                                   "was not read: %1.")
                                .arg(parts.join(QStringLiteral("; ")));
        }
        return false;
    }
    *plan = std::move(result);
    return true;
}

bool PlanSql::setPlanName(const QString &name, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES('name', ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return st.run({name}, errorMessage);
}

bool PlanSql::setCmdbMapping(const QString &json, QString *errorMessage)
{
    if (json.isEmpty()) {
        Statement st(m_db, QStringLiteral("DELETE FROM plan_info WHERE key = 'cmdb_mapping'"));
        return st.run({}, errorMessage);
    }
    Statement st(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES('cmdb_mapping', ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return st.run({json}, errorMessage);
}

bool PlanSql::writePeoplePolicy(const PeoplePolicy &policy, QString *errorMessage)
{
    Statement days(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES("
                                        "'contact_verify_days', ?) ON CONFLICT(key) DO UPDATE "
                                        "SET value = excluded.value"));
    Statement clearSteps(m_db, QStringLiteral("DELETE FROM rto_escalation"));
    Statement clearTiers(m_db, QStringLiteral("DELETE FROM tier_escalation"));
    if (!days.run({QString::number(policy.verifyWithinDays)}, errorMessage) ||
        !clearSteps.run({}, errorMessage) || !clearTiers.run({}, errorMessage))
        return false;
    Statement step(m_db,
                   QStringLiteral("INSERT INTO rto_escalation(position, fraction) VALUES(?, ?)"));
    Statement stepNotify(m_db, QStringLiteral("INSERT INTO rto_escalation_notify(step, position, "
                                              "contact) VALUES(?, ?, ?)"));
    for (int i = 0; i < policy.rtoEscalation.size(); ++i) {
        const RtoEscalationStep &s = policy.rtoEscalation.at(i);
        if (!step.run({i, s.fraction}, errorMessage))
            return false;
        for (int n = 0; n < s.notify.size(); ++n) {
            if (!stepNotify.run({i, n, s.notify.at(n)}, errorMessage))
                return false;
        }
    }
    Statement tier(m_db, QStringLiteral("INSERT INTO tier_escalation(tier, repeat) VALUES(?, ?)"));
    Statement level(m_db, QStringLiteral("INSERT INTO tier_escalation_levels(tier, level, "
                                         "after_minutes) VALUES(?, ?, ?)"));
    Statement notify(m_db, QStringLiteral("INSERT INTO tier_escalation_notify(tier, level, "
                                          "position, contact) VALUES(?, ?, ?, ?)"));
    for (int t = 0; t < 4; ++t) {
        const std::optional<EscalationPolicy> &p = policy.tierEscalation[t];
        if (!p)
            continue;
        if (!tier.run({t, p->repeat}, errorMessage))
            return false;
        for (int l = 0; l < p->levels.size(); ++l) {
            if (!level.run({t, l, p->levels.at(l).afterMinutes}, errorMessage))
                return false;
            for (int n = 0; n < p->levels.at(l).notify.size(); ++n) {
                if (!notify.run({t, l, n, p->levels.at(l).notify.at(n)}, errorMessage))
                    return false;
            }
        }
    }
    return true;
}

bool PlanSql::writeBiaHorizons(const QList<double> &hours, QString *errorMessage)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM bia_horizons"));
    if (!clear.run({}, errorMessage))
        return false;
    Statement st(m_db, QStringLiteral("INSERT INTO bia_horizons(position, hours) VALUES(?, ?)"));
    for (int i = 0; i < hours.size(); ++i) {
        if (!st.run({i, hours.at(i)}, errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::writeTierPolicy(const TierPolicy &policy, QString *errorMessage)
{
    Statement clearTiers(m_db, QStringLiteral("DELETE FROM tier_rules"));
    Statement clearRules(m_db, QStringLiteral("DELETE FROM regulatory_rules"));
    Statement months(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES("
                                          "'bia_review_months', ?) ON CONFLICT(key) DO UPDATE "
                                          "SET value = excluded.value"));
    if (!clearTiers.run({}, errorMessage) || !clearRules.run({}, errorMessage) ||
        !months.run({QString::number(policy.biaReviewMonths)}, errorMessage))
        return false;
    Statement tier(m_db, QStringLiteral("INSERT INTO tier_rules(tier, max_mtd_hours, "
                                        "min_loss_per_hour, test_every_months, slo_objective) "
                                        "VALUES(?, ?, ?, ?, ?)"));
    for (const TierRule &rule : policy.tiers) {
        if (!tier.run({rule.tier, bindable(rule.maxMtdHours), bindable(rule.minLossPerHour),
                       bindable(rule.testEveryMonths), bindable(rule.sloObjective)},
                      errorMessage))
            return false;
    }
    Statement reg(m_db, QStringLiteral("INSERT INTO regulatory_rules(tag, min_tier, "
                                       "max_rpo_hours) VALUES(?, ?, ?)"));
    for (const RegulatoryRule &rule : policy.regulatory) {
        if (!reg.run({rule.tag, bindable(rule.minTier), bindable(rule.maxRpoHours)}, errorMessage))
            return false;
    }
    return true;
}

namespace {

bool insertNodeRow(const QSqlDatabase &db, const QString &id, const char *category, qint64 *key,
                   QString *errorMessage)
{
    Statement st(db, QStringLiteral("INSERT INTO nodes(id, category) VALUES(?, ?) RETURNING key"));
    if (!st.run({id, QString::fromLatin1(category)}, errorMessage))
        return false;
    *key = returnedKey(st.query());
    return true;
}

bool nodeKey(const QSqlDatabase &db, const QString &id, qint64 *key, QString *errorMessage)
{
    Statement st(db, QStringLiteral("SELECT key FROM nodes WHERE id = ?"));
    if (!st.select({id}, errorMessage))
        return false;
    if (!st.query().next()) {
        if (errorMessage)
            *errorMessage =
                Tr::tr("The plan file has no process or service with id \"%1\".").arg(id);
        return false;
    }
    *key = st.query().value(0).toLongLong();
    return true;
}

bool writeRatings(const QSqlDatabase &db, qint64 key, const Process &process, QString *errorMessage)
{
    Statement clear(db, QStringLiteral("DELETE FROM bia_ratings WHERE process = ?"));
    if (!clear.run({key}, errorMessage))
        return false;
    Statement st(db, QStringLiteral("INSERT INTO bia_ratings(process, category, horizon, rating) "
                                    "VALUES(?, ?, ?, ?)"));
    for (ImpactCategory category : allImpactCategories) {
        const QList<int> &ratings = process.impact(category);
        const QString name = toString(category);
        for (int h = 0; h < ratings.size(); ++h) {
            if (!st.run({key, name, h, ratings.at(h)}, errorMessage))
                return false;
        }
    }
    return true;
}

bool writeAttributes(const QSqlDatabase &db, qint64 key, const QMap<QString, QString> &attributes,
                     QString *errorMessage)
{
    Statement clear(db, QStringLiteral("DELETE FROM service_attributes WHERE service = ?"));
    if (!clear.run({key}, errorMessage))
        return false;
    Statement st(db, QStringLiteral("INSERT INTO service_attributes(service, name, value) "
                                    "VALUES(?, ?, ?)"));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!st.run({key, it.key(), it.value()}, errorMessage))
            return false;
    }
    return true;
}

bool writeTags(const QSqlDatabase &db, qint64 key, const QStringList &tags, QString *errorMessage)
{
    Statement clear(db, QStringLiteral("DELETE FROM service_tags WHERE service = ?"));
    if (!clear.run({key}, errorMessage))
        return false;
    Statement st(db, QStringLiteral("INSERT INTO service_tags(service, tag) VALUES(?, ?)"));
    for (const QString &tag : tags) {
        if (!st.run({key, tag}, errorMessage))
            return false;
    }
    return true;
}

bool writePosition(const QSqlDatabase &db, qint64 key, const std::optional<QPointF> &position,
                   QString *errorMessage)
{
    if (!position) {
        Statement st(db, QStringLiteral("DELETE FROM node_positions WHERE node = ?"));
        return st.run({key}, errorMessage);
    }
    Statement st(db,
                 QStringLiteral("INSERT INTO node_positions(node, x, y) VALUES(?, ?, ?) "
                                "ON CONFLICT(node) DO UPDATE SET x = excluded.x, y = excluded.y"));
    return st.run({key, position->x(), position->y()}, errorMessage);
}

} // namespace

bool PlanSql::setPositions(const QHash<QString, std::optional<QPointF>> &positions,
                           QString *errorMessage)
{
    Statement key(m_db, QStringLiteral("SELECT key FROM nodes WHERE id = ?"));
    Statement upsert(m_db, QStringLiteral("INSERT INTO node_positions(node, x, y) VALUES(?, ?, ?) "
                                          "ON CONFLICT(node) DO UPDATE SET x = excluded.x, "
                                          "y = excluded.y"));
    Statement remove(m_db, QStringLiteral("DELETE FROM node_positions WHERE node = ?"));
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (!key.select({it.key()}, errorMessage))
            return false;
        if (!key.query().next()) {
            if (errorMessage)
                *errorMessage =
                    Tr::tr("The plan file has no process or service with id \"%1\".").arg(it.key());
            return false;
        }
        const qint64 node = key.query().value(0).toLongLong();
        key.query().finish();
        const bool ok = it.value()
                            ? upsert.run({node, it.value()->x(), it.value()->y()}, errorMessage)
                            : remove.run({node}, errorMessage);
        if (!ok)
            return false;
    }
    return true;
}

bool PlanSql::insertProcess(const Process &process, QString *errorMessage)
{
    qint64 key = 0;
    if (!insertNodeRow(m_db, process.id, "process", &key, errorMessage))
        return false;
    Statement st(m_db, QStringLiteral("INSERT INTO processes(node, ") + processColumns +
                           QStringLiteral(") VALUES(?, ") +
                           placeholders(int(processFields().size())) + QStringLiteral(")"));
    QVariantList values{key};
    values += processValues(process);
    return st.run(values, errorMessage) && writeRatings(m_db, key, process, errorMessage) &&
           (!process.position || writePosition(m_db, key, process.position, errorMessage));
}

namespace {

// "UPDATE table SET a = ?, c = ? WHERE node = ?" for the columns whose values differ, with the
// values; false when none does.
bool changedColumns(const QString &columns, const QVariantList &now, const QVariantList &before,
                    QString *assignment, QVariantList *values)
{
    const QStringList names = columns.split(QStringLiteral(", "));
    QStringList parts;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QVariant a = bindableText(now.at(i));
        const QVariant b = bindableText(before.at(i));
        if (a.isNull() == b.isNull() && a == b)
            continue;
        parts.append(names.at(i) + QStringLiteral(" = ?"));
        values->append(now.at(i));
    }
    *assignment = parts.join(QStringLiteral(", "));
    return !parts.isEmpty();
}

} // namespace

bool PlanSql::updateProcess(const Process &process, QString *errorMessage, const Process *previous)
{
    qint64 key = 0;
    if (!nodeKey(m_db, process.id, &key, errorMessage))
        return false;
    // A field edit writes the columns it changed, not the whole row and its children.
    QString assignment = assignments(processColumns);
    QVariantList values = processValues(process);
    if (previous) {
        values.clear();
        if (!changedColumns(processColumns, processValues(process), processValues(*previous),
                            &assignment, &values))
            assignment.clear();
    }
    if (!assignment.isEmpty()) {
        Statement st(m_db, QStringLiteral("UPDATE processes SET ") + assignment +
                               QStringLiteral(" WHERE node = ?"));
        values.append(key);
        if (!st.run(values, errorMessage))
            return false;
    }
    const bool ratingsChanged = !previous || previous->impacts != process.impacts;
    const bool positionChanged = !previous || previous->position != process.position;
    return (!ratingsChanged || writeRatings(m_db, key, process, errorMessage)) &&
           (!positionChanged || writePosition(m_db, key, process.position, errorMessage));
}

bool PlanSql::insertService(const Service &service, QString *errorMessage)
{
    qint64 key = 0;
    if (!insertNodeRow(m_db, service.id, "service", &key, errorMessage))
        return false;
    Statement st(m_db, QStringLiteral("INSERT INTO services(node, ") + serviceColumns +
                           QStringLiteral(") VALUES(?, ") +
                           placeholders(int(serviceFields().size())) + QStringLiteral(")"));
    QVariantList values{key};
    values += serviceValues(service);
    return st.run(values, errorMessage) && writeTags(m_db, key, service.tags, errorMessage) &&
           (service.attributes.isEmpty() ||
            writeAttributes(m_db, key, service.attributes, errorMessage)) &&
           (!service.position || writePosition(m_db, key, service.position, errorMessage));
}

bool PlanSql::updateService(const Service &service, QString *errorMessage, const Service *previous)
{
    qint64 key = 0;
    if (!nodeKey(m_db, service.id, &key, errorMessage))
        return false;
    QString assignment = assignments(serviceColumns);
    QVariantList values = serviceValues(service);
    if (previous) {
        values.clear();
        if (!changedColumns(serviceColumns, serviceValues(service), serviceValues(*previous),
                            &assignment, &values))
            assignment.clear();
    }
    if (!assignment.isEmpty()) {
        Statement st(m_db, QStringLiteral("UPDATE services SET ") + assignment +
                               QStringLiteral(" WHERE node = ?"));
        values.append(key);
        if (!st.run(values, errorMessage))
            return false;
    }
    const bool tagsChanged = !previous || previous->tags != service.tags;
    const bool attributesChanged = !previous || previous->attributes != service.attributes;
    const bool positionChanged = !previous || previous->position != service.position;
    return (!tagsChanged || writeTags(m_db, key, service.tags, errorMessage)) &&
           (!attributesChanged || writeAttributes(m_db, key, service.attributes, errorMessage)) &&
           (!positionChanged || writePosition(m_db, key, service.position, errorMessage));
}

bool PlanSql::deleteNode(const QString &id, QString *errorMessage)
{
    qint64 key = 0;
    if (!nodeKey(m_db, id, &key, errorMessage))
        return false;
    // Members of groups first: a group cannot go while dependencies still name it.
    Statement deps(m_db,
                   QStringLiteral("DELETE FROM dependencies WHERE consumer = ? OR provider = ?"));
    Statement groups(m_db, QStringLiteral("DELETE FROM redundancy_groups WHERE consumer = ?"));
    Statement node(m_db, QStringLiteral("DELETE FROM nodes WHERE key = ?"));
    return deps.run({key, key}, errorMessage) && groups.run({key}, errorMessage) &&
           node.run({key}, errorMessage);
}

bool PlanSql::insertDependency(const Dependency &d, QString *errorMessage)
{
    Statement st(
        m_db, QStringLiteral("INSERT INTO dependencies(consumer, provider, strength, group_name) "
                             "VALUES((SELECT key FROM nodes WHERE id = ?), "
                             "(SELECT key FROM nodes WHERE id = ?), ?, ?)"));
    return st.run({d.consumer, d.provider, toString(d.strength), nullIfEmpty(d.group)},
                  errorMessage);
}

bool PlanSql::updateDependency(const Dependency &d, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("UPDATE dependencies SET strength = ?, group_name = ? "
                                      "WHERE consumer = (SELECT key FROM nodes WHERE id = ?) "
                                      "AND provider = (SELECT key FROM nodes WHERE id = ?)"));
    if (!st.run({toString(d.strength), nullIfEmpty(d.group), d.consumer, d.provider}, errorMessage))
        return false;
    if (st.query().numRowsAffected() != 1) {
        if (errorMessage) {
            *errorMessage =
                Tr::tr("The plan file has no dependency of %1 on %2.").arg(d.consumer, d.provider);
        }
        return false;
    }
    return true;
}

bool PlanSql::deleteDependency(const QString &consumer, const QString &provider,
                               QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM dependencies "
                                      "WHERE consumer = (SELECT key FROM nodes WHERE id = ?) "
                                      "AND provider = (SELECT key FROM nodes WHERE id = ?)"));
    return st.run({consumer, provider}, errorMessage);
}

bool PlanSql::insertGroup(const RedundancyGroup &g, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO redundancy_groups(consumer, name, quorum) "
                                      "VALUES((SELECT key FROM nodes WHERE id = ?), ?, ?)"));
    return st.run({g.consumer, g.name, g.quorum}, errorMessage);
}

bool PlanSql::updateGroup(const RedundancyGroup &g, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("UPDATE redundancy_groups SET quorum = ? "
                                      "WHERE consumer = (SELECT key FROM nodes WHERE id = ?) "
                                      "AND name = ?"));
    return st.run({g.quorum, g.consumer, g.name}, errorMessage);
}

bool PlanSql::deleteGroup(const QString &consumer, const QString &name, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM redundancy_groups "
                                      "WHERE consumer = (SELECT key FROM nodes WHERE id = ?) "
                                      "AND name = ?"));
    return st.run({consumer, name}, errorMessage);
}

bool PlanSql::setRunbookService(const QString &runbook, const QString &service,
                                QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("UPDATE runbooks SET service = "
                                      "(SELECT key FROM nodes WHERE id = ?) WHERE id = ?"));
    return st.run({nullIfEmpty(service), runbook}, errorMessage);
}

bool PlanSql::insertRunbook(const Runbook &r, QString *errorMessage)
{
    return insertRunbookRow(std::nullopt, r, errorMessage);
}

// The runbook row under `rowKey` (a new key when nullopt), then its steps, waits-for and
// earlier versions.
bool PlanSql::insertRunbookRow(std::optional<qint64> rowKey, const Runbook &r,
                               QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO runbooks(key, id, service, ") +
                           columnList(runbookFields()) +
                           QStringLiteral(") VALUES(?, ?, (SELECT key FROM nodes WHERE id = ?), ") +
                           placeholders(int(runbookFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(
            QVariantList{rowKey ? QVariant(*rowKey) : QVariant(), r.id, nullIfEmpty(r.service)} +
                fieldValues(r, runbookFields()),
            errorMessage))
        return false;
    return insertRunbookContent(returnedKey(st.query()), r, errorMessage);
}

// Runbooks and exercises are replaced whole: deleted and inserted again under the same row
// key, which keeps the item's place in its list. One helper for both.
bool PlanSql::replaceKeepingKey(const QString &table, const QString &id, const QString &missing,
                                const std::function<bool(qint64)> &insert, QString *errorMessage)
{
    const std::optional<qint64> found = rowKeyOf(table, id, errorMessage);
    if (!found) {
        if (errorMessage && errorMessage->isEmpty())
            *errorMessage = missing;
        return false;
    }
    // Table names come from the code, never from input.
    Statement remove(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    return remove.run({id}, errorMessage) && insert(*found);
}

// Steps, waits-for and earlier versions of the runbook row `key`.
bool PlanSql::insertRunbookContent(qint64 key, const Runbook &r, QString *errorMessage)
{
    Statement step(m_db, QStringLiteral("INSERT INTO runbook_steps(runbook, position, ") +
                             columnList(runbookStepFields()) + QStringLiteral(") VALUES(?, ?, ") +
                             placeholders(int(runbookStepFields().size())) + QStringLiteral(")"));
    Statement wait(m_db, QStringLiteral("INSERT INTO runbook_step_waits(runbook, step, "
                                        "waits_for, position) VALUES(?, ?, ?, ?)"));
    for (int i = 0; i < r.steps.size(); ++i) {
        if (!step.run(QVariantList{key, i} + fieldValues(r.steps.at(i), runbookStepFields()),
                      errorMessage))
            return false;
    }
    for (const RunbookStep &s : r.steps) {
        for (int w = 0; w < s.waitsFor.size(); ++w) {
            if (!wait.run({key, s.id, s.waitsFor.at(w), w}, errorMessage))
                return false;
        }
    }
    Statement version(m_db, QStringLiteral("INSERT INTO runbook_versions(runbook, position, "
                                           "content) VALUES(?, ?, ?)"));
    for (int i = 0; i < r.previousVersions.size(); ++i) {
        const QString content =
            QString::fromUtf8(PlanJson::runbookToJson(r.previousVersions.at(i)));
        if (!version.run({key, i, content}, errorMessage))
            return false;
    }
    return true;
}

std::optional<qint64> PlanSql::rowKeyOf(const QString &table, const QString &id,
                                        QString *errorMessage)
{
    // `table` is "runbooks" or "exercises" from the callers, never input.
    Statement key(m_db,
                  QStringLiteral("SELECT key FROM ") + table + QStringLiteral(" WHERE id = ?"));
    if (!key.select({id}, errorMessage) || !key.query().next())
        return std::nullopt;
    const qint64 rowKey = key.query().value(0).toLongLong();
    key.query().finish();
    return rowKey;
}

bool PlanSql::deleteRunbook(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM runbooks WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::replaceRunbook(const Runbook &r, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("runbooks"), r.id, Tr::tr("The plan has no runbook \"%1\".").arg(r.id),
        [&](qint64 key) { return insertRunbookRow(key, r, errorMessage); }, errorMessage);
}

bool PlanSql::insertExercise(const Exercise &e, QString *errorMessage)
{
    return insertExerciseRow(std::nullopt, e, errorMessage);
}

bool PlanSql::deleteExercise(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM exercises WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::replaceExercise(const Exercise &e, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("exercises"), e.id, Tr::tr("The plan has no exercise \"%1\".").arg(e.id),
        [&](qint64 key) { return insertExerciseRow(key, e, errorMessage); }, errorMessage);
}

bool PlanSql::insertExerciseRow(std::optional<qint64> rowKey, const Exercise &e,
                                QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO exercises(key, ") +
                           columnList(exerciseFields()) + QStringLiteral(") VALUES(?, ") +
                           placeholders(int(exerciseFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(e, exerciseFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement runbook(m_db, QStringLiteral("INSERT INTO exercise_runbooks(exercise, runbook, "
                                           "position) VALUES(?, ?, ?)"));
    for (int i = 0; i < e.runbooks.size(); ++i) {
        if (!runbook.run({key, e.runbooks.at(i), i}, errorMessage))
            return false;
    }
    Statement service(m_db, QStringLiteral("INSERT INTO exercise_services(exercise, service, "
                                           "position) VALUES(?, ?, ?)"));
    for (int i = 0; i < e.services.size(); ++i) {
        if (!service.run({key, e.services.at(i), i}, errorMessage))
            return false;
    }
    // A child table of items, each written by its table; `position`: with its place in the
    // list (results are kept in service order instead).
    auto writeItems = [&](const QString &table, const auto &list, const auto &fields,
                          bool position = true) {
        // Table names come from the code, never from input.
        Statement st(m_db, QStringLiteral("INSERT INTO ") + table +
                               (position ? QStringLiteral("(exercise, position, ")
                                         : QStringLiteral("(exercise, ")) +
                               columnList(fields) + QStringLiteral(") VALUES(") +
                               placeholders(int(fields.size()) + (position ? 2 : 1)) +
                               QStringLiteral(")"));
        for (int i = 0; i < list.size(); ++i) {
            const QVariantList where = position ? QVariantList{key, i} : QVariantList{key};
            if (!st.run(where + fieldValues(list.at(i), fields), errorMessage))
                return false;
        }
        return true;
    };
    if (!writeItems(QStringLiteral("exercise_participants"), e.participants, participantFields()) ||
        !writeItems(QStringLiteral("exercise_pauses"), e.pauses, pauseFields()) ||
        !writeItems(QStringLiteral("exercise_log"), e.log, logEntryFields()) ||
        !writeItems(QStringLiteral("exercise_corrections"), e.corrections, correctionFields()) ||
        !writeItems(QStringLiteral("exercise_results"), e.results, resultFields(), false))
        return false;
    Statement finding(m_db, QStringLiteral("INSERT INTO exercise_findings(exercise, position, "
                                           "text) VALUES(?, ?, ?)"));
    for (int i = 0; i < e.findings.size(); ++i) {
        if (!finding.run({key, i, e.findings.at(i)}, errorMessage))
            return false;
    }
    return writeItems(QStringLiteral("exercise_actions"), e.actions, actionFields()) &&
           writeItems(QStringLiteral("exercise_drill_calls"), e.drill, drillCallFields());
}

bool PlanSql::tableNames(QStringList *names, QString *errorMessage) const
{
    Statement tables(
        m_db, isFile(m_db) ? QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                            "'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
                           : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = current_schema() AND "
                                            "table_type = 'BASE TABLE' AND table_name NOT LIKE "
                                            "'cty\\_%'"));
    if (!tables.select({}, errorMessage))
        return false;
    while (tables.query().next())
        names->append(tables.query().value(0).toString());
    return true;
}

bool PlanSql::clearContent(QString *errorMessage)
{
    QStringList names;
    if (!tableNames(&names, errorMessage))
        return false;
    for (const QString &table : std::as_const(names)) {
        // The audit trail is history, not content: a replaced plan keeps it (AuditTrail.h).
        if (table == QLatin1String("audit"))
            continue;
        // Names of the schema's own tables, quoted; never input. Where a file pulled from a
        // server came from (Server::recordOrigin) is the file's, not the plan's content.
        Statement st(m_db, table == QLatin1String("plan_info")
                               ? QStringLiteral("DELETE FROM plan_info WHERE key NOT IN "
                                                "('server_origin', 'server_base')")
                               : QStringLiteral("DELETE FROM \"%1\"").arg(table));
        if (!st.run({}, errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::insertPlan(const Plan &plan, QString *errorMessage)
{
    QHash<IdView, qint64> keyOfId;
    return insertNodes(plan, &keyOfId, errorMessage) && insertLinks(plan, keyOfId, errorMessage);
}

// The two secondary indexes are built once at the end of a big write, from sorted keys,
// rather than updated row by row in random order (the plan's content is empty here: a new
// file, or cleared in this same transaction). The statements are those of the schema.
bool PlanSql::dropSecondaryIndexes(QString *errorMessage)
{
    if (m_indexesDropped || !isFile(m_db))
        return true;
    Statement dropDependencies(m_db, QStringLiteral("DROP INDEX dependencies_by_provider"));
    Statement dropSysIds(m_db, QStringLiteral("DROP INDEX service_attributes_sys_id"));
    m_indexesDropped = dropDependencies.run({}, errorMessage) && dropSysIds.run({}, errorMessage);
    return m_indexesDropped;
}

bool PlanSql::insertNodes(const Plan &plan, QHash<IdView, qint64> *keys, QString *errorMessage)
{
    // Bulk path: rows through SQLite's own interface (RowWriter), node keys kept in memory.
    // In a bulk transaction (beginBulk) foreign keys are off and checked by insertLinks();
    // otherwise they are checked at COMMIT (the whole write refused there if any is broken);
    // SQLite resets this after the transaction.
    QSqlQuery defer(m_db);
    if (!defer.exec(isFile(m_db) ? QStringLiteral("PRAGMA defer_foreign_keys = ON")
                                 : QStringLiteral("SET CONSTRAINTS ALL DEFERRED"))) {
        if (errorMessage)
            *errorMessage =
                Tr::tr("The plan file could not be written: %1").arg(defer.lastError().text());
        return false;
    }
    if (plan.dependencies.size() + plan.services.size() > BulkRows &&
        !dropSecondaryIndexes(errorMessage))
        return false;
    QHash<IdView, qint64> &keyOfId = *keys;
    keyOfId.clear();
    keyOfId.reserve(plan.processes.size() + plan.services.size());
    RowWriter node(m_db, QStringLiteral("nodes"), QStringLiteral("key, id, category"));
    RowWriter process(m_db, QStringLiteral("processes"), QStringLiteral("node, ") + processColumns);
    RowWriter rating(m_db, QStringLiteral("bia_ratings"),
                     QStringLiteral("process, category, horizon, rating"));
    RowWriter service(m_db, QStringLiteral("services"), QStringLiteral("node, ") + serviceColumns);
    RowWriter tag(m_db, QStringLiteral("service_tags"), QStringLiteral("service, tag"));
    RowWriter position(m_db, QStringLiteral("node_positions"), QStringLiteral("node, x, y"));
    RowWriter attribute(m_db, QStringLiteral("service_attributes"),
                        QStringLiteral("service, name, value"));
    qint64 nextKey = 1;
    const QString processCategory = QStringLiteral("process");
    const QString serviceCategory = QStringLiteral("service");
    auto writePosition = [&](qint64 key, const std::optional<QPointF> &at) {
        return !at || position.integer(key).value(at->x()).value(at->y()).insert(errorMessage);
    };
    for (const Process &p : plan.processes) {
        const qint64 key = nextKey++;
        keyOfId.insert(p.id, key);
        if (!node.integer(key).text(p.id).text(processCategory).insert(errorMessage) ||
            !process.integer(key).values(processValues(p)).insert(errorMessage) ||
            !writePosition(key, p.position))
            return false;
        for (ImpactCategory category : allImpactCategories) {
            const QList<int> &ratings = p.impact(category);
            const QString name = toString(category);
            for (int h = 0; h < ratings.size(); ++h) {
                if (!rating.integer(key)
                         .text(name)
                         .integer(h)
                         .integer(ratings.at(h))
                         .insert(errorMessage))
                    return false;
            }
        }
    }
    for (const Service &s : plan.services) {
        const qint64 key = nextKey++;
        keyOfId.insert(s.id, key);
        if (!node.integer(key).text(s.id).text(serviceCategory).insert(errorMessage) ||
            !service.integer(key).values(serviceValues(s)).insert(errorMessage) ||
            !writePosition(key, s.position))
            return false;
        for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it) {
            if (!attribute.integer(key).text(it.key()).text(it.value()).insert(errorMessage))
                return false;
        }
        for (const QString &t : s.tags) {
            if (!tag.integer(key).text(t).insert(errorMessage))
                return false;
        }
    }

    return true;
}

bool PlanSql::insertLinks(const Plan &plan, const QHash<IdView, qint64> &keyOfId,
                          QString *errorMessage)
{
    if (!setPlanName(plan.name, errorMessage) || !setCmdbMapping(plan.cmdbMapping, errorMessage) ||
        !writeBiaHorizons(plan.biaHorizonsHours, errorMessage) ||
        !writeTierPolicy(plan.tierPolicy, errorMessage) ||
        !writePeoplePolicy(plan.peoplePolicy, errorMessage) ||
        !writeIncidentPolicy(plan.incidentPolicy, errorMessage) ||
        !writeChangePolicy(plan.changePolicy, errorMessage) ||
        !writeGovernancePolicy(plan.governancePolicy, errorMessage))
        return false;
    if (plan.dependencies.size() > BulkRows && !dropSecondaryIndexes(errorMessage))
        return false;
    // With foreign keys off (beginBulk()), references are checked here: the groups' and the
    // dependencies' in memory as they are written, every other table's by SQLite at the end.
    auto missing = [&](const QString &what) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan file could not be written: %1").arg(what);
        return false;
    };
    RowWriter group(m_db, QStringLiteral("redundancy_groups"),
                    QStringLiteral("consumer, name, quorum"));
    QSet<QPair<qint64, QString>> groups;
    groups.reserve(plan.groups.size());
    for (const RedundancyGroup &g : plan.groups) {
        const qint64 consumer = keyOfId.value(g.consumer, 0);
        if (consumer == 0)
            return missing(Tr::tr("group %1 of %2: there is no %2").arg(g.name, g.consumer));
        groups.insert({consumer, g.name});
        if (!group.integer(consumer).text(g.name).integer(g.quorum).insert(errorMessage))
            return false;
    }

    const QString hard = QStringLiteral("hard");
    const QString soft = QStringLiteral("soft");
    // In key order the table's B-tree grows at its end instead of splitting pages all over.
    struct Row
    {
        qint64 consumer;
        qint64 provider;
        const Dependency *dependency;
    };
    std::vector<Row> rows;
    rows.reserve(plan.dependencies.size());
    for (const Dependency &d : plan.dependencies) {
        const qint64 consumer = keyOfId.value(d.consumer, 0);
        const qint64 provider = keyOfId.value(d.provider, 0);
        if (consumer == 0 || provider == 0) {
            return missing(Tr::tr("the dependency of %1 on %2 names a node that is not in the plan")
                               .arg(d.consumer, d.provider));
        }
        if (!d.group.isEmpty() && !groups.contains({consumer, d.group})) {
            return missing(
                Tr::tr("the dependency of %1 on %2 is in group %3, which %1 does not have")
                    .arg(d.consumer, d.provider, d.group));
        }
        rows.push_back({consumer, provider, &d});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.consumer != b.consumer ? a.consumer < b.consumer : a.provider < b.provider;
    });
    RowWriter dependency(m_db, QStringLiteral("dependencies"),
                         QStringLiteral("consumer, provider, strength, group_name"));
    for (const Row &row : rows) {
        const Dependency &d = *row.dependency;
        if (!dependency.integer(row.consumer)
                 .integer(row.provider)
                 .text(d.strength == Strength::Soft ? soft : hard)
                 .textOrNull(d.group)
                 .insert(errorMessage))
            return false;
    }
    if (m_indexesDropped) {
        m_indexesDropped = false;
        Statement dependencies(
            m_db,
            QStringLiteral("CREATE INDEX dependencies_by_provider ON dependencies(provider)"));
        Statement sysIds(m_db, QStringLiteral("CREATE UNIQUE INDEX service_attributes_sys_id ON"
                                              " service_attributes(value) WHERE name = 'sys_id'"));
        if (!dependencies.run({}, errorMessage) || !sysIds.run({}, errorMessage))
            return false;
    }
    for (const Runbook &r : plan.runbooks) {
        if (!insertRunbook(r, errorMessage))
            return false;
    }
    for (const Exercise &e : plan.exercises) {
        if (!insertExercise(e, errorMessage))
            return false;
    }
    for (const Person &p : plan.persons) {
        if (!insertPerson(p, errorMessage))
            return false;
    }
    for (const Role &r : plan.roles) {
        if (!insertRole(r, errorMessage))
            return false;
    }
    for (const CallTree &t : plan.callTrees) {
        if (!insertCallTree(t, errorMessage))
            return false;
    }
    for (const Incident &incident : plan.incidents) {
        if (!insertIncident(incident, errorMessage))
            return false;
    }
    for (const Slo &slo : plan.slos) {
        if (!writeSlo(slo, errorMessage))
            return false;
    }
    for (const Change &change : plan.changes) {
        if (!insertChange(change, errorMessage))
            return false;
    }
    for (const FreezeWindow &freeze : plan.freezes) {
        if (!insertFreeze(freeze, errorMessage))
            return false;
    }
    for (const MaintenanceWindow &window : plan.maintenanceWindows) {
        if (!insertMaintenance(window, errorMessage))
            return false;
    }
    for (const Control &control : plan.controls) {
        if (!insertControl(control, errorMessage))
            return false;
    }
    for (const EvidenceFile &file : plan.evidence) {
        if (!insertEvidence(file, errorMessage))
            return false;
    }
    for (const AccessReview &review : plan.accessReviews) {
        if (!insertAccessReview(review, errorMessage))
            return false;
    }
    for (const RiskException &exception : plan.exceptions) {
        if (!insertException(exception, errorMessage))
            return false;
    }
    for (const SupplierContract &contract : plan.contracts) {
        if (!insertContract(contract, errorMessage))
            return false;
    }
    for (const CustomerCommitment &commitment : plan.commitments) {
        if (!insertCommitment(commitment, errorMessage))
            return false;
    }
    return !m_foreignKeysOff ||
           checkForeignKeys({QStringLiteral("dependencies"), QStringLiteral("redundancy_groups")},
                            errorMessage);
}

// What foreign keys would have refused, table by table, for a write made without them.
bool PlanSql::checkForeignKeys(const QStringList &skip, QString *errorMessage)
{
    // A server checks them itself, at the commit.
    if (!isFile(m_db))
        return true;
    QStringList names;
    if (!tableNames(&names, errorMessage))
        return false;
    for (const QString &table : std::as_const(names)) {
        if (skip.contains(table))
            continue;
        // Names of the schema's own tables, quoted; never input.
        Statement check(m_db, QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table));
        if (!check.select({}, errorMessage))
            return false;
        if (check.query().next()) {
            if (errorMessage) {
                *errorMessage = Tr::tr("The plan file could not be written: a row of %1 refers "
                                       "to a row of %2 that is not there")
                                    .arg(table, check.query().value(2).toString());
            }
            return false;
        }
    }
    return true;
}

// People (docs/people.md) ---------------------------------------------------------------------

namespace {

const QString roleColumns =
    columnList(roleFields()) + QStringLiteral(", rota_start, rota_time_zone, rota_shift_days, "
                                              "escalation_repeat");

QString refused(const char *table, const QString &what)
{
    return Tr::tr("The plan file holds a value Continuity does not accept, so it was not read: "
                  "table %1: %2.")
        .arg(QLatin1String(table), what);
}

} // namespace

bool PlanSql::loadPeoplePolicy(Plan *plan, QString *errorMessage) const
{
    PeoplePolicy &policy = plan->peoplePolicy;
    policy.rtoEscalation.clear();
    auto rows = [&](const QString &sql, const auto &read) {
        Statement st(m_db, sql);
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            if (!read(st.query()))
                return false;
        }
        return true;
    };
    auto broken = [&](const char *table, const QString &what) {
        if (errorMessage)
            *errorMessage = refused(table, what);
        return false;
    };
    return rows(QStringLiteral("SELECT position, fraction FROM rto_escalation ORDER BY position"),
                [&](const QSqlQuery &q) {
                    if (q.value(0).toLongLong() != policy.rtoEscalation.size())
                        return broken("rto_escalation",
                                      Tr::tr("the steps are not numbered 0, 1, 2, ..."));
                    policy.rtoEscalation.append(RtoEscalationStep{q.value(1).toDouble(), {}});
                    return true;
                }) &&
           rows(QStringLiteral("SELECT step, contact FROM rto_escalation_notify "
                               "ORDER BY step, position"),
                [&](const QSqlQuery &q) {
                    const qint64 step = q.value(0).toLongLong();
                    if (step >= 0 && step < policy.rtoEscalation.size())
                        policy.rtoEscalation[step].notify.append(q.value(1).toString());
                    return true; // the foreign key keeps any other out
                }) &&
           rows(QStringLiteral("SELECT tier, repeat FROM tier_escalation ORDER BY tier"),
                [&](const QSqlQuery &q) {
                    const qint64 tier = q.value(0).toLongLong();
                    if (tier < 0 || tier > 3)
                        return broken("tier_escalation", Tr::tr("a tier is not 0 to 3"));
                    policy.tierEscalation[tier] = EscalationPolicy{{}, q.value(1).toInt()};
                    return true;
                }) &&
           rows(QStringLiteral("SELECT tier, level, after_minutes FROM tier_escalation_levels "
                               "ORDER BY tier, level"),
                [&](const QSqlQuery &q) {
                    const qint64 tier = q.value(0).toLongLong();
                    if (tier < 0 || tier > 3 || !policy.tierEscalation[tier] ||
                        q.value(1).toLongLong() != policy.tierEscalation[tier]->levels.size())
                        return broken("tier_escalation_levels",
                                      Tr::tr("the levels of a tier are not 0, 1, 2, ..."));
                    policy.tierEscalation[tier]->levels.append(
                        EscalationLevel{q.value(2).toDouble(), {}});
                    return true;
                }) &&
           rows(QStringLiteral("SELECT tier, level, contact FROM tier_escalation_notify "
                               "ORDER BY tier, level, position"),
                [&](const QSqlQuery &q) {
                    const qint64 tier = q.value(0).toLongLong();
                    const qint64 level = q.value(1).toLongLong();
                    if (tier >= 0 && tier <= 3 && policy.tierEscalation[tier] && level >= 0 &&
                        level < policy.tierEscalation[tier]->levels.size())
                        policy.tierEscalation[tier]->levels[level].notify.append(
                            q.value(2).toString());
                    return true;
                });
}

bool PlanSql::loadPeople(Plan *plan, QString *errorMessage) const
{
    // Rows of a child table, each handed with the index of its parent row (by key) to `read`.
    auto readChildren = [&](const QString &sql, const QHash<qint64, qsizetype> &parents,
                            const auto &read) {
        Statement st(m_db, sql);
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            const auto index = parents.value(q.value(0).toLongLong(), -1);
            if (index >= 0 && !read(index, q))
                return false;
        }
        return true;
    };

    QHash<qint64, qsizetype> personOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(personFields()) +
                               QStringLiteral(" FROM persons ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            Person p;
            if (!setFields(p, personFields(), st.query(), 1, "persons", errorMessage))
                return false;
            personOfKey.insert(st.query().value(0).toLongLong(), plan->persons.size());
            plan->persons.append(std::move(p));
        }
    }
    if (!readChildren(QStringLiteral("SELECT person, ") + columnList(phoneFields()) +
                          QStringLiteral(" FROM person_phones ORDER BY person, position"),
                      personOfKey, [&](qsizetype i, const QSqlQuery &q) {
                          Phone phone;
                          if (!setFields(phone, phoneFields(), q, 1, "person_phones", errorMessage))
                              return false;
                          plan->persons[i].phones.append(phone);
                          return true;
                      }))
        return false;

    QHash<qint64, qsizetype> roleOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + roleColumns +
                               QStringLiteral(" FROM roles ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        const int rota = 1 + int(roleFields().size());
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            Role r;
            if (!setFields(r, roleFields(), q, 1, "roles", errorMessage))
                return false;
            if (!q.value(rota).isNull()) {
                Rota rt;
                rt.start = q.value(rota).toString();
                rt.timeZone = q.value(rota + 1).toString();
                const qint64 days = q.value(rota + 2).toLongLong();
                // Beyond an int, the rules' range check could not see the value.
                rt.shiftDays = days > MaxShiftDays ? MaxShiftDays + 1 : int(days);
                r.rota = rt;
            }
            if (!q.value(rota + 3).isNull()) {
                const qint64 repeat = q.value(rota + 3).toLongLong();
                r.escalation = EscalationPolicy{
                    {}, repeat > MaxEscalationRepeat ? MaxEscalationRepeat + 1 : int(repeat)};
            }
            roleOfKey.insert(q.value(0).toLongLong(), plan->roles.size());
            plan->roles.append(std::move(r));
        }
    }
    const bool rolesRead =
        readChildren(QStringLiteral("SELECT role, list, person FROM role_people "
                                    "ORDER BY role, list, position"),
                     roleOfKey,
                     [&](qsizetype i, const QSqlQuery &q) {
                         Role &r = plan->roles[i];
                         if (q.value(1).toString() == QLatin1String("members")) {
                             r.members.append(q.value(2).toString());
                             return true;
                         }
                         if (!r.rota) {
                             if (errorMessage)
                                 *errorMessage = refused(
                                     "role_people", Tr::tr("role %1 has no rota").arg(shown(r.id)));
                             return false;
                         }
                         r.rota->order.append(q.value(2).toString());
                         return true;
                     }) &&
        readChildren(QStringLiteral("SELECT role, ") + columnList(overrideFields()) +
                         QStringLiteral(" FROM rota_overrides ORDER BY role, position"),
                     roleOfKey,
                     [&](qsizetype i, const QSqlQuery &q) {
                         Role &r = plan->roles[i];
                         if (!r.rota) {
                             if (errorMessage)
                                 *errorMessage =
                                     refused("rota_overrides",
                                             Tr::tr("role %1 has no rota").arg(shown(r.id)));
                             return false;
                         }
                         RotaOverride o;
                         setFields(o, overrideFields(), q, 1, "rota_overrides", errorMessage);
                         r.rota->overrides.append(o);
                         return true;
                     }) &&
        readChildren(
            QStringLiteral("SELECT role, level, after_minutes FROM escalation_levels "
                           "ORDER BY role, level"),
            roleOfKey,
            [&](qsizetype i, const QSqlQuery &q) {
                Role &r = plan->roles[i];
                if (!r.escalation || q.value(1).toLongLong() != r.escalation->levels.size()) {
                    if (errorMessage)
                        *errorMessage =
                            refused("escalation_levels",
                                    Tr::tr("the levels of role %1 are not 0, 1, 2, ... of an "
                                           "escalation policy")
                                        .arg(shown(r.id)));
                    return false;
                }
                r.escalation->levels.append(EscalationLevel{q.value(2).toDouble(), {}});
                return true;
            }) &&
        readChildren(QStringLiteral("SELECT role, level, contact FROM escalation_notify "
                                    "ORDER BY role, level, position"),
                     roleOfKey, [&](qsizetype i, const QSqlQuery &q) {
                         Role &r = plan->roles[i];
                         const qint64 level = q.value(1).toLongLong();
                         if (!r.escalation || level < 0 || level >= r.escalation->levels.size())
                             return true; // the foreign key keeps these out; nothing to name
                         r.escalation->levels[level].notify.append(q.value(2).toString());
                         return true;
                     });
    if (!rolesRead)
        return false;

    QHash<qint64, qsizetype> treeOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(callTreeFields()) +
                               QStringLiteral(" FROM call_trees ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            CallTree t;
            if (!setFields(t, callTreeFields(), st.query(), 1, "call_trees", errorMessage))
                return false;
            treeOfKey.insert(st.query().value(0).toLongLong(), plan->callTrees.size());
            plan->callTrees.append(std::move(t));
        }
    }
    // Each tree's nodes in depth-first order, each naming an earlier one as its parent; built
    // without recursion and refused beyond the rules' depth and size, so that no file can make a
    // tree too deep to take apart again.
    struct Flat
    {
        QList<CallTreeNode> nodes;
        QList<int> parents;
        QList<int> depths;
    };
    QList<Flat> flat(plan->callTrees.size());
    const bool nodesRead = readChildren(
        QStringLiteral("SELECT tree, position, parent, contact, fallback FROM call_tree_nodes "
                       "ORDER BY tree, position"),
        treeOfKey, [&](qsizetype i, const QSqlQuery &q) {
            Flat &f = flat[i];
            const qint64 position = q.value(1).toLongLong();
            const bool root = q.value(2).isNull();
            const qint64 parent = root ? -1 : q.value(2).toLongLong();
            const bool fits = position == f.nodes.size() && root == (position == 0) &&
                              position < MaxCallTreeNodes && (root || parent < position);
            const int depth = fits && !root ? f.depths.at(int(parent)) + 1 : 0;
            if (!fits || depth > MaxCallTreeDepth) {
                if (errorMessage)
                    *errorMessage = refused(
                        "call_tree_nodes",
                        Tr::tr("the nodes of call tree %1 do not form a tree of at most %2 people "
                               "and %3 levels")
                            .arg(shown(plan->callTrees.at(i).id))
                            .arg(MaxCallTreeNodes)
                            .arg(MaxCallTreeDepth));
                return false;
            }
            f.nodes.append({q.value(3).toString(), q.value(4).toString(), {}});
            f.parents.append(int(parent));
            f.depths.append(depth);
            return true;
        });
    if (!nodesRead)
        return false;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        Flat &f = flat[i];
        if (f.nodes.isEmpty()) {
            if (errorMessage)
                *errorMessage = refused(
                    "call_tree_nodes",
                    Tr::tr("call tree %1 has no root").arg(shown(plan->callTrees.at(i).id)));
            return false;
        }
        // Last to first: a node's children (all after it) are in it when it moves to its parent.
        for (qsizetype n = f.nodes.size() - 1; n > 0; --n)
            f.nodes[f.parents.at(n)].children.prepend(std::move(f.nodes[n]));
        plan->callTrees[i].root = std::move(f.nodes[0]);
    }
    return true;
}

bool PlanSql::insertPerson(const Person &person, QString *errorMessage)
{
    return insertPersonRow(std::nullopt, person, errorMessage);
}

bool PlanSql::replacePerson(const Person &person, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("persons"), person.id,
        Tr::tr("The plan has no person \"%1\".").arg(person.id),
        [&](qint64 key) { return insertPersonRow(key, person, errorMessage); }, errorMessage);
}

bool PlanSql::deletePerson(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM persons WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::replacePersons(const QList<Person> &persons, QString *errorMessage)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM persons"));
    if (!clear.run({}, errorMessage))
        return false;
    for (const Person &p : persons) {
        if (!insertPerson(p, errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::insertPersonRow(std::optional<qint64> rowKey, const Person &p, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO persons(key, ") + columnList(personFields()) +
                           QStringLiteral(") VALUES(?, ") +
                           placeholders(int(personFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(p, personFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement phone(m_db, QStringLiteral("INSERT INTO person_phones(person, position, ") +
                              columnList(phoneFields()) + QStringLiteral(") VALUES(?, ?, ?, ?)"));
    for (int i = 0; i < p.phones.size(); ++i) {
        if (!phone.run(QVariantList{key, i} + fieldValues(p.phones.at(i), phoneFields()),
                       errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::insertRole(const Role &role, QString *errorMessage)
{
    return insertRoleRow(std::nullopt, role, errorMessage);
}

bool PlanSql::replaceRole(const Role &role, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("roles"), role.id, Tr::tr("The plan has no role \"%1\".").arg(role.id),
        [&](qint64 key) { return insertRoleRow(key, role, errorMessage); }, errorMessage);
}

bool PlanSql::deleteRole(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM roles WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::insertRoleRow(std::optional<qint64> rowKey, const Role &r, QString *errorMessage)
{
    const int columns = int(roleFields().size()) + 4;
    Statement st(m_db, QStringLiteral("INSERT INTO roles(key, ") + roleColumns +
                           QStringLiteral(") VALUES(?, ") + placeholders(columns) +
                           QStringLiteral(") RETURNING key"));
    QVariantList values{rowKey ? QVariant(*rowKey) : QVariant()};
    values += fieldValues(r, roleFields());
    values += r.rota ? QVariantList{r.rota->start, r.rota->timeZone, r.rota->shiftDays}
                     : QVariantList{QVariant(), QVariant(), QVariant()};
    values.append(r.escalation ? QVariant(r.escalation->repeat) : QVariant());
    if (!st.run(values, errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement person(m_db, QStringLiteral("INSERT INTO role_people(role, list, position, person) "
                                          "VALUES(?, ?, ?, ?)"));
    for (int i = 0; i < r.members.size(); ++i) {
        if (!person.run({key, QStringLiteral("members"), i, r.members.at(i)}, errorMessage))
            return false;
    }
    if (r.rota) {
        for (int i = 0; i < r.rota->order.size(); ++i) {
            if (!person.run({key, QStringLiteral("rota"), i, r.rota->order.at(i)}, errorMessage))
                return false;
        }
        Statement o(m_db, QStringLiteral("INSERT INTO rota_overrides(role, position, ") +
                              columnList(overrideFields()) +
                              QStringLiteral(") VALUES(?, ?, ?, ?, ?)"));
        for (int i = 0; i < r.rota->overrides.size(); ++i) {
            if (!o.run(QVariantList{key, i} +
                           fieldValues(r.rota->overrides.at(i), overrideFields()),
                       errorMessage))
                return false;
        }
    }
    if (r.escalation) {
        Statement level(m_db, QStringLiteral("INSERT INTO escalation_levels(role, level, "
                                             "after_minutes) VALUES(?, ?, ?)"));
        Statement notify(m_db, QStringLiteral("INSERT INTO escalation_notify(role, level, "
                                              "position, contact) VALUES(?, ?, ?, ?)"));
        for (int i = 0; i < r.escalation->levels.size(); ++i) {
            const EscalationLevel &l = r.escalation->levels.at(i);
            if (!level.run({key, i, l.afterMinutes}, errorMessage))
                return false;
            for (int j = 0; j < l.notify.size(); ++j) {
                if (!notify.run({key, i, j, l.notify.at(j)}, errorMessage))
                    return false;
            }
        }
    }
    return true;
}

bool PlanSql::insertCallTree(const CallTree &tree, QString *errorMessage)
{
    return insertCallTreeRow(std::nullopt, tree, errorMessage);
}

bool PlanSql::replaceCallTree(const CallTree &tree, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("call_trees"), tree.id,
        Tr::tr("The plan has no call tree \"%1\".").arg(tree.id),
        [&](qint64 key) { return insertCallTreeRow(key, tree, errorMessage); }, errorMessage);
}

bool PlanSql::deleteCallTree(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM call_trees WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::insertCallTreeRow(std::optional<qint64> rowKey, const CallTree &t,
                                QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO call_trees(key, ") +
                           columnList(callTreeFields()) + QStringLiteral(") VALUES(?, ") +
                           placeholders(int(callTreeFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(t, callTreeFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement node(m_db, QStringLiteral("INSERT INTO call_tree_nodes(tree, position, parent, "
                                        "contact, fallback) VALUES(?, ?, ?, ?, ?)"));
    // Depth first, each node after its parent (the rules bound the depth).
    int position = 0;
    std::function<bool(const CallTreeNode &, int)> write = [&](const CallTreeNode &n, int parent) {
        const int self = position++;
        if (!node.run(
                {key, self, parent < 0 ? QVariant() : QVariant(parent), n.contact, n.fallback},
                errorMessage))
            return false;
        for (const CallTreeNode &child : n.children) {
            if (!write(child, self))
                return false;
        }
        return true;
    };
    return write(t.root, -1);
}

// Incidents (docs/incidents.md) -----------------------------------------------------------

bool PlanSql::writeIncidentPolicy(const IncidentPolicy &policy, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return st.run({QStringLiteral("postmortem_business_days"),
                   QString::number(policy.postmortemBusinessDays)},
                  errorMessage) &&
           st.run(
               {QStringLiteral("postmortem_sev1_days"), QString::number(policy.postmortemSev1Days)},
               errorMessage) &&
           st.run({QStringLiteral("time_zone"), policy.timeZone}, errorMessage) &&
           st.run({QStringLiteral("financial_entity"),
                   policy.financialEntity ? QStringLiteral("1") : QStringLiteral("0")},
                  errorMessage);
}

bool PlanSql::writeSlo(const Slo &slo, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO slos(node, ") + columnList(sloFields()) +
                           QStringLiteral(") SELECT key, ") +
                           placeholders(int(sloFields().size())) +
                           QStringLiteral(" FROM nodes WHERE id = ? ON CONFLICT(node) DO UPDATE "
                                          "SET objective = excluded.objective, slo_window = "
                                          "excluded.slo_window, degraded_counts = "
                                          "excluded.degraded_counts"));
    if (!st.run(fieldValues(slo, sloFields()) + QVariantList{slo.node}, errorMessage))
        return false;
    if (st.query().numRowsAffected() != 1) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan has no process or service \"%1\".").arg(slo.node);
        return false;
    }
    return true;
}

bool PlanSql::deleteSlo(const QString &node, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM slos WHERE node = "
                                      "(SELECT key FROM nodes WHERE id = ?)"));
    return st.run({node}, errorMessage);
}

bool PlanSql::insertIncident(const Incident &incident, QString *errorMessage)
{
    return insertIncidentRow(std::nullopt, incident, errorMessage);
}

bool PlanSql::deleteIncident(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM incidents WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::replaceIncident(const Incident &incident, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("incidents"), incident.id,
        Tr::tr("The plan has no incident \"%1\".").arg(incident.id),
        [&](qint64 key) { return insertIncidentRow(key, incident, errorMessage); }, errorMessage);
}

bool PlanSql::insertIncidentRow(std::optional<qint64> rowKey, const Incident &incident,
                                QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO incidents(key, ") +
                           columnList(incidentFields()) + QStringLiteral(") VALUES(?, ") +
                           placeholders(int(incidentFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(incident, incidentFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    // A child table of items, each written by its table with its place in the list. Table
    // names come from the code, never from input.
    auto writeItems = [&](const char *table, const auto &list, const auto &fields) {
        Statement item(m_db, QStringLiteral("INSERT INTO ") + QLatin1String(table) +
                                 QStringLiteral("(incident, position, ") + columnList(fields) +
                                 QStringLiteral(") VALUES(") +
                                 placeholders(int(fields.size()) + 2) + QStringLiteral(")"));
        for (int i = 0; i < list.size(); ++i) {
            if (!item.run(QVariantList{key, i} + fieldValues(list.at(i), fields), errorMessage))
                return false;
        }
        return true;
    };
    if (!writeItems("incident_affected", incident.affected, affectedFields()) ||
        !writeItems("incident_data_loss", incident.dataLoss, dataLossFields()) ||
        !writeItems("incident_factors", incident.factors, factorFields()))
        return false;
    Statement plan(m_db, QStringLiteral("INSERT INTO incident_plans(incident, position, runbook) "
                                        "VALUES(?, ?, ?)"));
    for (int i = 0; i < incident.plansActivated.size(); ++i) {
        if (!plan.run({key, i, incident.plansActivated.at(i)}, errorMessage))
            return false;
    }
    if (!incident.postmortem)
        return true;
    const Postmortem &pm = *incident.postmortem;
    Statement review(m_db, QStringLiteral("INSERT INTO postmortems(incident, ") +
                               columnList(postmortemFields()) + QStringLiteral(") VALUES(?, ") +
                               placeholders(int(postmortemFields().size())) + QStringLiteral(")"));
    return review.run(QVariantList{key} + fieldValues(pm, postmortemFields()), errorMessage) &&
           writeItems("postmortem_timeline", pm.timeline, timelineFields()) &&
           writeItems("postmortem_actions", pm.actions, incidentActionFields()) &&
           writeItems("postmortem_runbooks", pm.runbookChanges, runbookChangeFields());
}

bool PlanSql::loadIncidents(Plan *plan, QString *errorMessage) const
{
    QHash<qint64, qsizetype> incidentOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(incidentFields()) +
                               QStringLiteral(" FROM incidents ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            Incident incident;
            if (!setFields(incident, incidentFields(), st.query(), 1, "incidents", errorMessage))
                return false;
            incidentOfKey.insert(st.query().value(0).toLongLong(), plan->incidents.size());
            plan->incidents.append(std::move(incident));
        }
    }
    bool valid = true;
    // Rows of a child table, in position order, each handed with its incident to `read`.
    auto readRows = [&](const QString &sql, const auto &read) {
        Statement st(m_db, sql);
        if (!st.select({}, errorMessage))
            return false;
        while (valid && st.query().next()) {
            const qsizetype index = incidentOfKey.value(st.query().value(0).toLongLong(), -1);
            if (index >= 0)
                read(plan->incidents[index], st.query());
        }
        return valid;
    };
    auto readItems = [&](const char *table, const auto &fields, const auto &list) {
        return readRows(QStringLiteral("SELECT incident, ") + columnList(fields) +
                            QStringLiteral(" FROM ") + QLatin1String(table) +
                            QStringLiteral(" ORDER BY incident, position"),
                        [&](Incident &incident, const QSqlQuery &q) {
                            auto &items = list(incident);
                            typename std::decay_t<decltype(items)>::value_type item;
                            valid = valid && setFields(item, fields, q, 1, table, errorMessage);
                            items.append(std::move(item));
                        });
    };
    // A post-mortem's lists: every incident that has one has its row read first.
    auto review = [](Incident &incident) -> Postmortem & {
        if (!incident.postmortem)
            incident.postmortem = Postmortem();
        return *incident.postmortem;
    };
    if (!readItems("incident_affected", affectedFields(),
                   [](Incident &i) -> QList<AffectedNode> & { return i.affected; }) ||
        !readItems("incident_data_loss", dataLossFields(),
                   [](Incident &i) -> QList<DataLoss> & { return i.dataLoss; }) ||
        !readItems("incident_factors", factorFields(),
                   [](Incident &i) -> QList<ContributingFactor> & { return i.factors; }) ||
        !readRows(QStringLiteral("SELECT incident, runbook FROM incident_plans "
                                 "ORDER BY incident, position"),
                  [](Incident &i, const QSqlQuery &q) {
                      i.plansActivated.append(q.value(1).toString());
                  }) ||
        !readRows(QStringLiteral("SELECT incident, ") + columnList(postmortemFields()) +
                      QStringLiteral(" FROM postmortems ORDER BY incident"),
                  [&](Incident &i, const QSqlQuery &q) {
                      valid = valid && setFields(review(i), postmortemFields(), q, 1, "postmortems",
                                                 errorMessage);
                  }) ||
        !readItems("postmortem_timeline", timelineFields(),
                   [&](Incident &i) -> QList<TimelineEntry> & { return review(i).timeline; }) ||
        !readItems("postmortem_actions", incidentActionFields(),
                   [&](Incident &i) -> QList<IncidentAction> & { return review(i).actions; }) ||
        !readItems("postmortem_runbooks", runbookChangeFields(),
                   [&](Incident &i) -> QList<RunbookChange> & { return review(i).runbookChanges; }))
        return false;
    Statement slos(m_db, QStringLiteral("SELECT nodes.id, ") + columnList(sloFields()) +
                             QStringLiteral(" FROM slos JOIN nodes ON nodes.key = slos.node "
                                            "ORDER BY nodes.id"));
    if (!slos.select({}, errorMessage))
        return false;
    while (slos.query().next()) {
        Slo slo;
        slo.node = slos.query().value(0).toString();
        if (!setFields(slo, sloFields(), slos.query(), 1, "slos", errorMessage))
            return false;
        plan->slos.append(std::move(slo));
    }
    return true;
}

// Changes (docs/changes.md) ---------------------------------------------------------------

bool PlanSql::writeChangePolicy(const ChangePolicy &policy, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return st.run({QStringLiteral("degraded_loss_factor"),
                   QString::number(policy.degradedLossFactor, 'g', 17)},
                  errorMessage) &&
           st.run({QStringLiteral("min_lead_days"), QString::number(policy.minLeadDays)},
                  errorMessage);
}

namespace {

// "10,50,100" and back: a release's canary steps in their column.
QString stepsText(const QList<double> &steps)
{
    QStringList parts;
    for (double step : steps)
        parts.append(QString::number(step, 'g', 17));
    return parts.join(QLatin1Char(','));
}

QList<double> stepsOf(const QString &text)
{
    QList<double> steps;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        steps.append(part.toDouble());
    return steps;
}

} // namespace

bool PlanSql::insertChange(const Change &change, QString *errorMessage)
{
    return insertChangeRow(std::nullopt, change, errorMessage);
}

bool PlanSql::replaceChange(const Change &change, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("changes"), change.id,
        Tr::tr("The plan has no change \"%1\".").arg(change.id),
        [&](qint64 key) { return insertChangeRow(key, change, errorMessage); }, errorMessage);
}

bool PlanSql::deleteChange(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM changes WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::insertChangeRow(std::optional<qint64> rowKey, const Change &change,
                              QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO changes(key, ") + columnList(changeFields()) +
                           QStringLiteral(") VALUES(?, ") +
                           placeholders(int(changeFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(change, changeFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement ids(m_db, QStringLiteral("INSERT INTO change_ids(change, list, position, value) "
                                       "VALUES(?, ?, ?, ?)"));
    auto writeIds = [&](const char *list, const QStringList &values) {
        for (int i = 0; i < values.size(); ++i) {
            if (!ids.run({key, QLatin1String(list), i, values.at(i)}, errorMessage))
                return false;
        }
        return true;
    };
    if (!writeIds("target", change.targets) || !writeIds("incident", change.causedIncidents) ||
        (change.cab && !writeIds("cab", change.cab->by)))
        return false;
    Statement check(m_db, QStringLiteral("INSERT INTO change_checks(change, position, ") +
                              columnList(verificationFields()) + QStringLiteral(") VALUES(?, ?, ") +
                              placeholders(int(verificationFields().size())) + QStringLiteral(")"));
    for (int i = 0; i < change.verification.size(); ++i) {
        if (!check.run(QVariantList{key, i} +
                           fieldValues(change.verification.at(i), verificationFields()),
                       errorMessage))
            return false;
    }
    if (const std::optional<ReleasePlan> &r = change.release) {
        Statement release(m_db,
                          QStringLiteral("INSERT INTO change_releases(change, canary_steps, ") +
                              columnList(releaseFields()) + QStringLiteral(") VALUES(?, ?, ") +
                              placeholders(int(releaseFields().size())) + QStringLiteral(")"));
        if (!release.run(QVariantList{key, stepsText(r->canarySteps)} +
                             fieldValues(*r, releaseFields()),
                         errorMessage))
            return false;
    }
    if (const std::optional<CabReview> &cab = change.cab) {
        Statement review(m_db, QStringLiteral("INSERT INTO change_cab(change, ") +
                                   columnList(cabFields()) + QStringLiteral(") VALUES(?, ") +
                                   placeholders(int(cabFields().size())) + QStringLiteral(")"));
        if (!review.run(QVariantList{key} + fieldValues(*cab, cabFields()), errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::insertFreeze(const FreezeWindow &freeze, QString *errorMessage)
{
    return insertFreezeRow(std::nullopt, freeze, errorMessage);
}

bool PlanSql::replaceFreeze(const FreezeWindow &freeze, QString *errorMessage)
{
    return replaceKeepingKey(
        QStringLiteral("freezes"), freeze.id,
        Tr::tr("The plan has no freeze window \"%1\".").arg(freeze.id),
        [&](qint64 key) { return insertFreezeRow(key, freeze, errorMessage); }, errorMessage);
}

bool PlanSql::deleteFreeze(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM freezes WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::insertFreezeRow(std::optional<qint64> rowKey, const FreezeWindow &freeze,
                              QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO freezes(key, ") + columnList(freezeFields()) +
                           QStringLiteral(") VALUES(?, ") +
                           placeholders(int(freezeFields().size())) +
                           QStringLiteral(") RETURNING key"));
    if (!st.run(QVariantList{rowKey ? QVariant(*rowKey) : QVariant()} +
                    fieldValues(freeze, freezeFields()),
                errorMessage))
        return false;
    const qint64 key = returnedKey(st.query());
    Statement ids(m_db, QStringLiteral("INSERT INTO freeze_ids(\"freeze\", list, position, value) "
                                       "VALUES(?, ?, ?, ?)"));
    for (const auto &[list, values] :
         {std::pair{"node", &freeze.nodes}, std::pair{"site", &freeze.sites}}) {
        for (int i = 0; i < values->size(); ++i) {
            if (!ids.run({key, QLatin1String(list), i, values->at(i)}, errorMessage))
                return false;
        }
    }
    return true;
}

bool PlanSql::insertMaintenance(const MaintenanceWindow &window, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO maintenance_windows(") +
                           columnList(maintenanceFields()) + QStringLiteral(") VALUES(") +
                           placeholders(int(maintenanceFields().size())) + QStringLiteral(")"));
    return st.run(fieldValues(window, maintenanceFields()), errorMessage);
}

bool PlanSql::replaceMaintenance(const MaintenanceWindow &window, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("UPDATE maintenance_windows SET (") +
                           columnList(maintenanceFields()) + QStringLiteral(") = (") +
                           placeholders(int(maintenanceFields().size())) +
                           QStringLiteral(") WHERE id = ?"));
    if (!st.run(fieldValues(window, maintenanceFields()) + QVariantList{window.id}, errorMessage))
        return false;
    if (st.query().numRowsAffected() != 1) {
        if (errorMessage)
            *errorMessage = Tr::tr("The plan has no maintenance window \"%1\".").arg(window.id);
        return false;
    }
    return true;
}

bool PlanSql::deleteMaintenance(const QString &id, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"));
    return st.run({id}, errorMessage);
}

bool PlanSql::loadChanges(Plan *plan, QString *errorMessage) const
{
    QHash<qint64, qsizetype> changeOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(changeFields()) +
                               QStringLiteral(" FROM changes ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            Change change;
            if (!setFields(change, changeFields(), st.query(), 1, "changes", errorMessage))
                return false;
            changeOfKey.insert(st.query().value(0).toLongLong(), plan->changes.size());
            plan->changes.append(std::move(change));
        }
    }
    bool valid = true;
    // Rows of a child table in order, each handed with its change to `read`.
    auto readRows = [&](const QString &sql, const auto &read) {
        Statement st(m_db, sql);
        if (!st.select({}, errorMessage))
            return false;
        while (valid && st.query().next()) {
            const qsizetype index = changeOfKey.value(st.query().value(0).toLongLong(), -1);
            if (index >= 0)
                read(plan->changes[index], st.query());
        }
        return valid;
    };
    if (!readRows(QStringLiteral("SELECT change, ") + columnList(releaseFields()) +
                      QStringLiteral(", canary_steps FROM change_releases ORDER BY change"),
                  [&](Change &c, const QSqlQuery &q) {
                      ReleasePlan r;
                      valid = valid &&
                              setFields(r, releaseFields(), q, 1, "change_releases", errorMessage);
                      r.canarySteps = stepsOf(q.value(int(releaseFields().size()) + 1).toString());
                      c.release = std::move(r);
                  }) ||
        !readRows(QStringLiteral("SELECT change, ") + columnList(cabFields()) +
                      QStringLiteral(" FROM change_cab ORDER BY change"),
                  [&](Change &c, const QSqlQuery &q) {
                      CabReview cab;
                      valid =
                          valid && setFields(cab, cabFields(), q, 1, "change_cab", errorMessage);
                      c.cab = std::move(cab);
                  }) ||
        !readRows(QStringLiteral("SELECT change, list, value FROM change_ids "
                                 "ORDER BY change, list, position"),
                  [&](Change &c, const QSqlQuery &q) {
                      const QString list = q.value(1).toString();
                      const QString value = q.value(2).toString();
                      if (list == QLatin1String("target"))
                          c.targets.append(value);
                      else if (list == QLatin1String("incident"))
                          c.causedIncidents.append(value);
                      else if (c.cab)
                          c.cab->by.append(value);
                  }) ||
        !readRows(QStringLiteral("SELECT change, ") + columnList(verificationFields()) +
                      QStringLiteral(" FROM change_checks ORDER BY change, position"),
                  [&](Change &c, const QSqlQuery &q) {
                      VerificationCheck check;
                      valid = valid && setFields(check, verificationFields(), q, 1, "change_checks",
                                                 errorMessage);
                      c.verification.append(std::move(check));
                  }))
        return false;

    QHash<qint64, qsizetype> freezeOfKey;
    {
        Statement st(m_db, QStringLiteral("SELECT key, ") + columnList(freezeFields()) +
                               QStringLiteral(" FROM freezes ORDER BY key"));
        if (!st.select({}, errorMessage))
            return false;
        while (st.query().next()) {
            FreezeWindow freeze;
            if (!setFields(freeze, freezeFields(), st.query(), 1, "freezes", errorMessage))
                return false;
            freezeOfKey.insert(st.query().value(0).toLongLong(), plan->freezes.size());
            plan->freezes.append(std::move(freeze));
        }
        Statement ids(m_db, QStringLiteral("SELECT \"freeze\", list, value FROM freeze_ids "
                                           "ORDER BY \"freeze\", list, position"));
        if (!ids.select({}, errorMessage))
            return false;
        while (ids.query().next()) {
            const qsizetype index = freezeOfKey.value(ids.query().value(0).toLongLong(), -1);
            if (index < 0)
                continue;
            FreezeWindow &f = plan->freezes[index];
            (ids.query().value(1).toString() == QLatin1String("site") ? f.sites : f.nodes)
                .append(ids.query().value(2).toString());
        }
    }
    Statement windows(m_db, QStringLiteral("SELECT ") + columnList(maintenanceFields()) +
                                QStringLiteral(" FROM maintenance_windows ORDER BY key"));
    if (!windows.select({}, errorMessage))
        return false;
    while (windows.query().next()) {
        MaintenanceWindow window;
        if (!setFields(window, maintenanceFields(), windows.query(), 0, "maintenance_windows",
                       errorMessage))
            return false;
        plan->maintenanceWindows.append(std::move(window));
    }
    return true;
}

// Governance (docs/governance.md) -------------------------------------------------------

namespace {

// A record kept in one table of its field table's columns, found by its id.
template <typename T>
bool insertRecord(const QSqlDatabase &db, const QString &table, Fields<T> fields, const T &item,
                  QString *errorMessage, qint64 *key = nullptr)
{
    // Table names come from the code, never from input.
    Statement st(db, QStringLiteral("INSERT INTO %1(").arg(table) + columnList(fields) +
                         QStringLiteral(") VALUES(") + placeholders(int(fields.size())) +
                         QStringLiteral(") RETURNING key"));
    if (!st.run(fieldValues(item, fields), errorMessage))
        return false;
    if (key)
        *key = returnedKey(st.query());
    return true;
}

template <typename T>
bool replaceRecord(const QSqlDatabase &db, const QString &table, Fields<T> fields, const T &item,
                   const QString &id, const QString &missing, QString *errorMessage)
{
    Statement st(db, QStringLiteral("UPDATE %1 SET (").arg(table) + columnList(fields) +
                         QStringLiteral(") = (") + placeholders(int(fields.size())) +
                         QStringLiteral(") WHERE id = ?"));
    if (!st.run(fieldValues(item, fields) + QVariantList{id}, errorMessage))
        return false;
    if (st.query().numRowsAffected() != 1) {
        if (errorMessage)
            *errorMessage = missing;
        return false;
    }
    return true;
}

bool deleteRecord(const QSqlDatabase &db, const QString &table, const QString &id,
                  QString *errorMessage)
{
    Statement st(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    return st.run({id}, errorMessage);
}

template <typename T>
bool loadRecords(const QSqlDatabase &db, const char *table, Fields<T> fields, QList<T> *out,
                 QString *errorMessage, QList<qint64> *keys = nullptr)
{
    Statement st(db, QStringLiteral("SELECT key, ") + columnList(fields) +
                         QStringLiteral(" FROM %1 ORDER BY key").arg(QLatin1String(table)));
    if (!st.select({}, errorMessage))
        return false;
    while (st.query().next()) {
        T item;
        if (!setFields(item, fields, st.query(), 1, table, errorMessage))
            return false;
        if (keys)
            keys->append(st.query().value(0).toLongLong());
        out->append(std::move(item));
    }
    return true;
}

} // namespace

bool PlanSql::insertControl(const Control &control, QString *errorMessage)
{
    qint64 key = 0;
    if (!insertRecord(m_db, QStringLiteral("controls"), controlFields(), control, errorMessage,
                      &key))
        return false;
    Statement st(m_db, QStringLiteral("INSERT INTO control_requirements(control, position, "
                                      "requirement) VALUES(?, ?, ?)"));
    for (int i = 0; i < control.requirements.size(); ++i) {
        if (!st.run({key, i, control.requirements.at(i)}, errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::replaceControl(const Control &control, QString *errorMessage)
{
    // The requirements go with the row (ON DELETE CASCADE) and come back with the new one.
    const std::optional<qint64> found =
        rowKeyOf(QStringLiteral("controls"), control.id, errorMessage);
    if (!found) {
        if (errorMessage && errorMessage->isEmpty())
            *errorMessage = Tr::tr("The plan has no control \"%1\".").arg(control.id);
        return false;
    }
    return deleteRecord(m_db, QStringLiteral("controls"), control.id, errorMessage) &&
           insertControl(control, errorMessage);
}

bool PlanSql::deleteControl(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("controls"), id, errorMessage);
}

bool PlanSql::insertEvidence(const EvidenceFile &file, QString *errorMessage)
{
    return insertRecord(m_db, QStringLiteral("evidence_files"), evidenceFields(), file,
                        errorMessage);
}

bool PlanSql::replaceEvidence(const EvidenceFile &file, QString *errorMessage)
{
    return replaceRecord(m_db, QStringLiteral("evidence_files"), evidenceFields(), file, file.id,
                         Tr::tr("The plan has no evidence file \"%1\".").arg(file.id),
                         errorMessage);
}

bool PlanSql::deleteEvidence(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("evidence_files"), id, errorMessage);
}

bool PlanSql::insertAccessReview(const AccessReview &review, QString *errorMessage)
{
    return insertRecord(m_db, QStringLiteral("access_reviews"), accessReviewFields(), review,
                        errorMessage);
}

bool PlanSql::replaceAccessReview(const AccessReview &review, QString *errorMessage)
{
    return replaceRecord(m_db, QStringLiteral("access_reviews"), accessReviewFields(), review,
                         review.id, Tr::tr("The plan has no access review \"%1\".").arg(review.id),
                         errorMessage);
}

bool PlanSql::deleteAccessReview(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("access_reviews"), id, errorMessage);
}

bool PlanSql::insertException(const RiskException &exception, QString *errorMessage)
{
    return insertRecord(m_db, QStringLiteral("risk_exceptions"), exceptionFields(), exception,
                        errorMessage);
}

bool PlanSql::replaceException(const RiskException &exception, QString *errorMessage)
{
    return replaceRecord(
        m_db, QStringLiteral("risk_exceptions"), exceptionFields(), exception, exception.id,
        Tr::tr("The plan has no exception \"%1\".").arg(exception.id), errorMessage);
}

bool PlanSql::deleteException(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("risk_exceptions"), id, errorMessage);
}

bool PlanSql::insertContract(const SupplierContract &contract, QString *errorMessage)
{
    return insertRecord(m_db, QStringLiteral("supplier_contracts"), contractFields(), contract,
                        errorMessage);
}

bool PlanSql::replaceContract(const SupplierContract &contract, QString *errorMessage)
{
    return replaceRecord(m_db, QStringLiteral("supplier_contracts"), contractFields(), contract,
                         contract.id, Tr::tr("The plan has no contract \"%1\".").arg(contract.id),
                         errorMessage);
}

bool PlanSql::deleteContract(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("supplier_contracts"), id, errorMessage);
}

bool PlanSql::insertCommitment(const CustomerCommitment &commitment, QString *errorMessage)
{
    return insertRecord(m_db, QStringLiteral("customer_commitments"), commitmentFields(),
                        commitment, errorMessage);
}

bool PlanSql::replaceCommitment(const CustomerCommitment &commitment, QString *errorMessage)
{
    return replaceRecord(
        m_db, QStringLiteral("customer_commitments"), commitmentFields(), commitment, commitment.id,
        Tr::tr("The plan has no commitment \"%1\".").arg(commitment.id), errorMessage);
}

bool PlanSql::deleteCommitment(const QString &id, QString *errorMessage)
{
    return deleteRecord(m_db, QStringLiteral("customer_commitments"), id, errorMessage);
}

bool PlanSql::writeGovernancePolicy(const GovernancePolicy &policy, QString *errorMessage)
{
    Statement st(m_db, QStringLiteral("INSERT INTO plan_info(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    const std::pair<const char *, QString> values[] = {
        {"risk_owner_role", policy.riskOwnerRole},
        {"entity_name", policy.entityName},
        {"entity_lei", policy.entityLei},
        {"entity_country", policy.entityCountry},
        {"entity_type", policy.entityType},
        {"competent_authority", policy.competentAuthority},
        {"entity_currency", policy.currency},
        {"critical_max_tier", QString::number(policy.criticalMaxTier)},
    };
    for (const auto &[key, value] : values) {
        if (!st.run({QLatin1String(key), value}, errorMessage))
            return false;
    }
    return true;
}

bool PlanSql::loadGovernance(Plan *plan, QString *errorMessage) const
{
    QList<qint64> keys;
    if (!loadRecords(m_db, "controls", controlFields(), &plan->controls, errorMessage, &keys))
        return false;
    QHash<qint64, qsizetype> controlOfKey;
    for (qsizetype i = 0; i < keys.size(); ++i)
        controlOfKey.insert(keys.at(i), i);
    Statement st(m_db, QStringLiteral("SELECT control, requirement FROM control_requirements "
                                      "ORDER BY control, position"));
    if (!st.select({}, errorMessage))
        return false;
    while (st.query().next()) {
        const qsizetype index = controlOfKey.value(st.query().value(0).toLongLong(), -1);
        if (index >= 0)
            plan->controls[index].requirements.append(st.query().value(1).toString());
    }
    return loadRecords(m_db, "evidence_files", evidenceFields(), &plan->evidence, errorMessage) &&
           loadRecords(m_db, "access_reviews", accessReviewFields(), &plan->accessReviews,
                       errorMessage) &&
           loadRecords(m_db, "risk_exceptions", exceptionFields(), &plan->exceptions,
                       errorMessage) &&
           loadRecords(m_db, "supplier_contracts", contractFields(), &plan->contracts,
                       errorMessage) &&
           loadRecords(m_db, "customer_commitments", commitmentFields(), &plan->commitments,
                       errorMessage);
}

} // namespace Continuity
