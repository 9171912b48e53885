// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrail.h"

#include "io/PlanExports.h"
#include "PlanSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <deque>
#include <limits>
#include <string>

#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace Continuity::Audit {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Audit)
};

QMutex &identityMutex()
{
    static QMutex mutex;
    return mutex;
}
QString &displayName()
{
    static QString name;
    return name;
}
std::function<QDateTime()> &clock()
{
    static std::function<QDateTime()> c;
    return c;
}

// `Out`: QByteArray, or std::string where speed counts (verify: QByteArray's append is a
// call through insert() per piece in Qt 6.4).
template <typename Out> void appendUtf8(Out *out, QByteArrayView utf8)
{
    out->push_back('"');
    const char *run = utf8.data(); // bytes kept as they are, appended a run at a time
    const char *const end = run + utf8.size();
    for (const char *c = run; c != end; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        if (c != run)
            out->append(run, c - run);
        run = c + 1;
        switch (u) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default: {
            static const char digits[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', digits[u >> 4], digits[u & 0xf]};
            out->append(escaped, sizeof escaped);
        }
        }
    }
    if (end != run) // never a null pointer to append (a NULL column has none)
        out->append(run, end - run);
    out->push_back('"');
}

template <typename Out> void appendKey(Out *out, const char *key, bool first = false)
{
    if (!first)
        out->push_back(',');
    out->push_back('"');
    out->append(key);
    out->append("\":");
}

// A record's texts as UTF-8, for its canonical JSON (canonicalJson).
struct Utf8Record
{
    QByteArrayView action, at, details, objectId, objectKind, prev;
    qint64 seq = 0;
    QByteArrayView user, userName;
};

// The canonical JSON of `r` (keys sorted, no white space) appended to `out`.
template <typename Out> void appendCanonical(Out *out, const Utf8Record &r)
{
    out->push_back('{');
    const std::pair<const char *, QByteArrayView> before[] = {
        {"action", r.action},         {"at", r.at},
        {"details", r.details},       {"objectId", r.objectId},
        {"objectKind", r.objectKind}, {"prev", r.prev}};
    bool first = true;
    for (const auto &[key, value] : before) {
        appendKey(out, key, first);
        appendUtf8(out, value);
        first = false;
    }
    appendKey(out, "seq");
    char digits[24];
    const char *const end = std::to_chars(digits, digits + sizeof digits, r.seq).ptr;
    out->append(digits, end - digits);
    appendKey(out, "user");
    appendUtf8(out, r.user);
    appendKey(out, "userName");
    appendUtf8(out, r.userName);
    out->push_back('}');
}

// The record's time as UTF-8 text, 2026-12-06T10:15:00.123Z: what QDateTime's ISO form with
// milliseconds writes for UTC, formatted here without its locale and time-zone machinery, which
// was a fifth of an append's time (an edit's cost, docs/audit-trail.md).
QByteArray nowUtf8()
{
    if (clock())
        return clock()().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const time_t seconds = time_t(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    tm utc{};
    if (!gmtime_r(&seconds, &utc) || utc.tm_year + 1900 < 0 || utc.tm_year + 1900 > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                     utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                                     utc.tm_min, utc.tm_sec, int(ms - qint64(seconds) * 1000));
    return QByteArray(text, length);
}

QString nowText()
{
    return QString::fromLatin1(nowUtf8());
}

QString sqlError(const QSqlQuery &query)
{
    return Tr::tr("The plan's audit trail could not be read or written: %1")
        .arg(query.lastError().text());
}

Record recordAt(const QSqlQuery &q)
{
    Record r;
    r.seq = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.user = q.value(2).toString();
    r.userName = q.value(3).toString();
    r.action = q.value(4).toString();
    r.objectKind = q.value(5).toString();
    r.objectId = q.value(6).toString();
    r.details = q.value(7).toString();
    r.prev = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

const QString SelectColumns = QStringLiteral(
    "SELECT seq, at, \"user\", user_name, action, object_kind, object_id, details, prev, hash"
    " FROM audit");

// One statement through SQLite's own interface, on the driver's connection when the SQLite
// behind the driver is the one linked here (PlanSql::nativeConnection); the trail's hot paths
// (an edit's append, a million records verified) skip QtSql's QVariant per value. Text in
// and out as UTF-8.
class Native
{
public:
    Native(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    // A statement prepared once and kept (Appender): reset and unbound again, not finalized.
    Native(sqlite3 *db, sqlite3_stmt *kept)
        : m_db(db)
        , m_statement(kept)
        , m_ok(kept != nullptr)
        , m_kept(true)
    {}
    ~Native()
    {
        if (!m_kept) {
            sqlite3_finalize(m_statement);
        } else if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    }
    Q_DISABLE_COPY_MOVE(Native)
    bool ok() const { return m_ok; }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_statement, i, value); }
    void bind(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QString &text) { bind(i, text.toUtf8()); }
    // `utf8` must outlive the step (and be unbound by reset() before it goes).
    void bindUnowned(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return m_ok ? sqlite3_step(m_statement) : SQLITE_ERROR; }
    qint64 integer(int c) const { return sqlite3_column_int64(m_statement, c); }
    // A column's UTF-8 as SQLite holds it, valid until the next step.
    const char *bytes(int c) const
    {
        return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c));
    }
    int size(int c) const { return sqlite3_column_bytes(m_statement, c); }
    QString text(int c) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, c)) : QString();
    }
    QString error() const
    {
        return Tr::tr("The plan's audit trail could not be read or written: %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
    bool m_kept = false;
};

const char *const HeadSql = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
const char *const InsertSql =
    "INSERT INTO audit(seq, at, \"user\", user_name, action, object_kind, object_id, details,"
    " prev, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

bool nativeHead(Native &q, Head *out, QString *errorMessage)
{
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        *out = Head{q.integer(0), q.text(1)};
    else if (rc == SQLITE_DONE)
        *out = Head{};
    else if (errorMessage)
        *errorMessage = q.error();
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

Record recordAfter(const Head &last, const User &user, const Entry &entry)
{
    Record r;
    r.seq = last.seq + 1;
    r.at = nowText();
    r.user = user.login;
    r.userName = user.name;
    r.action = entry.action;
    r.objectKind = entry.objectKind;
    r.objectId = entry.objectId;
    r.details = entry.details;
    r.prev = last.isEmpty() ? zeroHash() : last.hash;
    r.hash = hashOf(r);
    return r;
}

// The head read with `head` and the record after it inserted with `insert`.
bool appendNative(Native &head, Native &insert, const Entry &entry, Head *newHead,
                  QString *errorMessage)
{
    Head last;
    if (!nativeHead(head, &last, errorMessage))
        return false;
    const User user = currentUser();
    const qint64 seq = last.seq + 1;
    // Each text once as UTF-8, hashed and bound from the same bytes (an edit's cost).
    const QByteArray at = nowUtf8();
    const QByteArray login = user.login.toUtf8();
    const QByteArray name = user.name.toUtf8();
    const QByteArray action = entry.action.toUtf8();
    const QByteArray kind = entry.objectKind.toUtf8();
    const QByteArray id = entry.objectId.toUtf8();
    const QByteArray details = entry.details.toUtf8();
    const QByteArray prev = (last.isEmpty() ? zeroHash() : last.hash).toLatin1();
    QByteArray json;
    json.reserve(256 + details.size());
    appendCanonical(&json, {action, at, details, id, kind, prev, seq, login, name});
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prev);
    sha.addData(json);
    const QByteArray hash = sha.result().toHex();
    insert.bind(1, seq);
    int i = 2;
    // A null QString's UTF-8 binds as '' (QByteArray's data is never null), never as NULL.
    for (const QByteArray *value :
         {&at, &login, &name, &action, &kind, &id, &details, &prev, &hash})
        insert.bindUnowned(i++, *value);
    const bool written = insert.step() == SQLITE_DONE;
    if (!written && errorMessage)
        *errorMessage = insert.error();
    insert.reset(); // the texts bound go with this function
    if (written && newHead)
        *newHead = Head{seq, QString::fromLatin1(hash)};
    return written;
}

const char *const NativeSelect =
    "SELECT seq, at, \"user\", user_name, action, object_kind, object_id, details, prev, hash"
    " FROM audit WHERE seq > ? ORDER BY seq LIMIT ?";

constexpr int Slice = 20000;

// Calls `visit` with the statement standing on each record's row (NativeSelect's columns), in
// order, read in slices as forEachRecord says; `visit` returns false to stop. false and a
// message when a slice cannot be read.
template <typename Visit> bool forEachNativeRow(sqlite3 *db, Visit visit, QString *errorMessage)
{
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        Native q(db, NativeSelect);
        q.bind(1, after);
        q.bind(2, qint64(Slice));
        int read = 0;
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW) {
            after = q.integer(0);
            ++read;
            if (!visit(q))
                return true;
        }
        if (rc != SQLITE_DONE) {
            if (errorMessage)
                *errorMessage = q.error();
            return false;
        }
        if (read < Slice)
            return true;
    }
}

// Calls `visit` with every record in order, read in slices of a few thousand, each its own
// statement: a long trail never holds the file's read lock for long, so the window's edits do
// not wait behind a reader. false and a message when a slice cannot be read.
template <typename Visit>
bool forEachRecord(const QSqlDatabase &db, Visit visit, QString *errorMessage)
{
    if (sqlite3 *native = PlanSql::nativeConnection(db)) {
        return forEachNativeRow(
            native,
            [&](Native &q) {
                Record r;
                r.seq = q.integer(0);
                r.at = q.text(1);
                r.user = q.text(2);
                r.userName = q.text(3);
                r.action = q.text(4);
                r.objectKind = q.text(5);
                r.objectId = q.text(6);
                r.details = q.text(7);
                r.prev = q.text(8);
                r.hash = q.text(9);
                return visit(std::move(r));
            },
            errorMessage);
    }
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(SelectColumns +
                  QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT %1").arg(Slice));
        q.addBindValue(after);
        if (!q.exec()) {
            if (errorMessage)
                *errorMessage = sqlError(q);
            return false;
        }
        int read = 0;
        while (q.next()) {
            Record r = recordAt(q);
            after = r.seq;
            ++read;
            if (!visit(std::move(r)))
                return true;
        }
        if (read < Slice)
            return true;
    }
}

} // namespace

QString Head::shortText() const
{
    if (isEmpty())
        return QString();
    return QStringLiteral("#%1 %2").arg(seq).arg(hash.left(ShortHashDigits));
}

QString zeroHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalJson(const Record &r)
{
    const QByteArray action = r.action.toUtf8();
    const QByteArray at = r.at.toUtf8();
    const QByteArray details = r.details.toUtf8();
    const QByteArray objectId = r.objectId.toUtf8();
    const QByteArray objectKind = r.objectKind.toUtf8();
    const QByteArray prev = r.prev.toUtf8();
    const QByteArray user = r.user.toUtf8();
    const QByteArray userName = r.userName.toUtf8();
    QByteArray out;
    out.reserve(256 + details.size());
    appendCanonical(&out, {action, at, details, objectId, objectKind, prev, r.seq, user, userName});
    return out;
}

QString hashOf(const Record &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(record.prev.toLatin1());
    hash.addData(canonicalJson(record));
    return QString::fromLatin1(hash.result().toHex());
}

User currentUser()
{
    // The account is looked up once per process (getpwuid reads the password database).
    static const User account = [] {
        User u;
        if (const passwd *entry = getpwuid(geteuid())) {
            u.login = QString::fromLocal8Bit(entry->pw_name);
            if (entry->pw_gecos)
                u.name = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0);
        }
        if (u.login.isEmpty())
            u.login = qEnvironmentVariable("USER", QStringLiteral("unknown"));
        return u;
    }();
    User user = account;
    const QMutexLocker lock(&identityMutex());
    if (!displayName().isEmpty())
        user.name = displayName();
    return user;
}

void setDisplayName(const QString &name)
{
    const QMutexLocker lock(&identityMutex());
    displayName() = name.trimmed();
}

void setClock(std::function<QDateTime()> c)
{
    clock() = std::move(c);
}

bool head(const QSqlDatabase &db, Head *out, QString *errorMessage)
{
    if (sqlite3 *native = PlanSql::nativeConnection(db)) {
        Native q(native, HeadSql);
        return nativeHead(q, out, errorMessage);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(HeadSql))) {
        if (errorMessage)
            *errorMessage = sqlError(q);
        return false;
    }
    *out = q.next() ? Head{q.value(0).toLongLong(), q.value(1).toString()} : Head{};
    return true;
}

bool append(const QSqlDatabase &db, const Entry &entry, Head *newHead, QString *errorMessage)
{
    if (sqlite3 *native = PlanSql::nativeConnection(db)) {
        Native head(native, HeadSql);
        Native insert(native, InsertSql);
        return appendNative(head, insert, entry, newHead, errorMessage);
    }
    User user = currentUser();
    // On a server several writers append: each waits for the one before to commit (a lock of
    // the transaction's own, which any planner may take), and the user is the server's login
    // (docs/team-server.md).
    if (db.driverName() != QLatin1String("QSQLITE")) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT session_user FROM pg_advisory_xact_lock(hashtext("
                                   "current_schema() || '.audit'))")) ||
            !q.next()) {
            if (errorMessage)
                *errorMessage = sqlError(q);
            return false;
        }
        user.login = q.value(0).toString();
    }
    Head last;
    if (!head(db, &last, errorMessage))
        return false;
    const Record r = recordAfter(last, user, entry);
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(InsertSql));
    // A null QString would bind as NULL; every column is text.
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    q.addBindValue(r.seq);
    for (const QString *value : {&r.at, &r.user, &r.userName, &r.action, &r.objectKind, &r.objectId,
                                 &r.details, &r.prev, &r.hash})
        q.addBindValue(text(*value));
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = sqlError(q);
        return false;
    }
    if (newHead)
        *newHead = Head{r.seq, r.hash};
    return true;
}

Appender::Appender(const QSqlDatabase &db)
    : m_db(PlanSql::nativeConnection(db))
{
    // SQLITE_PREPARE_PERSISTENT: kept for many uses. A statement that does not prepare (an
    // older file still being migrated) stays null, and append() prepares as Audit::append does.
    if (m_db) {
        sqlite3_prepare_v3(m_db, HeadSql, -1, SQLITE_PREPARE_PERSISTENT, &m_head, nullptr);
        sqlite3_prepare_v3(m_db, InsertSql, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr);
    }
}

Appender::~Appender()
{
    sqlite3_finalize(m_head);
    sqlite3_finalize(m_insert);
}

bool Appender::append(const QSqlDatabase &db, const Entry &entry, Head *newHead,
                      QString *errorMessage)
{
    if (!m_head || !m_insert || PlanSql::nativeConnection(db) != m_db)
        return Audit::append(db, entry, newHead, errorMessage);
    Native head(m_db, m_head);
    Native insert(m_db, m_insert);
    return appendNative(head, insert, entry, newHead, errorMessage);
}

bool Filter::matches(const Record &r) const
{
    if (from.isValid() || to.isValid()) {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
        if (from.isValid() && at < from)
            return false;
        if (to.isValid() && at >= to)
            return false;
    }
    if (!user.isEmpty() && !r.user.contains(user, Qt::CaseInsensitive) &&
        !r.userName.contains(user, Qt::CaseInsensitive))
        return false;
    if (!object.isEmpty() && !r.objectKind.contains(object, Qt::CaseInsensitive) &&
        !r.objectId.contains(object, Qt::CaseInsensitive))
        return false;
    return action.isEmpty() || r.action.contains(action, Qt::CaseInsensitive);
}

bool list(const QSqlDatabase &db, const Filter &filter, QList<Record> *records,
          QString *errorMessage, qsizetype limit, qsizetype *matched)
{
    qsizetype passed = 0;
    std::deque<Record> newest;
    const bool read = forEachRecord(
        db,
        [&](Record r) {
            if (filter.matches(r)) {
                ++passed;
                newest.push_back(std::move(r));
                if (limit >= 0 && qsizetype(newest.size()) > limit)
                    newest.pop_front();
            }
            return true;
        },
        errorMessage);
    if (!read)
        return false;
    records->reserve(records->size() + qsizetype(newest.size()));
    for (Record &r : newest)
        records->append(std::move(r));
    if (matched)
        *matched = passed;
    return true;
}

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("–");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

// What identifies an item of a plan-JSON list: its id, or its consumer and provider (a
// dependency), or its node (an SLO).
QString itemKey(const QJsonObject &item)
{
    if (item.contains(QStringLiteral("id")))
        return item.value(QStringLiteral("id")).toString();
    if (item.contains(QStringLiteral("provider")))
        return item.value(QStringLiteral("consumer")).toString() + QStringLiteral(" -> ") +
               item.value(QStringLiteral("provider")).toString();
    return item.value(QStringLiteral("node")).toString();
}

// "2 added, 1 changed" for two lists of items (a whole list replaced, such as the persons of a
// vCard import); empty when they are not lists of items.
QString listChange(const QJsonValue &was, const QJsonValue &is)
{
    if (!was.isArray() || !is.isArray())
        return QString();
    QHash<QString, QJsonObject> before;
    for (const QJsonValue &v : was.toArray()) {
        if (!v.isObject())
            return QString();
        before.insert(itemKey(v.toObject()), v.toObject());
    }
    int added = 0;
    int changed = 0;
    QSet<QString> seen;
    for (const QJsonValue &v : is.toArray()) {
        if (!v.isObject())
            return QString();
        const QString key = itemKey(v.toObject());
        seen.insert(key);
        const auto it = before.constFind(key);
        if (it == before.cend())
            ++added;
        else if (*it != v.toObject())
            ++changed;
    }
    const qsizetype removed =
        std::count_if(before.keyBegin(), before.keyEnd(),
                      [&](const QString &key) { return !seen.contains(key); });
    QStringList parts;
    if (added > 0)
        parts.append(Tr::tr("%n added", nullptr, added));
    if (changed > 0)
        parts.append(Tr::tr("%n changed", nullptr, changed));
    if (removed > 0)
        parts.append(Tr::tr("%n removed", nullptr, int(removed)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString summary(const Record &record)
{
    const QJsonObject details = QJsonDocument::fromJson(record.details.toUtf8()).object();
    const QJsonObject before = details.value(QStringLiteral("before")).toObject();
    const QJsonObject after = details.value(QStringLiteral("after")).toObject();
    QStringList parts;
    // A plan made or replaced from a file names it (PlanDocument: "file", "sha256").
    if (details.contains(QStringLiteral("file"))) {
        parts.append(Tr::tr("from %1 (SHA-256 %2…)")
                         .arg(details.value(QStringLiteral("file")).toString(),
                              details.value(QStringLiteral("sha256")).toString().left(12)));
    }
    if (before.isEmpty() && after.isEmpty())
        return parts.join(QStringLiteral("; "));
    if (before.isEmpty())
        return Tr::tr("added");
    if (after.isEmpty())
        return Tr::tr("removed");
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (was == is)
            continue;
        if (const QString counts = listChange(was, is); !counts.isEmpty()) {
            parts.append(QStringLiteral("%1: %2").arg(key, counts));
            continue;
        }
        QString from = valueText(was);
        QString to = valueText(is);
        constexpr int Longest = 40;
        if (from.size() > Longest)
            from = from.left(Longest - 1) + QChar(0x2026);
        if (to.size() > Longest)
            to = to.left(Longest - 1) + QChar(0x2026);
        parts.append(QStringLiteral("%1 %2 → %3").arg(key, from, to));
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

// What is wrong with record `seq` where record `expected` was due (the broken one, either way):
// nothing (an empty text) when it is that one, linked to the hash before it and hashed as its
// content says.
QString problemOf(qint64 seq, qint64 expected, bool linked, bool hashed)
{
    if (seq != expected) {
        return seq > expected ? Tr::tr("Record %1 is missing: record %2 follows record %3.")
                                    .arg(expected)
                                    .arg(seq)
                                    .arg(expected - 1)
                              : Tr::tr("Record %1 is out of order.").arg(seq);
    }
    if (!linked) {
        return seq == 1 ? Tr::tr("Record 1 does not start the chain: its link is not 64 zeros.")
                        : Tr::tr("Record %1 is not linked to record %2: its link does not equal "
                                 "that record's hash.")
                              .arg(seq)
                              .arg(seq - 1);
    }
    if (!hashed)
        return Tr::tr("Record %1 was changed: its hash does not match its content.").arg(seq);
    return QString();
}

bool isHexHash(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// verify() on SQLite's own interface, straight from the columns' UTF-8: the canonical JSON is
// made of the stored bytes (what hashOf makes of the texts they decode to, for every record
// this program writes) without a QString per column. false when a slice cannot be read.
bool verifyNative(sqlite3 *db, Verification *v)
{
    QByteArray previous = zeroHash().toLatin1();
    qint64 expected = 1;
    bool broken = false;
    std::string json;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const auto column = [](Native &q, int c) {
        const char *bytes = q.bytes(c); // first: the size is that of the text
        return QByteArrayView(bytes, q.size(c));
    };
    const bool read = forEachNativeRow(
        db,
        [&](Native &q) {
            const qint64 seq = q.integer(0);
            const QByteArrayView prev = column(q, 8);
            const QByteArrayView hash = column(q, 9);
            bool hashed = false;
            if (seq == expected && prev == previous && isHexHash(hash)) {
                json.clear();
                appendCanonical(&json, {column(q, 4), column(q, 1), column(q, 7), column(q, 6),
                                        column(q, 5), prev, seq, column(q, 2), column(q, 3)});
                sha.reset();
                sha.addData(prev);
                sha.addData(QByteArrayView(json.data(), qsizetype(json.size())));
                hashed = sha.result().toHex() == hash;
            }
            const QString problem = problemOf(seq, expected, prev == previous, hashed);
            if (!problem.isEmpty()) {
                v->brokenSeq = expected;
                v->problem = problem;
                broken = true;
                return false;
            }
            previous = hash.toByteArray();
            ++v->records;
            ++expected;
            return true;
        },
        &v->problem);
    if (v->records > 0)
        v->head = Head{v->records, QString::fromLatin1(previous)};
    v->ok = read && !broken;
    return read;
}

} // namespace

Verification verify(const QSqlDatabase &db)
{
    Verification v;
    if (sqlite3 *native = PlanSql::nativeConnection(db)) {
        verifyNative(native, &v);
        return v;
    }
    QString previous = zeroHash();
    qint64 expected = 1;
    bool broken = false;
    const bool read = forEachRecord(
        db,
        [&](const Record &r) {
            const QString problem = problemOf(r.seq, expected, r.prev == previous,
                                              isHexHash(r.hash.toLatin1()) && hashOf(r) == r.hash);
            if (problem.isEmpty()) {
                previous = r.hash;
                v.head = Head{r.seq, r.hash};
                ++v.records;
                ++expected;
                return true;
            }
            v.brokenSeq = expected;
            v.problem = problem;
            broken = true;
            return false;
        },
        &v.problem);
    v.ok = read && !broken;
    return v;
}

QByteArray toCsv(const QList<Record> &records)
{
    // As the plan's other CSV exports: UTF-8 with a BOM, a cell never a formula.
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const Record &r : records) {
        rows.append({QString::number(r.seq), r.at, r.user, r.userName, r.action, r.objectKind,
                     r.objectId, r.details, r.prev, r.hash});
    }
    return PlanExports::csvTable({QStringLiteral("seq"), QStringLiteral("at"),
                                  QStringLiteral("user"), QStringLiteral("userName"),
                                  QStringLiteral("action"), QStringLiteral("objectKind"),
                                  QStringLiteral("objectId"), QStringLiteral("details"),
                                  QStringLiteral("prev"), QStringLiteral("hash")},
                                 rows);
}

QByteArray toJson(const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &r : records) {
        array.append(QJsonObject{
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("user"), r.user},
            {QStringLiteral("userName"), r.userName},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("objectKind"), r.objectKind},
            {QStringLiteral("objectId"), r.objectId},
            {QStringLiteral("details"), r.details},
            {QStringLiteral("prev"), r.prev},
            {QStringLiteral("hash"), r.hash},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Continuity::Audit
